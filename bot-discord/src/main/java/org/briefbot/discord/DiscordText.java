package org.briefbot.discord;

import org.briefbot.chat.PlainText;

/**
 * Plain text made safe for Discord markdown, and cut to fit a length limit. Escaped text renders
 * exactly as the plain text reads: a backslash before a mark shows the mark itself, so quotes stay
 * verbatim on screen while nothing in them can format, link, or look like a mention.
 *
 * <p>Lengths are counted in UTF-16 units, as JDA counts them; that is never fewer than the
 * characters Discord counts, so text that fits here fits there.
 */
final class DiscordText {
  private DiscordText() {}

  /**
   * Escapes every character that Discord markdown gives a meaning to: emphasis, code, spoilers,
   * quotes, masked links, {@code <@id>} mentions, timestamps and channel links, headings and list
   * markers, {@code @everyone} and {@code @here}.
   */
  static String escape(String plain) {
    StringBuilder out = new StringBuilder(plain.length() + 16);
    Escaper escaper = new Escaper();
    for (int i = 0; i < plain.length(); i++) escaper.append(out, plain.charAt(i));
    return out.toString();
  }

  /**
   * The escaped text whole when it fits in {@code max}; otherwise its longest beginning, cut at a
   * word where possible, followed by "…", that fits.
   */
  static String escapePrefix(String plain, int max) {
    if (max < 1) throw new IllegalArgumentException("max must be at least 1, was " + max);
    String whole = escape(plain);
    if (whole.length() <= max) return whole;
    StringBuilder out = new StringBuilder(max);
    Escaper escaper = new Escaper();
    int lastBreak = -1; // length of out just before the last white space
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      int before = out.length();
      if (Character.isWhitespace(c)) lastBreak = before;
      escaper.append(out, c);
      boolean splitsPair = Character.isHighSurrogate(c) && i + 1 < plain.length();
      int room = max - PlainText.ELLIPSIS.length();
      if (out.length() > room || splitsPair && out.length() + 1 > room) {
        out.setLength(before);
        break;
      }
    }
    if (lastBreak > out.length() / 2) out.setLength(lastBreak);
    stripTrailingSpace(out);
    return out.append(PlainText.ELLIPSIS).toString();
  }

  /**
   * The escaped text whole when it fits in {@code max}; otherwise "…" followed by its longest
   * ending, started at a word where possible, that fits.
   */
  static String escapeSuffix(String plain, int max) {
    if (max < 1) throw new IllegalArgumentException("max must be at least 1, was " + max);
    String whole = escape(plain);
    if (whole.length() <= max) return whole;
    // Walk back from the end counting each character at its escaped worst case (two units), so
    // whatever start is chosen, the escaped ending certainly fits.
    int room = max - PlainText.ELLIPSIS.length();
    int used = 0;
    int start = plain.length();
    int wordStart = -1;
    while (start > 0) {
      char c = plain.charAt(start - 1);
      int cost = Escaper.MAY_ESCAPE.indexOf(c) >= 0 ? 2 : 1;
      if (Character.isLowSurrogate(c) && start > 1) cost += 1;
      if (used + cost > room) break;
      used += cost;
      start -= Character.isLowSurrogate(c) && start > 1 ? 2 : 1;
      if (start > 0 && Character.isWhitespace(plain.charAt(start - 1))) wordStart = start;
    }
    if (wordStart > 0
        && wordStart < plain.length()
        && plain.length() - wordStart > (plain.length() - start) / 2) {
      start = wordStart;
    }
    String rest = plain.substring(start).stripLeading();
    // The ending no longer starts a line, so line-start marks in it need no escape; escaping
    // as if it did is harmless and keeps one escaping rule.
    return PlainText.ELLIPSIS + escape(rest);
  }

  /** Plain text (for places Discord shows without markdown) cut to {@code max} with "…". */
  static String cut(String plain, int max) {
    return PlainText.cut(plain, max);
  }

  private static void stripTrailingSpace(StringBuilder out) {
    while (out.length() > 0 && Character.isWhitespace(out.charAt(out.length() - 1))) {
      out.setLength(out.length() - 1);
    }
  }

  /**
   * Escapes one character at a time, looking only backwards, so the escape of a beginning of a text
   * is the beginning of the escape of the text.
   */
  private static final class Escaper {
    /** Every character that may get a backslash. */
    static final String MAY_ESCAPE = "\\*_~`|<>[]@#-+.";

    /**
     * Marks that mean something wherever they stand; {@code @} because of {@code @everyone} and
     * {@code @here}, {@code <} because of mentions, channels, emoji and timestamps.
     */
    private static final String ALWAYS = "\\*_~`|<>[]@";

    private boolean lineStart = true;
    private boolean onlyDigitsSinceLineStart = true;

    void append(StringBuilder out, char c) {
      boolean escape;
      if (ALWAYS.indexOf(c) >= 0) {
        escape = true;
      } else if (c == '#' || c == '-' || c == '+') {
        // headings ("# "), list items ("- ", "+ ") and subtext ("-# ") start a line
        escape = lineStart;
      } else if (c == '.') {
        // "1. " starts a numbered list
        escape = onlyDigitsSinceLineStart && !lineStart;
      } else {
        escape = false;
      }
      if (escape) out.append('\\');
      out.append(c);
      if (c == '\n') {
        lineStart = true;
        onlyDigitsSinceLineStart = true;
      } else if (!(lineStart && (c == ' ' || c == '\t'))) {
        onlyDigitsSinceLineStart = onlyDigitsSinceLineStart && Character.isDigit(c);
        lineStart = false;
      }
    }
  }
}
