package org.briefbot.readers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.briefbot.core.Brief;
import org.briefbot.core.Metadata;
import org.briefbot.core.Paragraph;
import org.briefbot.core.Section;

/**
 * Lays a brief out as a publisher would print it, with PDFBox: the test fixtures the PDF reader
 * must read back into the same brief. Everything a reader must see through is here on purpose:
 * running headers, page numbers, footnotes and their marks, a figure caption, words hyphenated at
 * line ends, paragraphs running across columns and pages, words placed one by one with no space
 * characters between them.
 */
final class PublishedPdf {
  static final float WIDTH = PDRectangle.A4.getWidth();
  static final float HEIGHT = PDRectangle.A4.getHeight();
  private static final float MARGIN = 56;
  private static final float TOP = 84;
  private static final float BOTTOM = HEIGHT - 72;
  private static final float GUTTER = 20;
  private static final float BODY = 10;
  private static final float LEADING = 13;
  private static final float SMALL = 8;
  private static final float FOOTNOTE_AREA = 30;

  /** Footnotes invented for the layout: they are not part of the brief and must be dropped. */
  private static final String FOOTNOTE =
      "See the sources listed at the end of this brief, in particular the official documents.";

  private static final String CAPTION = "Figure 1. The same argument, drawn as a chart.";

