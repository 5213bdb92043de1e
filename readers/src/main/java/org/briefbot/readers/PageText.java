package org.briefbot.readers;

import java.util.List;

/**
 * The text of one PDF page, as glyphs.
 *
 * @param number 1-based page number
 * @param width the page's width in points
 * @param height the page's height in points
 * @param glyphs every glyph drawn upright, in the order the page draws them
 * @param rotated how many glyphs were drawn at an angle (margin notes, watermarks), left out
 * @param images how many images the page draws
 */
record PageText(
    int number, float width, float height, List<Glyph> glyphs, int rotated, int images) {
  PageText {
    glyphs = List.copyOf(glyphs);
  }
}
