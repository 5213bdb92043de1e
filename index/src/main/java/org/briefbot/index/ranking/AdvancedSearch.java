package org.briefbot.index.ranking;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.briefbot.core.Sentence;
import org.briefbot.core.Sentences;
import org.briefbot.index.Hit;
import org.briefbot.index.QuerySyntaxException;
import org.briefbot.index.analysis.BriefAnalyzer;
import org.briefbot.index.store.Fields;
import org.briefbot.index.store.IndexView;
import org.briefbot.index.store.StoredPassage;

/**
 * The full classic Lucene syntax, offered only behind an explicit advanced search: fields ({@code
 * section:conclusion}, {@code text:...}, {@code about:author}), boolean operators, wildcards,
 * phrases with slop. Plain questions never come here, so nothing a user types in chat can be a
 * syntax error; here a syntax error is a one-line hint.
 */
public final class AdvancedSearch {
  /** What users may write before a colon, and the field it means. */
  private static final Map<String, String> FIELD_NAMES =
      Map.of(
          "text",
          Fields.BODY,
          "body",
          Fields.BODY,
          "section",
          Fields.HEADING,
          "heading",
          Fields.HEADING,
          "about",
          Fields.ABOUT);

  private static final Pattern FIELD = Pattern.compile("(?<![\\w])(\\w+):");
  static final int MAX_QUERY = 1000;

  private AdvancedSearch() {}

  public static List<Hit> search(String query, int limit, IndexView view, BriefAnalyzer analyzer)
      throws QuerySyntaxException {
    if (query == null || query.isBlank()) throw new QuerySyntaxException("the search is empty");
    if (query.length() > MAX_QUERY) {
      throw new QuerySyntaxException("the search is longer than " + MAX_QUERY + " characters");
    }
    String brief = null;
    StringBuilder rewritten = new StringBuilder();
    Matcher field = FIELD.matcher(query);
    while (field.find()) {
      String name = field.group(1).toLowerCase(java.util.Locale.ROOT);
      String target = FIELD_NAMES.get(name);
      if (name.equals("brief")) {
        target = Fields.BRIEF;
      } else if (target == null) {
        throw new QuerySyntaxException(
            "unknown field \"" + field.group(1) + ":\"; use text:, section:, about: or brief:");
      }
      field.appendReplacement(rewritten, target + ":");
    }
    field.appendTail(rewritten);
    MultiFieldQueryParser parser =
        new MultiFieldQueryParser(
            new String[] {Fields.BODY, Fields.HEADING},
            analyzer,
            Map.of(Fields.BODY, 1f, Fields.HEADING, 0.5f));
    parser.setDefaultOperator(QueryParser.Operator.AND);
    parser.setAllowLeadingWildcard(false);
    Query parsed;
    try {
      parsed = parser.parse(rewritten.toString());
    } catch (ParseException | IllegalArgumentException e) {
      throw new QuerySyntaxException(
          "cannot read the search: "
              + firstLine(e.getMessage())
              + " (quote phrases, balance brackets, and write AND/OR/NOT in capitals)");
    } catch (org.apache.lucene.search.IndexSearcher.TooManyClauses e) {
      throw new QuerySyntaxException("the search matches too many words; make wildcards longer");
    }
    try {
      TopDocs top = view.searcher().search(parsed, limit);
      List<Hit> hits = new ArrayList<>();
      var stored = view.searcher().storedFields();
      Set<String> words = queryWords(rewritten.toString());
      for (ScoreDoc doc : top.scoreDocs) {
        StoredPassage candidate =
            view.passage(stored.document(doc.doc, Set.of(Fields.ID)).get(Fields.ID));
        if (candidate == null) continue;
        String text = candidate.passage().text();
        hits.add(
            new Hit(
                candidate.passage(),
                firstSentenceWith(text, words),
                Math.round(doc.score * 1000) / 1000.0));
      }
      return hits;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (org.apache.lucene.search.IndexSearcher.TooManyClauses e) {
      throw new QuerySyntaxException("the search matches too many words; make wildcards longer");
    }
  }

  private static Set<String> queryWords(String query) {
    Set<String> words = new java.util.HashSet<>();
    for (String w : query.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() > 2) words.add(w);
    }
    return words;
  }

  /** The first sentence sharing a word with the query, else the first sentence. */
  private static Sentence firstSentenceWith(String text, Set<String> words) {
    List<Sentence> sentences = Sentences.split(text);
    for (Sentence s : sentences) {
      String lower = s.text().toLowerCase(java.util.Locale.ROOT);
      for (String w : words) if (lower.contains(w)) return s;
    }
    return sentences.isEmpty() ? new Sentence(0, text.length(), text) : sentences.get(0);
  }

  private static String firstLine(String message) {
    if (message == null) return "syntax error";
    String line = message.lines().findFirst().orElse("syntax error");
    line = line.replaceAll("^Cannot parse '.*?': ", "");
    Matcher encountered =
        Pattern.compile("Encountered .*\"(.+?) ?\".* at line \\d+, column (\\d+)").matcher(line);
    if (encountered.find()) {
      return "unexpected \""
          + encountered.group(1).strip()
          + "\" at column "
          + (Integer.parseInt(encountered.group(2)) + 1);
    }
    Matcher lexical = Pattern.compile("Lexical error at line \\d+, column (\\d+)").matcher(line);
    if (lexical.find()) return "unfinished quote or escape before column " + lexical.group(1);
    return line.length() > 120 ? line.substring(0, 120) : line;
  }
}
