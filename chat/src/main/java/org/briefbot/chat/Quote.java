package org.briefbot.chat;

/**
 * A cited passage as a chat reply shows it: trimmed around its best sentence to fit the platform,
 * with the best sentence located for marking.
 *
 * @param passageId the passage id, for "show full paragraph" buttons
 * @param location the short citation, e.g. {@code §2 "A shared strategic environment?" ¶3}
 * @param reference the long citation to paste
 * @param briefLabel the brief it comes from, e.g. "CSDS Policy Brief 10/2024"
 * @param text the quoted text, verbatim except for "…" where it was cut
 * @param markStart where the best sentence starts in {@code text}
 * @param markEnd where it ends
 */
public record Quote(
    String passageId,
    String location,
    String reference,
    String briefLabel,
    String text,
    int markStart,
    int markEnd) {
  public Quote {
    if (markStart < 0 || markEnd < markStart || markEnd > text.length()) {
      throw new IllegalArgumentException(
          "mark " + markStart + ".." + markEnd + " is outside the text");
    }
  }

  /** The text before the best sentence. */
  public String before() {
    return text.substring(0, markStart);
  }

  /** The best sentence. */
  public String marked() {
    return text.substring(markStart, markEnd);
  }

  /** The text after the best sentence. */
  public String after() {
    return text.substring(markEnd);
  }
}
