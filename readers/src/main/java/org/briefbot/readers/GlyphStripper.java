package org.briefbot.readers;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects every glyph of every page with its position and font. PDFBox's own text output is not
 * used: it orders text by position alone, which reads two columns line by line across both.
 * PDFTextStripper still does the groundwork: page rotation, and overlapping copies of a glyph (a
 * "bold" made by drawing text twice) drawn once.
 */
final class GlyphStripper extends PDFTextStripper {
  private final List<PageText> pages = new ArrayList<>();
  private final Map<PDFont, boolean[]> styles = new IdentityHashMap<>();
  private PDPage page;

  /** Every page's glyphs, in page order. */
  static List<PageText> pages(PDDocument document) throws IOException {
    GlyphStripper stripper = new GlyphStripper();
    stripper.setSortByPosition(false);
    stripper.setSuppressDuplicateOverlappingText(true);
    stripper.getText(document);
    return List.copyOf(stripper.pages);
  }

  @Override
  protected void startPage(PDPage page) throws IOException {
    this.page = page;
    super.startPage(page);
  }

  @Override
  protected void writePage() {
    List<Glyph> glyphs = new ArrayList<>();
    int rotated = 0;
    float direction = mainDirection(getCharactersByArticle());
    for (List<TextPosition> article : getCharactersByArticle()) {
      for (TextPosition t : article) {
        String text = t.getUnicode();
        if (text == null || text.isEmpty()) continue;
        // Text drawn across the page's lines (a side note, a watermark) is no part of the reading
        // order.
        if (t.getDir() != direction) {
          rotated++;
          continue;
        }
        boolean[] style = styles.computeIfAbsent(t.getFont(), GlyphStripper::style);
        float size = t.getFontSizeInPt();
        if (size <= 0) size = Math.abs(t.getHeightDir());
        glyphs.add(
            new Glyph(
                normalise(text),
                t.getXDirAdj(),
                t.getWidthDirAdj(),
                t.getYDirAdj(),
                size,
                style[0],
                style[1]));
      }
    }
    float width = page.getCropBox().getWidth();
    float height = page.getCropBox().getHeight();
    if (page.getRotation() % 180 != 0) {
      float swap = width;
      width = height;
      height = swap;
    }
    pages.add(
        new PageText(
            getCurrentPageNo(), width, height, glyphs, rotated, images(page.getResources(), 0)));
  }

  /** The direction most of the page's glyphs run in: on a rotated page, not 0. */
  private static float mainDirection(List<List<TextPosition>> articles) {
    Map<Float, Integer> counts = new java.util.HashMap<>();
    for (List<TextPosition> article : articles) {
      for (TextPosition t : article) counts.merge(t.getDir(), 1, Integer::sum);
    }
    return counts.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(0f);
  }

  /** Ligatures (ﬁ, ﬂ) as their letters, so words read and match as typed. */
  private static String normalise(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\uFB00' && c <= '\uFB06') return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }
    return text;
  }

  /** {bold, italic}, from the font's name and descriptor. */
  private static boolean[] style(PDFont font) {
    if (font == null) return new boolean[2];
    String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
    PDFontDescriptor descriptor = font.getFontDescriptor();
    boolean bold =
        name.matches(".*(bold|black|heavy|semibold|demi|extrabold|[-,]bd).*")
            && !name.contains("semilight");
    boolean italic = name.contains("italic") || name.contains("oblique");
    if (descriptor != null) {
      bold |= descriptor.isForceBold() || descriptor.getFontWeight() >= 600;
      italic |= descriptor.isItalic() || Math.abs(descriptor.getItalicAngle()) > 3;
    }
    return new boolean[] {bold, italic};
  }

  /** How many images a page draws, looking one level into forms. */
  private static int images(PDResources resources, int depth) {
    if (resources == null || depth > 2) return 0;
    int count = 0;
    for (COSName name : resources.getXObjectNames()) {
      try {
        PDXObject object = resources.getXObject(name);
        if (object instanceof PDImageXObject) {
          count++;
        } else if (object instanceof PDFormXObject form) {
          count += images(form.getResources(), depth + 1);
        }
      } catch (IOException e) {
        count++; // an image that cannot be decoded is still an image
      }
    }
    return count;
  }
}
