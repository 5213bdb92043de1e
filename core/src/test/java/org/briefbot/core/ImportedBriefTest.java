package org.briefbot.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Published briefs read through a {@link BriefReader} (here {@link TaggedLinesReader}). */
class ImportedBriefTest {
  @TempDir Path folder;

  @Test
  void recoveredPartsAreCheckedByTheMarkdownRules() throws IOException {
    Path file =
        write(
            "pilots.tagged",
            """
        HEADER: HPB BRIEF • 7/2025
        TITLE: Harbour pilots
        HEADER: By Ana Silva and Tom Berg
        HEADER: 3 March 2025
        HEADING: Key issues
        BULLET: Pilots are short.
        BULLET: Ships are long.
        HEADING: Rules
        PARAGRAPH: Pilots board every ship over 90 metres.
        BULLET: Tugs stand by in fog.
        FOOTER: ISSN 1234-5678
        """);

    ImportedBrief imported = BriefParser.importFile(file);
    Brief brief = imported.brief();

    assertThat(brief.id()).isEqualTo("hpb-2025-7");
    assertThat(brief.metadata().title()).isEqualTo("Harbour pilots");
    assertThat(brief.metadata().authors()).containsExactly("Ana Silva", "Tom Berg");
    assertThat(brief.metadata().publicationDate()).contains(LocalDate.of(2025, 3, 3));
    assertThat(brief.metadata().issn()).isEqualTo("1234-5678");
    assertThat(brief.metadata().sourceFile()).isEqualTo(file.toString());
    assertThat(brief.keyIssues()).containsExactly("Pilots are short.", "Ships are long.");
    assertThat(brief.sections())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.heading()).isEqualTo("Rules");
              assertThat(s.paragraphs())
                  .extracting(Paragraph::text)
                  .containsExactly(
                      "Pilots board every ship over 90 metres.", "Tugs stand by in fog.");
            });
    assertThat(imported.dropped()).containsExactly("1 page number");
    assertThat(imported.guesses()).containsExactly("took the largest text for the title");
    assertThat(BriefParser.parse(folder.resolve("pilots.md").toString(), imported.markdown()))
        .isEqualTo(withSource(brief, folder.resolve("pilots.md").toString()));
    assertThat(BriefParser.parse(file.toString(), Files.readAllBytes(file))).isEqualTo(brief);
  }

  @Test
  void leavesOutWhatWouldFailTheWholeFileAndSaysSo() throws IOException {
    Path file =
        write(
            "odd.tagged",
            """
        HEADER: www.example.org
        TITLE: Odd layout
        HEADING: Part one
        HEADING: Findings
        PARAGRAPH: - not a bullet, a paragraph that starts with a dash.
        FOOTER: The views are the authors' own.
        HEADING: Annex
        """);

    ImportedBrief imported = BriefParser.importFile(file);

    assertThat(imported.brief().sections())
        .extracting(Section::heading)
        .containsExactly("Findings");
    assertThat(imported.brief().sections().get(0).paragraphs().get(0).text())
        .isEqualTo("- not a bullet, a paragraph that starts with a dash.");
    assertThat(imported.brief().footer()).containsExactly("The views are the authors' own.");
    assertThat(imported.dropped())
        .containsExactly(
            "1 page number",
            "\"www.example.org\" from the title page: not a title, series, author or date",
            "the heading \"Part one\": no text under it",
            "the heading \"Annex\": no text under it");
  }

  @Test
  void aFileItsReaderRejectsIsOneLineNamingIt() throws IOException {
    Path locked = write("locked.tagged", "FAIL: encrypted with a password\n");
    Path empty = write("empty.tagged", "");
    Path headings = write("headings.tagged", "HEADING: Only a heading\n");

    assertThatThrownBy(() -> BriefParser.importFile(locked))
        .isInstanceOf(BriefFormatException.class)
        .hasMessage(locked + ": encrypted with a password")
        .satisfies(e -> assertThat(((BriefFormatException) e).line()).isZero());
    assertThatThrownBy(() -> BriefParser.importFile(empty))
        .hasMessage(empty + ": the file is empty");
    assertThatThrownBy(() -> BriefParser.read(headings))
        .hasMessageStartingWith(headings + ": no paragraphs found");
    assertThatThrownBy(() -> BriefParser.importFile(folder.resolve("missing.tagged")))
        .hasMessage(folder.resolve("missing.tagged") + ": no such file");
  }

  @Test
  void importReadsOnlyPublishedBriefs() throws IOException {
    Path text = write("brief.txt", "Introduction\nText.\n");

    assertThatThrownBy(() -> BriefParser.importFile(text))
        .isInstanceOf(BriefFormatException.class)
        .hasMessage(text + ": not a published brief that briefbot can import (PDF or HTML)");
  }

  @Test
  void aReaderNamesTheFilesItReads() {
    assertThat(BriefParser.isBriefFile(Path.of("briefs/x.tagged"))).isTrue();
    assertThat(BriefParser.isBriefFile(Path.of("briefs/X.TAGGED"))).isTrue();
    assertThat(BriefParser.isBriefFile(Path.of("briefs/x.pdf"))).isFalse(); // no reader here
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(folder.resolve(name), content);
  }

  private static Brief withSource(Brief brief, String source) {
    Metadata m = brief.metadata();
    return new Brief(
        brief.id(),
        new Metadata(
            m.title(),
            m.series(),
            m.number(),
            m.authors(),
            m.publicationDate(),
            m.publisher(),
            m.issn(),
            m.disclaimer(),
            source),
        brief.header(),
        brief.keyIssues(),
        brief.sections(),
        brief.footer());
  }
}
