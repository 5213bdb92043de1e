package org.briefbot.core;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The one place passage ids and citation texts are spelled, so every front end agrees. */
final class CitationFormatter {
  private static final DateTimeFormatter LONG_DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private CitationFormatter() {}

  static String passageId(String briefId, PassageKind kind, int section, int number) {
    return switch (kind) {
      case HEADER -> briefId + "#meta";
      case KEY_ISSUE -> briefId + "#k" + number;
      case PARAGRAPH -> briefId + "#s" + section + "p" + number;
      case FOOTER -> briefId + "#footer";
    };
  }

  static String location(PassageKind kind, String heading, int section, int number) {
    return switch (kind) {
      case HEADER -> Brief.HEADER_HEADING;
      case KEY_ISSUE -> Brief.KEY_ISSUES_HEADING + ", " + number;
      case PARAGRAPH -> "§" + section + " \"" + heading + "\" ¶" + number;
      case FOOTER -> Brief.FOOTER_HEADING;
    };
  }

  /** "Authors, "Title", Series N (Publisher, 15 April 2024)", leaving out what is unknown. */
  static String reference(Metadata metadata, String briefId) {
    List<String> parts = new ArrayList<>();
    if (!metadata.authorsText().isEmpty()) parts.add(metadata.authorsText());
    if (!metadata.title().isEmpty()) parts.add("\"" + metadata.title() + "\"");
    if (!metadata.seriesAndNumber().isEmpty()) parts.add(metadata.seriesAndNumber());
    if (metadata.title().isEmpty() && metadata.seriesAndNumber().isEmpty()) parts.add(briefId);
    String text = String.join(", ", parts);
    List<String> imprint = new ArrayList<>();
    if (!metadata.publisher().isEmpty()) imprint.add(metadata.publisher());
    metadata.publicationDate().ifPresent(date -> imprint.add(LONG_DATE.format(date)));
    return imprint.isEmpty() ? text : text + " (" + String.join(", ", imprint) + ")";
  }
}
