package org.briefbot.readers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.briefbot.core.Brief;
import org.briefbot.core.BriefFormatException;
import org.briefbot.core.BriefParser;
import org.briefbot.core.ImportedBrief;
import org.briefbot.core.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PdfBriefReaderTest {
  @TempDir Path folder;

  static Stream<Arguments> layouts() {
    return Fixtures.briefs().stream()
        .flatMap(
            brief ->
                PublisherLayout.ALL.stream()
                    .map(layout -> Arguments.of(Fixtures.stem(brief), layout, brief)));
  }

  @ParameterizedTest(name = "{0} in the {1} layout")
  @MethodSource("layouts")
  void aBriefLaidOutAsPublishersDoReadsBackAsItsText(
      String stem, PublisherLayout layout, Brief text) throws IOException {
    Path pdf = Files.write(folder.resolve(stem + ".pdf"), PublishedPdf.of(text, layout));

    ImportedBrief imported = BriefParser.importFile(pdf);

    assertThat(BriefComparison.differences(text, imported.brief(), guessedHyphens(imported)))
        .as("differences from the text version")
        .isEmpty();
    assertThat(imported.brief().metadata().sourceFile()).isEqualTo(pdf.toString());
  }

  @Test
  void chromiumsPdfsOfTheBundledAndArcticBriefsReadBackAsTheirText() {
    for (String name :
        List.of("csds-2024-10-south-korea-nato.pdf", "nias-2024-03-arctic-nato.pdf")) {
      ImportedBrief imported = BriefParser.importFile(Fixtures.PRODUCED.resolve(name));
      Brief text =
          Fixtures.briefs().stream()
              .filter(b -> name.startsWith(Fixtures.stem(b)))
              .findFirst()
              .orElseThrow();

      assertThat(BriefComparison.differences(text, imported.brief())).as(name).isEmpty();
    }
  }

  @Test
  void saysWhatItDroppedAndWhereItGuessed() throws IOException {
    Path pdf =
        Files.write(
            folder.resolve("csds.pdf"),
            PublishedPdf.of(Fixtures.bundled(), PublisherLayout.TWO_COLUMNS));

    ImportedBrief imported = BriefParser.importFile(pdf);

    assertThat(imported.dropped())
        .contains("2 footnotes", "2 footnote marks in the text", "1 figure caption or side note");
    assertThat(imported.dropped()).anyMatch(d -> d.matches("\\d+ running header or footer lines"));
    assertThat(imported.dropped()).anyMatch(d -> d.matches("\\d+ page numbers"));
    assertThat(imported.guesses()).anyMatch(g -> g.contains("kick-started (kept the hyphen)"));
  }

  @Test
  void theMarkdownItWritesReadsBackAsTheSameBrief() throws IOException {
    Path pdf =
        Files.write(
            folder.resolve("arctic.pdf"),
            PublishedPdf.of(
                BriefParser.read(Fixtures.CORE_BRIEFS.resolve(Fixtures.TEXT_BRIEFS.get(0))),
                PublisherLayout.REPORT));
    ImportedBrief imported = BriefParser.importFile(pdf);
    Path md = Files.writeString(folder.resolve("arctic.md"), imported.markdown());

    Brief corrected = BriefParser.read(md);

    assertThat(BriefComparison.differences(imported.brief(), corrected)).isEmpty();
    assertThat(corrected.id()).isEqualTo(imported.brief().id());
  }

  // ---- bad input: one line each ----

  @Test
  void anEncryptedPdfIsOneLine() throws IOException {
    byte[] pdf;
    try (PDDocument document = new PDDocument()) {
      document.addPage(new PDPage());
      document.protect(new StandardProtectionPolicy("owner", "secret", new AccessPermission()));
      pdf = save(document);
    }

    assertThatThrownBy(() -> new PdfBriefReader().read("locked.pdf", pdf))
        .isInstanceOf(BriefFormatException.class)
        .hasMessage(
            "locked.pdf: the PDF is encrypted with a password; save a copy without one "
                + "and read that");
  }

  @Test
  void aScannedPdfWithoutTextIsOneLine() throws IOException {
    byte[] pdf;
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage();
      document.addPage(page);
      var image =
          LosslessFactory.createFromImage(
              document,
              new java.awt.image.BufferedImage(20, 20, java.awt.image.BufferedImage.TYPE_INT_RGB));
      try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
        stream.drawImage(image, 50, 50, 200, 200);
      }
      pdf = save(document);
    }

    assertThatThrownBy(() -> new PdfBriefReader().read("scan.pdf", pdf))
        .hasMessage(
            "scan.pdf: no text to read: its page is an image (a scan?); run it through "
                + "OCR first");
  }

  @Test
  void aPdfWithPagesButNoTextIsOneLine() throws IOException {
    byte[] pdf;
    try (PDDocument document = new PDDocument()) {
      document.addPage(new PDPage());
      document.addPage(new PDPage());
      pdf = save(document);
    }

    assertThatThrownBy(() -> new PdfBriefReader().read("blank.pdf", pdf))
        .hasMessage("blank.pdf: no text to read on its 2 pages");
  }

  @Test
  void aCorruptOrForeignFileIsOneLine() throws IOException {
    byte[] good = PublishedPdf.of(Fixtures.bundled(), PublisherLayout.PLAIN);
    byte[] garbage = "%PDF-1.7\n this is not really a PDF at all".getBytes();
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0};

    assertThatThrownBy(() -> new PdfBriefReader().read("broken.pdf", garbage))
        .isInstanceOf(BriefFormatException.class)
        .hasMessageStartingWith("broken.pdf: not a readable PDF (");
    assertThatThrownBy(() -> new PdfBriefReader().read("picture.pdf", png))
        .hasMessage("picture.pdf: not a PDF file (it does not start with %PDF-)");
    byte[] truncated = java.util.Arrays.copyOf(good, good.length / 3);
    try {
      // PDFBox repairs what it can; whatever it makes of the rest is a brief or one line.
      new PdfBriefReader().read("truncated.pdf", truncated);
    } catch (BriefFormatException e) {
      assertThat(e.getMessage()).startsWith("truncated.pdf: ").doesNotContain("\n");
    }
  }

  @Test
  void anEmptyOrHugeFileIsOneLine() throws IOException {
    Path empty = Files.write(folder.resolve("empty.pdf"), new byte[0]);
    byte[] pdf;
    try (PDDocument document = new PDDocument()) {
      for (int i = 0; i < PdfBriefReader.MAX_PAGES + 1; i++) document.addPage(new PDPage());
      pdf = save(document);
    }

    assertThatThrownBy(() -> BriefParser.importFile(empty))
        .hasMessage(empty + ": the file is empty");
    assertThatThrownBy(() -> new PdfBriefReader().read("book.pdf", pdf))
        .hasMessage("book.pdf: 101 pages is too long for a brief (the limit is 100 pages)");
  }

  @Test
  void aFolderWithABadPdfAnswersFromTheRestAndSaysWhichItSkipped() throws IOException {
    Files.write(
        folder.resolve("csds.pdf"), PublishedPdf.of(Fixtures.bundled(), PublisherLayout.REPORT));
    Files.copy(
        Fixtures.CORE_BRIEFS.resolve(Fixtures.TEXT_BRIEFS.get(1)), folder.resolve("cesp.txt"));
    Files.writeString(folder.resolve("broken.pdf"), "%PDF-1.4 nothing else");
    Files.writeString(folder.resolve("page.html"), "");

    Library library = Library.load(folder);

    assertThat(library.briefs())
        .extracting(Brief::id)
        .containsExactly("cesp-2025-12", "csds-2024-10");
    assertThat(library.skipped())
        .hasSize(2)
        .anyMatch(s -> s.startsWith(folder.resolve("broken.pdf") + ": not a readable PDF ("))
        .contains(folder.resolve("page.html") + ": the file is empty");
    assertThat(library.passage("csds-2024-10#s1p1").orElseThrow().text())
        .startsWith("South Korea has fallen in love with NATO.");
  }

  @Test
  void aCorrectedMarkdownFileBesideItsPdfIsReadInstead() throws IOException {
    Path pdf =
        Files.write(
            folder.resolve("csds.pdf"),
            PublishedPdf.of(Fixtures.bundled(), PublisherLayout.TWO_COLUMNS));
    String markdown =
        BriefParser.importFile(pdf)
            .markdown()
            .replace("South Korea has fallen in love with NATO.", "Seoul has fallen for NATO.");
    Files.writeString(folder.resolve("csds.md"), markdown);

    Library library = Library.load(folder);

    assertThat(Library.briefFiles(folder)).containsExactly(folder.resolve("csds.md"));
    assertThat(library.passage("csds-2024-10#s1p1").orElseThrow().text())
        .startsWith("Seoul has fallen for NATO.");
  }

  private static byte[] save(PDDocument document) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    document.save(out);
    return out.toByteArray();
  }

  private static final Pattern GUESSED = Pattern.compile("([\\p{L}]+)-([\\p{L}]+) \\(joined\\)");

  /**
   * Paragraphs compared without the hyphen of each word the reader says it joined across a line end
   * though it might have kept it ("start-ups" or "startups"): a guess shown to the user is not
   * counted against it here (the paragraph scores in the README do count it).
   */
  static java.util.function.UnaryOperator<String> guessedHyphens(ImportedBrief imported) {
    List<String[]> pairs = new ArrayList<>();
    for (String guess : imported.guesses()) {
      Matcher m = GUESSED.matcher(guess);
      while (m.find())
        pairs.add(new String[] {m.group(1) + "-" + m.group(2), m.group(1) + m.group(2)});
    }
    return text -> {
      for (String[] pair : pairs) text = text.replace(pair[0], pair[1]);
      return text;
    };
  }
}
