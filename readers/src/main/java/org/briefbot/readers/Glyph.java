package org.briefbot.readers;

/**
 * One character drawn on a PDF page, in page coordinates with y growing downwards.
 *
 * @param text the character(s) it stands for (a ligature may stand for two)
 * @param x its left edge
 * @param width its advance
 * @param baseline the y of its baseline
 * @param size its font size in points, after scaling
 * @param bold whether its font is bold
 * @param italic whether its font is italic or oblique
 */
record Glyph(
    String text, float x, float width, float baseline, float size, boolean bold, boolean italic) {

  float end() {
    return x + width;
  }

  /** The top of a capital letter, roughly: fonts do not say their ascent reliably. */
  float top() {
    return baseline - 0.72f * size;
  }

  /** The bottom of a descender, roughly. */
  float bottom() {
    return baseline + 0.22f * size;
  }

  boolean isSpace() {
    return text.isBlank();
  }
}
