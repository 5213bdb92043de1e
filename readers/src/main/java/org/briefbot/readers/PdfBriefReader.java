package org.briefbot.readers;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.briefbot.core.BriefFormatException;
import org.briefbot.core.BriefReader;
import org.briefbot.core.RecoveredBrief;

/**
 * Reads a brief from a PDF as publishers lay them out: a title page, one or two columns, running
 * headers and page numbers, footnotes, a boxed list of key issues. Glyphs become lines ({@link
 * LineFinder}), lines are put in reading order ({@link ReadingOrder}), what repeats on every page
 * is dropped ({@link PageFurniture}) and the brief's parts are told by typography ({@link
 * PdfStructure}). A PDF that has no text to read (encrypted, scanned, damaged) is one line saying
 * so.
 */
public final class PdfBriefReader implements BriefReader {
  /** Briefs run to a few pages; a book or a report is not one, and would only fill memory. */
  static final int MAX_PAGES = 100;

  /** PDFs carry fonts and images; 50 MB is far more than any brief's. */
  static final long MAX_BYTES = 50L * 1024 * 1024;

  /** Public, with no arguments, for ServiceLoader. */
  public PdfBriefReader() {}

  @Override
  public Set<String> extensions() {
    return Set.of("pdf");
  }

  @Override
  public long maxBytes() {
    return MAX_BYTES;
  }

  @Override
  public RecoveredBrief read(String file, byte[] content) {
    if (!startsLikePdf(content)) {
      throw new BriefFormatException(file, "not a PDF file (it does not start with %PDF-)");
    }
    List<PageText> pages;
    int count;
    try (PDDocument document = Loader.loadPDF(content)) {
      count = document.getNumberOfPages();
      if (count == 0) throw new BriefFormatException(file, "the PDF has no pages");
      if (count > MAX_PAGES) {
        throw new BriefFormatException(
            file, count + " pages is too long for a brief (the limit is " + MAX_PAGES + " pages)");
      }
      pages = GlyphStripper.pages(document);
    } catch (InvalidPasswordException e) {
      throw new BriefFormatException(
          file, "the PDF is encrypted with a password; save a copy " + "without one and read that");
    } catch (IOException e) {
      throw new BriefFormatException(file, "not a readable PDF (" + reason(e) + ")");
    } catch (RuntimeException e) {
      if (e instanceof BriefFormatException) throw e;
      // PDFBox reports some damage as unchecked exceptions; to the user it is the same.
      throw new BriefFormatException(file, "not a readable PDF (" + reason(e) + ")");
    }
    int glyphs = pages.stream().mapToInt(p -> p.glyphs().size()).sum();
    if (glyphs == 0) {
      int images = pages.stream().mapToInt(PageText::images).sum();
      throw new BriefFormatException(
          file,
          images > 0
              ? "no text to read: "
                  + (count == 1 ? "its page is an image" : "its pages are images")
                  + " (a scan?); run it through OCR first"
              : "no text to read on its " + PdfStructure.count(count, "page"));
    }
    long unmapped =
        pages.stream()
            .flatMap(p -> p.glyphs().stream())
            .filter(g -> g.text().indexOf('\uFFFD') >= 0)
            .count();
    if (unmapped > glyphs / 2) {
      throw new BriefFormatException(
          file,
          "its fonts do not say which letters they draw, so "
              + "its text cannot be read (run it through OCR first)");
    }
    return recover(pages);
  }

  static RecoveredBrief recover(List<PageText> pages) {
    List<List<TextLine>> lines = new ArrayList<>();
    for (PageText page : pages) lines.add(LineFinder.lines(page));
    PageFurniture.Result furniture = PageFurniture.remove(lines, pages);
    List<TextLine> ordered = new ArrayList<>();
    for (List<TextLine> page : furniture.pages()) ordered.addAll(ReadingOrder.of(page));
    List<String> dropped = new ArrayList<>();
    if (furniture.runningLines() > 0) {
      dropped.add(PdfStructure.count(furniture.runningLines(), "running header or footer line"));
    }
    if (furniture.pageNumbers() > 0) {
      dropped.add(PdfStructure.count(furniture.pageNumbers(), "page number"));
    }
    int rotated = pages.stream().mapToInt(PageText::rotated).sum();
    if (rotated > 0) dropped.add(PdfStructure.count(rotated, "character") + " set at an angle");
    return PdfStructure.recover(ordered, dropped);
  }

  private static boolean startsLikePdf(byte[] content) {
    // The header may follow a little junk (some servers prepend a byte-order mark or whitespace).
    String head =
        new String(
            content,
            0,
            Math.min(content.length, 1024),
            java.nio.charset.StandardCharsets.ISO_8859_1);
    return head.contains("%PDF-");
  }

  private static String reason(Exception e) {
    String message = e.getMessage();
    if (message == null || message.isBlank()) return e.getClass().getSimpleName();
    message = message.strip().replaceAll("\\s+", " ");
    return message.length() > 120 ? message.substring(0, 117) + "..." : message;
  }
}
