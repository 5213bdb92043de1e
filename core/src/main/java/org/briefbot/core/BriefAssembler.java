package org.briefbot.core;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Collects the parts a format reader finds, in order, and checks them into a {@link Brief}. Both
 * formats share it, so the rules (a heading needs paragraphs, a brief needs a paragraph, how
 * metadata is read) are stated once.
 */
final class BriefAssembler {
  /** Heading given to paragraphs that come before the first heading. */
  static final String IMPLICIT_HEADING = "Introduction";

  private static final Pattern ISSN =
      Pattern.compile("(?i)ISSN[^:\\d]*:?\\s*(?<issn>\\d{4}-\\d{3}[\\dXx])");
  private static final Pattern AUTHOR_SEPARATOR = Pattern.compile("\\s*(?:,|;|&|\\band\\b)\\s*");

  /** Capitalised words that name a kind of publication rather than abbreviate an institution. */
  private static final Set<String> SERIES_WORDS =
      Set.of(
          "BRIEF", "NOTE", "NOTES", "PAPER", "ISSUE", "ALERT", "FOCUS", "VIEW", "VIEWS", "STUDY");

  /** Enough for the longest institution name; see {@link #publisherFromAcronym}. */
  private static final int PUBLISHER_WINDOW = 200;

  private final String file;
  private final String fallbackId;
  private final List<String> header = new ArrayList<>();
  private final List<Integer> headerLineNumbers = new ArrayList<>();
  private final List<String> keyIssues = new ArrayList<>();
  private final List<Section> sections = new ArrayList<>();
  private final List<String> footer = new ArrayList<>();
  private final List<Integer> footerLineNumbers = new ArrayList<>();

  private String heading;
  private int headingLine;
  private final List<Paragraph> paragraphs = new ArrayList<>();
  private int keyIssuesLine;
  private String keyIssuesHeading = "";

  /** An "Id:" header line, which overrides the id derived from series and number. */
  private String explicitId = "";

  private int explicitIdLine = 1;

  BriefAssembler(String file, String fallbackId) {
    this.file = file;
    this.fallbackId = fallbackId;
  }

  BriefFormatException error(int line, String reason) {
    return new BriefFormatException(file, line, reason);
  }

  void headerLine(int line, String text) {
    header.add(text.strip());
    headerLineNumbers.add(line);
  }

  /** Starts the key issues list under {@code heading} ("Key issues", "Key points", ...). */
  void keyIssuesStart(int line, String heading) {
    if (keyIssuesLine != 0) {
      throw error(
          line,
          "a second \"" + heading.strip() + "\" list (the first is on line " + keyIssuesLine + ")");
    }
    keyIssuesLine = line;
    keyIssuesHeading = heading.strip();
  }

  void keyIssue(int line, String text) {
    keyIssues.add(text.strip());
  }

  void keyIssuesEnd(int line) {
    if (keyIssuesLine != 0 && keyIssues.isEmpty()) {
      throw error(keyIssuesLine, "\"" + keyIssuesHeading + "\" has no bullet points under it");
    }
  }

  void heading(int line, String text) {
    closeSection();
    heading = text.strip();
    headingLine = line;
  }

  void paragraph(int line, String text) {
    if (heading == null) {
      heading = IMPLICIT_HEADING;
      headingLine = line;
    }
    paragraphs.add(new Paragraph(paragraphs.size() + 1, text.strip()));
  }

  void footerLine(int line, String text) {
    footer.add(text.strip());
    footerLineNumbers.add(line);
  }

  /**
   * Checks and returns the brief.
   *
   * @param lastLine the last line with text on it, where a missing-paragraphs error points
   */
  Brief build(String bodyText, int lastLine) {
    closeSection();
    if (sections.isEmpty()) {
      throw error(
          Math.max(1, lastLine),
          "no paragraphs found: a brief needs at least one "
              + "paragraph of text (one paragraph per line, under short heading lines)");
    }
    Metadata metadata = metadata(bodyText);
    return new Brief(id(metadata), metadata, header, keyIssues, sections, footer);
  }

