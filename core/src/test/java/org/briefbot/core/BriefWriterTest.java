package org.briefbot.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class BriefWriterTest {
  @Test
  void bundledBriefRoundTrips() {
    Brief brief = Library.bundled().briefs().get(0);

    String written = BriefWriter.plainText(brief);

    assertThat(BriefParser.parse(brief.metadata().sourceFile(), written)).isEqualTo(brief);
  }

  @Test
  void bundledBriefIsWrittenBackAsItsSourceText() {
    Brief brief = Library.bundled().briefs().get(0);

    // The source file has no final newline; the writer ends every line with one.
    assertThat(BriefWriter.plainText(brief).stripTrailing())
        .isEqualTo(Fixtures.text(Fixtures.BUNDLED).stripTrailing());
  }

  @ParameterizedTest
  @FieldSource("org.briefbot.core.Fixtures#TEST_BRIEFS")
  void testBriefRoundTrips(String resource) {
    Brief brief = Fixtures.parse(resource);

    String written = BriefWriter.plainText(brief);

    assertThat(BriefParser.parse(resource, written)).isEqualTo(brief);
  }

  @Test
  void markdownBriefIsWrittenAsMarkdown() {
    Brief brief =
        BriefParser.parse(
            "x.md",
            """
        # Ice roads

        By Ann Lee

        ## Key issues

        - Ice roads melt earlier
          every year.

        ## What to do

        - Invest in ice-capable ships
        - Fund winter roads

        Why now?
        """);

    assertThat(BriefWriter.plainText(brief))
        .isEqualTo(
            """
        ---
        Title: Ice roads
        By Ann Lee
        ---

        ## Key issues

        - Ice roads melt earlier every year.

        ## What to do

        Invest in ice-capable ships

        Fund winter roads

        Why now?

        """);
  }

  @Test
  void markdownParagraphsThatLookLikePlainTextHeadingsRoundTrip() {
    // In the plain-text export each of these short lines would be read back as a heading.
    Brief brief =
        BriefParser.parse(
            "short.md",
            """
        ## Summary

        Three options follow

        ***

        ## Options

        - Invest in ice-capable ships
        - Fund winter roads

        ---

        Footer one

        Footer two
        """);

    assertThat(BriefParser.parse("short.md", BriefWriter.plainText(brief))).isEqualTo(brief);
  }

  @Test
  void markdownTextThatWouldReadAsABulletOrARuleOnOneLineRoundTrips() {
    // Each lone mark starts a paragraph; joined with the next line, "- -" would be a bullet and
    // "- - -" a rule. (Found by BriefWriterPropertyTest.)
    Brief brief =
        BriefParser.parse(
            "marks.md",
            """
        ## Marks

        -
        Capacity grows.

        -
        -
        -

        ## Key issues later

        - ## not a heading

        ---

        -
        -
        -
        """);
    assertThat(brief.sections().get(0).paragraphs())
        .extracting(Paragraph::text)
        .containsExactly("- Capacity grows.", "- - -");
    assertThat(brief.footer()).containsExactly("- - -");

    String written = BriefWriter.plainText(brief);

    assertThat(written).contains("-\n  Capacity grows.", "- ## not a heading");
    assertThat(BriefParser.parse("marks.md", written)).isEqualTo(brief);
  }

  @Test
  void markdownHeadingEndingInAWordOfHashesRoundTrips() {
    Brief brief = BriefParser.parse("c.md", "## C # #\n\nText.\n\n## C#\n\nMore text.\n");
    assertThat(brief.sections()).extracting(Section::heading).containsExactly("C #", "C#");

    String written = BriefWriter.plainText(brief);

    assertThat(written).startsWith("## C # #\n").contains("## C#\n");
    assertThat(BriefParser.parse("c.md", written)).isEqualTo(brief);
  }

  @Test
  void briefBuiltInCodeIsWrittenInThePlainTextExport() {
    Brief brief =
        new Brief(
            "notes",
            new Metadata("", "", "", List.of(), Optional.empty(), "", "", "", ""),
            List.of("By Ann Lee"),
            List.of("One point."),
            List.of(new Section(1, "Findings", List.of(new Paragraph(1, "We found things.")))),
            List.of("ISSN 2983-466X"));

    assertThat(BriefWriter.plainText(brief))
        .isEqualTo(
            """
        By Ann Lee
        Key issues
        - One point.
        Findings
        We found things.
        __________
        ISSN 2983-466X
        """);
  }
}
