package org.briefbot.core;

/**
 * One paragraph of a section, verbatim.
 *
 * @param number 1-based position within its section
 * @param text the source text, unchanged (curly quotes and dashes kept)
 */
public record Paragraph(int number, String text) {
  public Paragraph {
    if (number < 1) throw new IllegalArgumentException("number must be 1 or more, was " + number);
    if (text == null || text.isBlank())
      throw new IllegalArgumentException("text must not be blank");
  }
}
