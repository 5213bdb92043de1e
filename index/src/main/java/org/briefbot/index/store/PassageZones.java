package org.briefbot.index.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.briefbot.core.Brief;
import org.briefbot.core.Passage;
import org.briefbot.core.PassageKind;

/**
 * The searchable text of a passage beyond its body: the heading it sits under, and for the header
 * and footer the words that say what their lines are ("author", "ISSN", "disclaimer"). Parts of the
 * brief named by general words ("the summary at the top") are {@link BriefPart}s. Derived from the
 * passage's place in the brief, never from its topic, so it holds for any brief.
 */
public final class PassageZones {
  private static final String HEADER_WORDS = "about this brief";

  private static final Pattern AUTHOR_LINE = Pattern.compile("(?i)^(?:by|authors?:)\\s");
  private static final Pattern DATE_LINE =
      Pattern.compile(
          "(?i)^\\d{1,2}[./]\\d{1,2}[./]\\d{4}$|^\\d{4}-\\d{2}-\\d{2}$|^(?:date|published)\\s*:"
              + "|^\\d{1,2}(?:st|nd|rd|th)?\\s+\\p{L}+\\.?,?\\s+\\d{4}$|^\\p{L}+\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}$");
  private static final Pattern ISSN_LINE = Pattern.compile("(?i)\\bISSN\\b");
  private static final Pattern DISCLAIMER_LINE =
      Pattern.compile("(?i)\\b(?:views|opinions|responsib\\w*|disclaim\\w*|do not necessarily)\\b");
  private static final Pattern SERIES_LINE =
      Pattern.compile("[•·|]|\\b\\d{1,4}/\\d{2,4}\\b|(?i)\\b(?:series|no\\.)");

  private PassageZones() {}

  /** The heading zone: the heading itself plus the structural words for its place. */
  public static String heading(Passage passage, Brief brief) {
    StringBuilder zone = new StringBuilder(passage.heading());
    switch (passage.kind()) {
      case HEADER -> zone.append(' ').append(HEADER_WORDS);
      case KEY_ISSUE, PARAGRAPH, FOOTER -> {}
    }
    return zone.toString();
  }

  /** The "about" words of each line of the header or footer; empty for other passages. */
  public static List<String> aboutLines(Passage passage) {
    if (passage.kind() != PassageKind.HEADER && passage.kind() != PassageKind.FOOTER) {
      return List.of();
    }
    List<String> lines = new ArrayList<>();
    for (String line : passage.text().split("\n")) lines.add(aboutLine(line.strip()));
    return lines;
  }

  /**
   * True for a line of the header that names the brief: its title, the one line no other
   * about-words fit (a series, a byline, a date, an ISSN).
   */
  public static boolean titleLine(Passage passage, String line) {
    return passage.kind() == PassageKind.HEADER
        && !line.isBlank()
        && aboutLine(line.strip()).isEmpty();
  }

  /** All about words of a passage, for the index. */
  static String about(Passage passage) {
    return String.join(" ", aboutLines(passage));
  }

  static String aboutLine(String line) {
    List<String> words = new ArrayList<>();
    if (AUTHOR_LINE.matcher(line).find()) {
      words.add("author authors writer wrote written authored who");
    }
    if (DATE_LINE.matcher(line).find()) {
      words.add("date published publication released issued when year day");
    }
    if (ISSN_LINE.matcher(line).find()) {
      words.add("issn serial number identifier");
    }
    if (DISCLAIMER_LINE.matcher(line).find()) {
      words.add(
          "disclaimer views opinions represent reflect position official endorse "
              + "responsibility publisher published institution university");
    }
    if (SERIES_LINE.matcher(line).find()
        && !ISSN_LINE.matcher(line).find()
        && !DATE_LINE.matcher(line).find()) {
      // Not "published" or "publisher" (both stem to "publish"): with them the series line tied
      // with the date line for "when was it published?", and came first. The publisher is the
      // disclaimer's institution.
      words.add("series number title publication type");
    }
    return String.join(" ", words).toLowerCase(Locale.ROOT);
  }
}
