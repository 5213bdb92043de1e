package org.briefbot.core;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the lines a brief's header is made of: "SERIES • 10/2024", "By A and B", a date, or
 * "Key: value" lines (Title, Series, Number, Id, Author(s), Date, Publisher, ISSN).
 */
final class HeaderLine {
  enum Kind {
    SERIES,
    AUTHORS,
    DATE,
    FIELD
  }

  /** A recognised header line. For FIELD, {@code key} is the lower-case field name. */
  record Parsed(Kind kind, String key, String value) {}

  private static final Pattern SERIES =
      Pattern.compile(
          "(?<series>\\p{L}[\\p{L}\\p{N} .&'’-]*?)\\s*"
              + "(?:[•·|–—]\\s*(?:No\\.?\\s*)?(?<n1>\\d{1,4}(?:\\s*/\\s*\\d{2,4})?)"
              + "|\\s+No\\.?\\s*(?<n2>\\d{1,4}(?:\\s*/\\s*\\d{2,4})?)"
              + "|\\s+(?<n3>\\d{1,4}\\s*/\\s*\\d{2,4}))");
  private static final Pattern BY = Pattern.compile("(?i)by\\s+(?<names>\\p{L}.*)");
  private static final Pattern FIELD =
      Pattern.compile(
          "(?i)(?<key>title|series|number|id|authors?|by|date|published|publisher|issn)\\s*:\\s*(?<value>.+)");

  /** Lower-case words that belong to names, as in "Ursula von der Leyen". */
  private static final Set<String> NAME_PARTICLES =
      Set.of(
          "von", "van", "der", "den", "de", "del", "della", "di", "da", "dos", "du", "la", "le",
          "bin", "al", "el", "ter", "zu");

  private static final Pattern NUMERIC_DATE =
      Pattern.compile("(?<d>\\d{1,2})[./](?<m>\\d{1,2})[./](?<y>\\d{4})");
  private static final Pattern ISO_DATE = Pattern.compile("(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})");
  private static final String MONTHS =
      "(?<month>January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?";
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("(?i)(?<d>\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTHS + ",?\\s+(?<y>\\d{4})");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("(?i)" + MONTHS + "\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y>\\d{4})");

  private HeaderLine() {}

  /** The line's meaning, or empty when it is not a header line. */
  static Optional<Parsed> parse(String raw) {
    String line = stripEmphasis(raw.strip());
    if (line.isEmpty() || line.length() > 200) return Optional.empty();
    Matcher field = FIELD.matcher(line);
    if (field.matches()) {
      String key = field.group("key").toLowerCase(Locale.ROOT);
      if (key.equals("author") || key.equals("by")) key = "authors";
      if (key.equals("published")) key = "date";
      return Optional.of(new Parsed(Kind.FIELD, key, field.group("value").strip()));
    }
    Matcher by = BY.matcher(line);
    if (by.matches() && looksLikeNames(by.group("names"))) {
      return Optional.of(new Parsed(Kind.AUTHORS, "authors", by.group("names")));
    }
    if (looksLikeDate(line)) return Optional.of(new Parsed(Kind.DATE, "date", line));
    Matcher series = SERIES.matcher(line);
    if (series.matches()) {
      String number = firstNonNull(series.group("n1"), series.group("n2"), series.group("n3"));
      return Optional.of(
          new Parsed(Kind.SERIES, series.group("series").strip(), number.replaceAll("\\s+", "")));
    }
    return Optional.empty();
  }

  /**
   * Names are capitalised words joined by commas and "and", with the odd lower-case particle ("von
   * der", "de"). Without this check an opening paragraph such as "By contrast, the EU ..." would be
   * taken for a byline.
   */
  static boolean looksLikeNames(String names) {
    for (String word : names.split("[\\s,;&]+")) {
      if (word.isEmpty() || word.equals("and") || NAME_PARTICLES.contains(word)) continue;
      if (word.startsWith("(")) continue; // "(eds.)"
      word = word.replaceFirst("^(?:al|el|d|l)[-’']", ""); // al-Assad, d’Estaing
      if (word.isEmpty()) return false;
      boolean capitalised = Character.isUpperCase(word.codePointAt(0));
      if (!capitalised || word.chars().anyMatch(Character::isDigit)) return false;
    }
    return true;
  }

  /** True for the date shapes {@link #date} understands, valid or not. */
  static boolean looksLikeDate(String line) {
    return NUMERIC_DATE.matcher(line).matches()
        || ISO_DATE.matcher(line).matches()
        || DAY_MONTH_YEAR.matcher(line).matches()
        || MONTH_DAY_YEAR.matcher(line).matches();
  }

  /**
   * The date a line states. Numeric dates are read day first (15.4.2024), as European think tanks
   * write them; ISO dates as ISO.
   *
   * @throws DateTimeException when the line has a date's shape but no such day exists
   */
  static Optional<LocalDate> date(String line) {
    Matcher m;
    if ((m = NUMERIC_DATE.matcher(line)).matches() || (m = ISO_DATE.matcher(line)).matches()) {
      return Optional.of(
          LocalDate.of(
              Integer.parseInt(m.group("y")),
              Integer.parseInt(m.group("m")),
              Integer.parseInt(m.group("d"))));
    }
    if ((m = DAY_MONTH_YEAR.matcher(line)).matches()
        || (m = MONTH_DAY_YEAR.matcher(line)).matches()) {
      return Optional.of(
          LocalDate.of(
              Integer.parseInt(m.group("y")),
              month(m.group("month")),
              Integer.parseInt(m.group("d"))));
    }
    return Optional.empty();
  }

  private static Month month(String name) {
    String prefix = name.substring(0, 3).toUpperCase(Locale.ROOT);
    for (Month month : Month.values()) {
      if (month.name().startsWith(prefix)) return month;
    }
    throw new DateTimeException("no month called " + name);
  }

  /** Markdown authors often bold or italicise header lines; the meaning is the same. */
  static String stripEmphasis(String line) {
    String s = line;
    while (s.length() > 2
        && (s.startsWith("*") && s.endsWith("*") || s.startsWith("_") && s.endsWith("_"))) {
      s = s.substring(1, s.length() - 1).strip();
    }
    return s;
  }

  private static String firstNonNull(String... values) {
    for (String v : values) if (v != null) return v;
    return "";
  }
}
