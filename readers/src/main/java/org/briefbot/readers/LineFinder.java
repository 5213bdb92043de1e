package org.briefbot.readers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups a page's glyphs into lines, one per column: glyphs sharing a baseline form a row, and a
 * row is cut at a gap before a column's start (where many rows start) or at a very wide gap. Word
 * spaces come from the gaps between glyphs, so text placed glyph by glyph reads the same as text
 * with space characters.
 */
final class LineFinder {
  /** A gap this wide (in ems) inside a row may be a gutter, if a column starts after it. */
  private static final float GUTTER_GAP = 0.8f;

  /** A gap this wide always separates two pieces of text (a page number far from a header). */
  private static final float WIDE_GAP = 3f;

  /** A gap wider than this (in ems) between glyphs is a word space. */
  private static final float WORD_GAP = 0.15f;

  private LineFinder() {}

  static List<TextLine> lines(PageText page) {
    List<List<Glyph>> rows = rows(page.glyphs());
    boolean[] columnStart = columnStarts(rows, page.width());
    List<TextLine> lines = new ArrayList<>();
    for (List<Glyph> row : rows) {
      float size = mainSize(row);
      int start = 0;
      for (int i = 1; i <= row.size(); i++) {
        boolean cut = i == row.size();
        if (!cut) {
          float gap = row.get(i).x() - row.get(i - 1).end();
          cut =
              gap >= WIDE_GAP * size
                  || gap >= GUTTER_GAP * size
                      && !isMarker(row.subList(start, i))
                      && (startsColumn(columnStart, row.get(i).x())
                          || styleChanges(row.subList(start, i), row.subList(i, row.size())));
        }
        if (cut) {
          TextLine line = line(page.number(), row.subList(start, i));
          if (line != null) lines.add(line);
          start = i;
        }
      }
    }
    return lines;
  }

