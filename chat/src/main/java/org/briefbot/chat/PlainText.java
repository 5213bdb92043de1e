package org.briefbot.chat;

import java.util.function.IntUnaryOperator;

/**
 * Cutting text to a platform's limit, once for every bot: at most {@code max} characters with the
 * "…" counted, at a word break when one is near, and never between the two halves of a surrogate
 * pair (an emoji cut in half shows as a broken glyph, and some APIs refuse it).
 */
public final class PlainText {
  public static final String ELLIPSIS = "…";

  private PlainText() {}

  /** {@code text} whole when it fits, else cut to {@code max} characters ending in "…". */
  public static String cut(String text, int max) {
    return cut(text, max, IntUnaryOperator.identity());
  }

  /**
   * As {@link #cut(String, int)}, for text in a markup whose units must stay whole (Slack's {@code
   * &amp;}, Discord's {@code \*}).
   *
   * @param unitStart given a place to cut, the start of the unit that place falls inside, or the
   *     place itself when it falls between units
   */
  public static String cut(String text, int max, IntUnaryOperator unitStart) {
    if (max < 1) throw new IllegalArgumentException("max must be at least 1, was " + max);
    if (text.length() <= max) return text;
    int end = unitStart.applyAsInt(max - ELLIPSIS.length());
    if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) end--;
    int space = text.lastIndexOf(' ', end);
    if (space > end / 2) end = space;
    int stripped = end;
    while (stripped > 0 && Character.isWhitespace(text.charAt(stripped - 1))) stripped--;
    return text.substring(0, stripped) + ELLIPSIS;
  }
}