  private void closeSection() {
    if (heading == null) return;
    if (paragraphs.isEmpty()) {
      throw error(headingLine, "heading \"" + heading + "\" has no paragraphs");
    }
    sections.add(new Section(sections.size() + 1, heading, paragraphs));
    paragraphs.clear();
    heading = null;
  }

  private Metadata metadata(String bodyText) {
    String title = "";
    String series = "";
    String number = "";
    String publisher = "";
    String issn = "";
    List<String> authors = new ArrayList<>();
    Optional<LocalDate> date = Optional.empty();
    for (int i = 0; i < header.size(); i++) {
      String line = header.get(i);
      int lineNumber = headerLineNumbers.get(i);
      Optional<HeaderLine.Parsed> parsed = HeaderLine.parse(line);
      if (parsed.isEmpty()) {
        if (!title.isEmpty()) throw error(lineNumber, "unrecognised header line \"" + line + "\"");
        title = HeaderLine.stripEmphasis(line);
        continue;
      }
      HeaderLine.Parsed p = parsed.get();
      switch (p.kind()) {
        case SERIES -> {
          series = displaySeries(p.key(), bodyText);
          number = p.value();
        }
        case AUTHORS -> authors.addAll(splitAuthors(p.value()));
        case DATE -> date = date(lineNumber, p.value());
        case FIELD -> {
          switch (p.key()) {
            case "title" -> title = p.value();
            case "series" -> series = p.value();
            case "number" -> number = p.value();
            case "id" -> {
              explicitId = p.value();
              explicitIdLine = lineNumber;
            }
            case "authors" -> authors.addAll(splitAuthors(p.value()));
            case "date" -> date = date(lineNumber, p.value());
            case "publisher" -> publisher = p.value();
            case "issn" -> issn = issn(lineNumber, p.value());
            default -> throw error(lineNumber, "unknown header field " + p.key());
          }
        }
      }
    }
    List<String> disclaimer = new ArrayList<>();
    for (String line : footer) {
      Matcher m = ISSN.matcher(line);
      if (m.find()) {
        if (issn.isEmpty()) issn = m.group("issn").toUpperCase(Locale.ROOT);
      } else {
        disclaimer.add(line);
      }
    }
    if (publisher.isEmpty()) publisher = publisherFromAcronym(series, String.join(" ", footer));
    return new Metadata(
        title, series, number, authors, date, publisher, issn, String.join(" ", disclaimer), file);
  }

  private Optional<LocalDate> date(int line, String value) {
    try {
      Optional<LocalDate> date = HeaderLine.date(value);
      if (date.isEmpty()) throw error(line, "cannot read the date \"" + value + "\"");
      return date;
    } catch (DateTimeException e) {
      throw error(line, "not a valid date \"" + value + "\"");
    }
  }

  /** Checked here so that a bad ISSN is a format error on its line, not a Metadata exception. */
  private String issn(int line, String value) {
    String issn = value.toUpperCase(Locale.ROOT);
    if (!Metadata.ISSN.matcher(issn).matches()) {
      throw error(
          line,
          "not an ISSN \""
              + value
              + "\" (expected four digits, a hyphen, "
              + "three digits and a check digit or X)");
    }
    return issn;
  }

  private static List<String> splitAuthors(String names) {
    List<String> authors = new ArrayList<>();
    for (String name : AUTHOR_SEPARATOR.split(names.strip())) {
      if (!name.isBlank()) authors.add(name.strip());
    }
    return authors;
  }

  /**
   * Series headers are often set in capitals ("CSDS POLICY BRIEF"). When the body names the series,
   * its spelling there is the one to cite. Otherwise the words publications are named with
   * ("POLICY", "BRIEF", "NOTE") and long words are title-cased, and short ones kept as acronyms
   * ("EUISS BRIEF" is "EUISS Brief", "EPC POLICY NOTE" is "EPC Policy Note") unless the body writes
   * them as words: "NILE" written "Nile" is a name, "FOR" written "for" a small word.
   */
  static String displaySeries(String series, String bodyText) {
    if (!series.equals(series.toUpperCase(Locale.ROOT))) return series;
    Matcher inBody = Pattern.compile("(?i)\\b" + Pattern.quote(series) + "\\b").matcher(bodyText);
    while (inBody.find()) {
      String found = inBody.group();
      if (!found.equals(found.toUpperCase(Locale.ROOT))) return found;
    }
    StringBuilder out = new StringBuilder();
    for (String word : series.split(" ")) {
      if (out.length() > 0) out.append(' ');
      if (word.isEmpty() || word.length() <= 5 && !SERIES_WORDS.contains(word)) {
        out.append(asTheBodyWritesIt(word, bodyText));
      } else {
        out.append(titleCased(word));
      }
    }
    return out.toString();
  }

