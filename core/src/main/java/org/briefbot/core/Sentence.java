package org.briefbot.core;

/**
 * One sentence of a passage, located by character offsets so it can be quoted verbatim and
 * highlighted in place.
 *
 * @param start offset of the first character in the passage text
 * @param end offset one past the last character
 * @param text the passage text between the two offsets
 */
public record Sentence(int start, int end, String text) {
  public Sentence {
    if (start < 0) throw new IllegalArgumentException("start must not be negative, was " + start);
    if (end < start) {
      throw new IllegalArgumentException(
          "end must not be before start, was " + end + " < " + start);
    }
    if (text == null || text.length() != end - start) {
      throw new IllegalArgumentException("text must span exactly start..end");
    }
  }
}