  private final Brief brief;
  private final PublisherLayout layout;
  private final PDDocument document = new PDDocument();
  private final PDFont regular;
  private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
  private final PDFont italic = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);
  private final List<PDPageContentStream> streams = new ArrayList<>();
  private PDPageContentStream page;
  private int pageNumber;
  private int column;
  private float y;
  private float columnTop;
  private int footnoteNumber;
  private final List<String> pageFootnotes = new ArrayList<>();

  private PublishedPdf(Brief brief, PublisherLayout layout) throws IOException {
    this.brief = brief;
    this.layout = layout;
    try (InputStream font =
        PDDocument.class.getResourceAsStream(
            "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
      this.regular = PDType0Font.load(document, font);
    }
  }

  /** The brief as a PDF in this layout. */
  static byte[] of(Brief brief, PublisherLayout layout) {
    try {
      return new PublishedPdf(brief, layout).write();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private byte[] write() throws IOException {
    newPage();
    front();
    if (layout.coverPage()) {
      newPage();
    }
    columnTop = y;
    int figureAfter = layout.figure() && brief.sections().size() > 1 ? 2 : -1;
    for (Section section : brief.sections()) {
      heading(section.heading());
      for (Paragraph paragraph : section.paragraphs()) {
        boolean marked =
            layout.footnotes()
                && paragraph.number() == 1
                && (section.number() == 1 || section.number() == brief.sections().size());
        boolean indent = layout.indentedParagraphs() && paragraph.number() > 1;
        paragraph(paragraph.text(), regular, BODY, LEADING, indent, marked);
        if (section.number() == figureAfter && paragraph.number() == 1) figure();
      }
    }
    footer();
    finishPage();
    for (PDPageContentStream stream : streams) stream.close();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    document.save(out);
    document.close();
    return out.toByteArray();
  }

  // ---- the front: title, series, authors, date, key issues ----

  private void front() throws IOException {
    Metadata m = brief.metadata();
    y = TOP;
    for (String line : headerLines()) {
      boolean series = line.equals(headerLines().get(0));
      line(line, series ? bold : regular, series ? 11 : BODY, MARGIN, y);
      y += series ? 18 : 14;
      if (series && !m.title().isEmpty()) {
        y += 14;
        for (String titleLine : wrap(m.title(), bold, 22, WIDTH - 2 * MARGIN)) {
          line(titleLine, bold, 22, MARGIN, y);
          y += 27;
        }
        y += 4;
      }
    }
    if (headerLines().isEmpty() && !m.title().isEmpty()) {
      for (String titleLine : wrap(m.title(), bold, 22, WIDTH - 2 * MARGIN)) {
        line(titleLine, bold, 22, MARGIN, y);
        y += 27;
      }
    }
    if (!brief.keyIssues().isEmpty()) {
      y += 12;
      float boxTop = y - 16;
      float inner = WIDTH - 2 * MARGIN - 24;
      List<List<String>> bullets = new ArrayList<>();
      float height = 26;
      for (String issue : brief.keyIssues()) {
        List<String> lines = wrap(issue, regular, 9.5f, inner - 14);
        bullets.add(lines);
        height += lines.size() * 12.5f + 5;
      }
      if (layout.boxedKeyIssues()) {
        page.setNonStrokingColor(0.9f, 0.92f, 0.95f);
        page.addRect(MARGIN, HEIGHT - boxTop - height, WIDTH - 2 * MARGIN, height);
        page.fill();
        page.setNonStrokingColor(0f, 0f, 0f);
      }
      line("Key issues", bold, 11, MARGIN + 12, y);
      y += 18;
      for (List<String> lines : bullets) {
        line("•", regular, 9.5f, MARGIN + 12, y);
        for (String l : lines) {
          line(l, regular, 9.5f, MARGIN + 26, y);
          y += 12.5f;
        }
        y += 5;
      }
      y = boxTop + height + 18;
    } else {
      y += 10;
    }
  }

  /** The header as a publisher prints it: "Key: value" fields as they would read on the page. */
  private List<String> headerLines() {
    return headerLines(brief);
  }

  /** The header lines a publisher prints for the brief, on paper or on the web. */
  static List<String> headerLines(Brief brief) {
    Metadata m = brief.metadata();
    List<String> lines = new ArrayList<>();
    boolean seriesDone = false;
    for (String raw : brief.header()) {
      String line = raw.replaceAll("^\\*+|\\*+$", "").strip();
      String key =
          line.contains(":")
              ? line.substring(0, line.indexOf(':')).strip().toLowerCase(Locale.ROOT)
              : "";
      switch (key) {
        case "title", "id", "publisher", "issn" -> {}
        case "series", "number" -> {
          if (!seriesDone) lines.add(m.seriesAndNumber());
          seriesDone = true;
        }
        case "authors", "author" -> lines.add("By " + m.authorsText());
        case "date" ->
            lines.add(
                m.publicationDate()
                    .orElseThrow()
                    .format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)));
        default -> {
          if (!line.equals(m.title())) lines.add(line);
        }
      }
    }
    return lines;
  }

  // ---- the body ----

  private void heading(String text) throws IOException {
    List<String> lines = wrap(text, bold, 13, columnWidth());
    float needed = lines.size() * 16 + 2 * LEADING + 14;
    if (y > columnTop + 1) y += 12;
    if (y + needed > bottom()) nextColumn();
    for (String l : lines) {
      line(l, bold, 13, columnX(), y);
      y += 16;
    }
    y += 3;
  }

  private void paragraph(
      String text, PDFont font, float size, float leading, boolean indent, boolean marked)
      throws IOException {
    float first = indent ? 14 : 0;
    List<Word> words = new ArrayList<>();
    String[] parts = text.split(" ");
    for (int i = 0; i < parts.length; i++) {
      String mark = marked && i == parts.length - 1 ? String.valueOf(footnoteNumber + 1) : "";
      words.add(new Word(parts[i], mark));
    }
    if (marked) footnoteNumber++;
    List<List<Word>> lines = breakLines(words, font, size, first);
    for (int i = 0; i < lines.size(); i++) {
      if (y > bottom()) nextColumn();
      boolean last = i == lines.size() - 1;
      float x = columnX() + (i == 0 ? first : 0);
      float width = columnWidth() - (i == 0 ? first : 0);
      drawWords(lines.get(i), font, size, x, width, layout.justified() && !last);
      for (Word w : lines.get(i))
        if (!w.mark().isEmpty()) pageFootnotes.add(w.mark() + " " + FOOTNOTE);
      y += leading;
    }
    if (!layout.indentedParagraphs()) y += 6;
  }

  private void figure() throws IOException {
    float height = 70;
    if (y + height + 20 > bottom()) nextColumn();
    page.setNonStrokingColor(0.8f, 0.8f, 0.8f);
    page.addRect(columnX(), HEIGHT - (y + height - 10), columnWidth(), height);
    page.fill();
    page.setNonStrokingColor(0f, 0f, 0f);
    y += height + 2;
    line(CAPTION, italic, SMALL, columnX(), y);
    y += 20;
  }

  /** The footer after the last paragraph, in the same column, under a short rule. */
  private void footer() throws IOException {
    if (brief.footer().isEmpty()) return;
    List<List<String>> footer = new ArrayList<>();
    float needed = 20;
    for (String line : brief.footer()) {
      List<String> lines = wrap(line, regular, SMALL, columnWidth());
      footer.add(lines);
      needed += lines.size() * 10 + 4;
    }
    y += 10;
    if (y + needed > bottom()) nextColumn();
    page.moveTo(columnX(), HEIGHT - y);
    page.lineTo(columnX() + 120, HEIGHT - y);
    page.stroke();
    y += 14;
    for (List<String> lines : footer) {
      for (String l : lines) {
        line(l, regular, SMALL, columnX(), y);
        y += 10;
      }
      y += 4;
    }
  }

  // ---- lines and words ----

  private record Word(String text, String mark) {}

  private List<List<Word>> breakLines(List<Word> words, PDFont font, float size, float first)
      throws IOException {
    List<List<Word>> lines = new ArrayList<>();
    List<Word> line = new ArrayList<>();
    float space = width(" ", font, size);
    float used = 0;
    float available = columnWidth() - first;
    List<Word> queue = new ArrayList<>(words);
    for (int i = 0; i < queue.size(); i++) {
      Word w = queue.get(i);
      float width =
          width(w.text(), font, size) + (w.mark().isEmpty() ? 0 : width(w.mark(), font, 6));
      float needed = line.isEmpty() ? width : used + space + width;
      if (needed <= available) {
        line.add(w);
        used = needed;
        continue;
      }
      if (layout.justified() && w.mark().isEmpty()) {
        String[] split = hyphenate(w.text(), font, size, available - used - space);
        if (split != null) {
          line.add(new Word(split[0], ""));
          queue.add(i + 1, new Word(split[1], ""));
        } else {
          i--;
        }
      } else {
        i--;
      }
      lines.add(line);
      line = new ArrayList<>();
      used = 0;
      available = columnWidth();
    }
    if (!line.isEmpty()) lines.add(line);
    return lines;
  }

  /**
   * The word cut to fit {@code room}, as a typesetter would: after a hyphen it already has, or
   * between syllables (a vowel then a consonant), adding a hyphen. Null when no cut fits.
   */
  private String[] hyphenate(String word, PDFont font, float size, float room) throws IOException {
    if (room <= 0) return null;
    for (int cut = word.length() - 3; cut >= 3; cut--) {
      char before = word.charAt(cut - 1);
      char after = word.charAt(cut);
      String head;
      if (before == '-' && Character.isLetter(word.charAt(cut - 2)) && Character.isLetter(after)) {
        head = word.substring(0, cut);
      } else if (isVowel(before)
          && !isVowel(after)
          && Character.isLowerCase(after)
          && word.substring(0, cut).chars().allMatch(Character::isLetter)
          && word.substring(cut).chars().limit(3).allMatch(Character::isLetter)
          && Character.isLowerCase(word.charAt(0))) {
        head = word.substring(0, cut) + "-";
      } else {
        continue;
      }
      if (width(head, font, size) <= room) return new String[] {head, word.substring(cut)};
    }
    return null;
  }

  private static boolean isVowel(char c) {
    return "aeiouy".indexOf(Character.toLowerCase(c)) >= 0;
  }

  private void drawWords(
      List<Word> words, PDFont font, float size, float x, float width, boolean justify)
      throws IOException {
    if (!layout.justified()) {
      // Ragged right: the whole line as one string, spaces and all, marks after.
      StringBuilder text = new StringBuilder();
      float cursor = x;
      for (Word w : words) {
        if (!w.mark().isEmpty()) {
          text.append(text.length() > 0 && text.charAt(text.length() - 1) != ' ' ? "" : "")
              .append(w.text());
          line(text.toString(), font, size, cursor, y);
          cursor += width(text.toString(), font, size);
          superscript(w.mark(), cursor);
          cursor += width(w.mark(), font, 6) + width(" ", font, size);
          text.setLength(0);
        } else {
          if (text.length() > 0) text.append(' ');
          text.append(w.text());
        }
      }
      if (text.length() > 0) line(text.toString(), font, size, cursor, y);
      return;
    }
    float total = 0;
    for (Word w : words) total += width(w.text(), font, size) + markWidth(w, font);
    float gap = width(" ", font, size);
    if (justify && words.size() > 1) gap = (width - total) / (words.size() - 1);
    float cursor = x;
    for (Word w : words) {
      line(w.text(), font, size, cursor, y);
      cursor += width(w.text(), font, size);
      if (!w.mark().isEmpty()) {
        superscript(w.mark(), cursor);
        cursor += markWidth(w, font);
      }
      cursor += gap;
    }
  }

  private float markWidth(Word w, PDFont font) throws IOException {
    return w.mark().isEmpty() ? 0 : width(w.mark(), font, 6);
  }

  private void superscript(String mark, float x) throws IOException {
    page.beginText();
    page.setFont(regular, 6);
    page.setTextRise(3.5f);
    page.newLineAtOffset(x, HEIGHT - y);
    page.showText(mark);
    page.setTextRise(0);
    page.endText();
  }

  private List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      String tried = line.length() == 0 ? word : line + " " + word;
      if (line.length() > 0 && width(tried, fontFor(tried, font), size) > width) {
        lines.add(line.toString());
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(tried);
      }
    }
    if (line.length() > 0) lines.add(line.toString());
    return lines;
  }

  private void line(String text, PDFont font, float size, float x, float baseline)
      throws IOException {
    PDFont f = fontFor(text, font);
    page.beginText();
    page.setFont(f, size);
    page.newLineAtOffset(x, HEIGHT - baseline);
    page.showText(text);
    page.endText();
  }

  /** The standard fonts draw only Windows-1252; other letters (ń) come from the embedded font. */
  private PDFont fontFor(String text, PDFont wanted) {
    if (wanted == regular) return regular;
    try {
      wanted.encode(text);
      return wanted;
    } catch (IOException | IllegalArgumentException e) {
      return regular;
    }
  }

  private float width(String text, PDFont font, float size) throws IOException {
    return fontFor(text, font).getStringWidth(text) / 1000 * size;
  }

  // ---- pages and columns ----

  private float columnWidth() {
    return layout.columns() == 1
        ? WIDTH - 2 * MARGIN
        : (WIDTH - 2 * MARGIN - GUTTER * (layout.columns() - 1)) / layout.columns();
  }

  private float columnX() {
    return MARGIN + column * (columnWidth() + GUTTER);
  }

  private float bottom() {
    return BOTTOM - (layout.footnotes() ? FOOTNOTE_AREA : 0);
  }

  private void nextColumn() throws IOException {
    if (column + 1 < layout.columns()) {
      column++;
      y = columnTop;
    } else {
      newPage();
      columnTop = y;
    }
  }

  private void newPage() throws IOException {
    finishPage();
    PDPage p = new PDPage(PDRectangle.A4);
    document.addPage(p);
    page = new PDPageContentStream(document, p);
    streams.add(page);
    pageNumber++;
    column = 0;
    y = TOP;
    boolean furniture = !(layout.coverPage() && pageNumber == 1);
    if (layout.runningHeader() && pageNumber > 1) {
      String series =
          brief.metadata().seriesAndNumber().isEmpty()
              ? "Policy brief"
              : brief.metadata().seriesAndNumber();
      line(series, regular, 8, MARGIN, 40);
      line(String.valueOf(pageNumber), regular, 8, WIDTH - MARGIN - 10, 40);
    }
    if (layout.pageNumbers() && furniture) {
      String number = layout.runningHeader() ? String.valueOf(pageNumber) : "Page " + pageNumber;
      line(number, regular, 8, WIDTH / 2 - 10, HEIGHT - 36);
    }
  }

  /** The page's footnotes at its foot, under a short rule. */
  private void finishPage() throws IOException {
    if (page == null || pageFootnotes.isEmpty()) return;
    float at = BOTTOM - FOOTNOTE_AREA + 12;
    page.moveTo(MARGIN, HEIGHT - at + 8);
    page.lineTo(MARGIN + 80, HEIGHT - at + 8);
    page.stroke();
    for (String note : pageFootnotes) {
      line(note, regular, 7, MARGIN, at);
      at += 9;
    }
    pageFootnotes.clear();
  }
}