  /**
   * A short capitalised word as the body writes it: kept in capitals if the body ever does (an
   * acronym, "CSDS") or never writes it; lower case if short and the body has it in lower case
   * ("for", "and"); else title case ("Nile").
   */
  private static String asTheBodyWritesIt(String word, String bodyText) {
    Matcher m =
        Pattern.compile("(?i)(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])")
            .matcher(bodyText);
    boolean seen = false;
    boolean lower = false;
    while (m.find()) {
      String found = m.group();
      if (found.equals(word)) return word;
      seen = true;
      lower |= found.equals(found.toLowerCase(Locale.ROOT));
    }
    if (!seen) return word;
    if (lower && word.length() <= 3) return word.toLowerCase(Locale.ROOT);
    return titleCased(word);
  }

  /** "NORDIC-BALTIC" is "Nordic-Baltic": each part of a hyphenated word is a word. */
  private static String titleCased(String word) {
    StringBuilder out = new StringBuilder();
    for (String part : word.split("-", -1)) {
      if (out.length() > 0) out.append('-');
      if (!part.isEmpty()) {
        out.append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT));
      }
    }
    return out.toString();
  }

  /**
   * The publisher is rarely stated as such; a footer usually spells out the acronym the series is
   * named after ("Centre for Security, Diplomacy and Strategy (CSDS)"). Only the text just before
   * the acronym is searched: the pattern repeats a group, which on an unbounded footer would
   * overflow the regex engine's stack.
   */
  static String publisherFromAcronym(String series, String footerText) {
    if (series.isEmpty()) return "";
    String acronym = series.split(" ")[0];
    if (acronym.length() < 2 || !acronym.equals(acronym.toUpperCase(Locale.ROOT))) return "";
    Pattern name =
        Pattern.compile(
            "(\\p{Lu}[\\p{L}’'-]*(?:,?\\s+(?:(?:for|of|and|on|in|the|&)\\s+)*\\p{Lu}[\\p{L}’'-]*)*)"
                + "\\s*$");
    String marker = "(" + acronym + ")";
    for (int at = footerText.indexOf(marker); at >= 0; at = footerText.indexOf(marker, at + 1)) {
      Matcher m = name.matcher(footerText.substring(Math.max(0, at - PUBLISHER_WINDOW), at));
      if (m.find()) return m.group(1).replaceFirst("^The\\s+", "");
    }
    return "";
  }

  private String id(Metadata metadata) {
    if (!explicitId.isEmpty()) {
      String slug = slug(explicitId);
      if (slug.isEmpty()) {
        throw error(explicitIdLine, "the id \"" + explicitId + "\" has no letters or digits");
      }
      return slug;
    }
    if (!metadata.series().isEmpty() && !metadata.number().isEmpty()) {
      String first = metadata.series().split(" ")[0];
      String stem =
          first.length() >= 2 && first.equals(first.toUpperCase(Locale.ROOT))
              ? first
              : metadata.series();
      String[] numberAndYear = metadata.number().split("/");
      String number =
          numberAndYear.length == 2 ? numberAndYear[1] + "-" + numberAndYear[0] : metadata.number();
      String slug = slug(stem + "-" + number);
      if (!slug.isEmpty()) return slug;
    }
    String slug = slug(fallbackId);
    return slug.isEmpty() ? "brief" : slug;
  }

  /** Lower-case letters and digits joined by single hyphens, at most 60 characters. */
  static String slug(String text) {
    String folded =
        java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT);
    String slug = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.length() > 60) slug = slug.substring(0, 60).replaceAll("-+$", "");
    return slug;
  }
}
