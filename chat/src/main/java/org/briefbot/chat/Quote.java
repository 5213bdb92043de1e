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

  /**
   * The quote split for showing its best sentence in bold: the sentence without white space at
   * either end, which goes to the text around it, because bold marks must hug the words in Slack's
   * mrkdwn and Discord's markdown alike ({@code "** text**"} is not bold).
   */
  public Emphasis emphasis() {
    int start = markStart;
    while (start < markEnd && Character.isWhitespace(text.charAt(start))) start++;
    int end = markEnd;
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
    return new Emphasis(text.substring(0, start), text.substring(start, end), text.substring(end));
  }

  /**
   * A quote as {@code before + sentence + after}.
   *
   * @param sentence the best sentence, neither starting nor ending with white space; empty when the
   *     mark held only white space (nothing to put in bold)
   */
  public record Emphasis(String before, String sentence, String after) {}
}