  /** Glyphs sharing a baseline, each row sorted left to right. Superscripts join their row. */
  private static List<List<Glyph>> rows(List<Glyph> glyphs) {
    List<Glyph> sorted =
        glyphs.stream()
            .filter(g -> !g.isSpace())
            .sorted(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x))
            .toList();
    List<List<Glyph>> rows = new ArrayList<>();
    List<Glyph> row = null;
    Glyph reference = null;
    for (Glyph g : sorted) {
      if (row != null && sameRow(reference, g) && sameRowAsItsOwnSize(row, g)) {
        row.add(g);
        if (g.size() > reference.size()) reference = g;
      } else {
        row = new ArrayList<>();
        row.add(g);
        rows.add(row);
        reference = g;
      }
    }
    for (List<Glyph> r : rows) r.sort(Comparator.comparingDouble(Glyph::x));
    return rows;
  }

  /**
   * A heading beside a column is tall enough to overlap two of its lines, and would pull both into
   * its row, interleaving their words; so a glyph must also share a row with the row's glyphs of
   * its own size, when it has any.
   */
  private static boolean sameRowAsItsOwnSize(List<Glyph> row, Glyph g) {
    for (int i = row.size() - 1; i >= 0; i--) {
      Glyph other = row.get(i);
      if (Math.abs(other.size() - g.size()) <= 0.1f * g.size()) return sameRow(other, g);
    }
    return true;
  }

  private static boolean sameRow(Glyph reference, Glyph g) {
    float overlap = Math.min(reference.bottom(), g.bottom()) - Math.max(reference.top(), g.top());
    float smaller = Math.min(reference.bottom() - reference.top(), g.bottom() - g.top());
    return overlap >= 0.5f * smaller;
  }

  /**
   * One flag per point of page width: true where a column starts. Rows of one column start at the
   * same place whether or not their baselines line up with the other column's, so a column is where
   * many rows start (after a wide gap, or at their first glyph) well right of the page's left edge;
   * a hanging indent or a paragraph indent is too near it to count. Justified word spaces, however
   * wide, do not end where other rows start.
   */
  private static boolean[] columnStarts(List<List<Glyph>> rows, float pageWidth) {
    int width = Math.max(1, (int) Math.ceil(pageWidth) + 2);
    int[] starts = new int[width];
    float left = Float.MAX_VALUE;
    float right = 0;
    for (List<Glyph> row : rows) {
      float size = mainSize(row);
      left = Math.min(left, row.get(0).x());
      right = Math.max(right, row.get(row.size() - 1).end());
      count(starts, row.get(0).x());
      for (int i = 1; i < row.size(); i++) {
        if (row.get(i).x() - row.get(i - 1).end() >= GUTTER_GAP * size)
          count(starts, row.get(i).x());
      }
    }
    int needed = Math.max(3, (int) Math.ceil(0.1 * rows.size()));
    float from = left + 0.25f * (right - left);
    boolean[] column = new boolean[width];
    for (int x = Math.max(0, (int) from); x < width; x++) {
      int near = 0;
      for (int d = -2; d <= 2; d++) if (x + d >= 0 && x + d < width) near += starts[x + d];
      column[x] = near >= needed;
    }
    return column;
  }

  private static void count(int[] starts, float x) {
    int bin = Math.round(x);
    if (bin >= 0 && bin < starts.length) starts[bin]++;
  }

  private static boolean startsColumn(boolean[] columnStart, float x) {
    int bin = Math.round(x);
    return bin >= 0 && bin < columnStart.length && columnStart[bin];
  }

  /**
   * Text in another size or weight after a wide gap belongs elsewhere: a note beside a column, the
   * other column's heading. (Within a column, a size change comes with a new line.)
   */
  private static boolean styleChanges(List<Glyph> before, List<Glyph> after) {
    Glyph last = before.get(before.size() - 1);
    Glyph next = after.get(0);
    return Math.abs(mainSize(before) - mainSize(after)) > 1 || last.bold() != next.bold();
  }

  /** A bullet or list number ("•", "1.", "a)"), which stands apart from its text by design. */
  private static boolean isMarker(List<Glyph> glyphs) {
    String text = join(glyphs).strip();
    return text.length() <= 3 && text.matches("[^\\p{L}\\p{N}]+|\\d{1,2}[.)]|\\p{L}[.)]");
  }

  /**
   * The font size most of the glyphs have (by count), so a few large or small ones do not count.
   */
  static float mainSize(List<Glyph> glyphs) {
    Map<Float, Integer> counts = new HashMap<>();
    for (Glyph g : glyphs) counts.merge(round(g.size()), 1, Integer::sum);
    return counts.entrySet().stream()
        .max(Map.Entry.<Float, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey)
        .orElse(0f);
  }

  private static float round(float size) {
    return Math.round(size * 10) / 10f;
  }

  /** The line the glyphs make, footnote marks taken out; null when nothing is left. */
  private static TextLine line(int page, List<Glyph> glyphs) {
    float size = mainSize(glyphs);
    List<Float> baselines = new ArrayList<>();
    for (Glyph g : glyphs) if (round(g.size()) >= 0.9f * size) baselines.add(g.baseline());
    baselines.sort(null);
    float baseline = baselines.get(baselines.size() / 2);

    StringBuilder text = new StringBuilder();
    int bold = 0;
    int italic = 0;
    int chars = 0;
    int marks = 0;
    boolean startsWithMark = false;
    Glyph previous = null;
    for (int i = 0; i < glyphs.size(); i++) {
      Glyph g = glyphs.get(i);
      if (isSuperscript(g, size, baseline)) {
        int end = i;
        while (end < glyphs.size() && isSuperscript(glyphs.get(end), size, baseline)) end++;
        String run = join(glyphs.subList(i, end));
        if (run.matches("[\\d,*†‡–-]+")) {
          // A footnote mark: a reference in the text, or the number a footnote opens with.
          if (text.length() == 0) startsWithMark = true;
          marks++;
          i = end - 1;
          continue;
        }
      }
      if (previous != null
          && g.x() - previous.end() > WORD_GAP * Math.min(size, g.size())
          && text.length() > 0
          && text.charAt(text.length() - 1) != ' ') {
        text.append(' ');
      }
      text.append(g.text());
      chars += g.text().length();
      if (g.bold()) bold += g.text().length();
      if (g.italic()) italic += g.text().length();
      previous = g;
    }
    String clean = text.toString().replaceAll("\\s+", " ").strip();
    if (clean.isEmpty()) return null;
    Glyph first = glyphs.get(0);
    Glyph last = glyphs.get(glyphs.size() - 1);
    return new TextLine(
        page,
        clean,
        first.x(),
        last.end(),
        baseline,
        size,
        chars == 0 ? 0 : bold / (float) chars,
        chars == 0 ? 0 : italic / (float) chars,
        marks,
        startsWithMark);
  }

  private static boolean isSuperscript(Glyph g, float size, float baseline) {
    // Browsers set <sup> at "smaller" (about 0.83 of the text) and raise it by a third of an em.
    return g.size() <= 0.88f * size && baseline - g.baseline() >= 0.2f * size;
  }

  private static String join(List<Glyph> glyphs) {
    StringBuilder out = new StringBuilder();
    for (Glyph g : glyphs) out.append(g.text());
    return out.toString();
  }
}
