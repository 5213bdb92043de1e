package org.briefbot.readers;

/**
 * A line of text within one column of one page: what PDF layout analysis works with.
 *
 * @param page 1-based page number
 * @param text the line's text, words separated by single spaces, footnote marks taken out
 * @param x0 left edge
 * @param x1 right edge
 * @param baseline the baseline's y, growing downwards
 * @param size the font size most of its characters have
 * @param bold the share of its characters set in bold
 * @param italic the share of its characters set in italics
 * @param marks footnote marks (superscript numbers) taken out of the text
 * @param startsWithMark whether the line opens with a superscript number, as a footnote does
 */
record TextLine(
    int page,
    String text,
    float x0,
    float x1,
    float baseline,
    float size,
    float bold,
    float italic,
    int marks,
    boolean startsWithMark) {

  float top() {
    return baseline - 0.72f * size;
  }

  float bottom() {
    return baseline + 0.22f * size;
  }

  float width() {
    return x1 - x0;
  }

  boolean isBold() {
    return bold >= 0.85f;
  }

  boolean isItalic() {
    return italic >= 0.85f;
  }

  /** True when the two lines share some horizontal extent. */
  boolean overlapsHorizontally(TextLine other) {
    return x0 < other.x1 - 1 && other.x0 < x1 - 1;
  }

  @Override
  public String toString() {
    return String.format(
        java.util.Locale.ROOT,
        "p%d (%.0f,%.0f-%.0f) %.1fpt%s: %s",
        page,
        baseline,
        x0,
        x1,
        size,
        isBold() ? " bold" : "",
        text);
  }
}
