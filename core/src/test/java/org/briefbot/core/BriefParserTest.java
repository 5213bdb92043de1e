package org.briefbot.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;

class BriefParserTest {
  private static final List<String> TEST_BRIEFS = Fixtures.TEST_BRIEFS;

  @Nested
  class PlainText {
    private static final String ARCTIC = "briefs/plain/nias-2024-03-arctic-nato.txt";
    private static final String SPACE = "briefs/plain/cesp-2025-12-eu-space.txt";
    private static final String NOTES = "briefs/plain/field-notes.txt";

    @Test
    void readsTitleSeriesAuthorsAndLongDate() {
      Brief brief = Fixtures.parse(ARCTIC);
      Metadata metadata = brief.metadata();

      assertThat(brief.id()).isEqualTo("nias-2024-3");
      assertThat(metadata.title())
          .isEqualTo("Arctic security after Finland’s and Sweden’s accession");
      assertThat(metadata.series()).isEqualTo("NIAS Policy Paper");
      assertThat(metadata.number()).isEqualTo("3/2024");
      assertThat(metadata.authors())
          .containsExactly("Ingrid Solberg", "Mikko Virtanen", "Anna-Karin Lund");
      assertThat(metadata.publicationDate()).contains(LocalDate.of(2024, 4, 15));
      assertThat(metadata.publisher()).isEqualTo("Nordic Institute for Arctic Security");
      assertThat(metadata.issn()).isEqualTo("2535-1230");
      assertThat(metadata.sourceFile()).isEqualTo(ARCTIC);
      assertThat(brief.reference())
          .isEqualTo(
              "Ingrid Solberg, Mikko Virtanen and Anna-Karin Lund, "
                  + "\"Arctic security after Finland’s and Sweden’s accession\", NIAS Policy Paper 3/2024 "
                  + "(Nordic Institute for Arctic Security, 15 April 2024)");
    }

    @Test
    void aTitleBetweenTheSeriesLineAndTheBylineIsTheTitle() {
      Brief brief =
          BriefParser.parse(
              "chips.txt",
              """
          CESS POLICY BRIEF • 2/2025
          Chokepoints and Countermoves: Export Controls and the Contest over Chips
          By Marta Lindqvist and Keiko Tanabe
          27.1.2025
          Introduction
          Export controls tightened twice in two years.
          """);

      assertThat(brief.metadata().title())
          .isEqualTo("Chokepoints and Countermoves: Export Controls and the Contest over Chips");
      assertThat(brief.metadata().authors()).containsExactly("Marta Lindqvist", "Keiko Tanabe");
      assertThat(brief.sections()).extracting(Section::heading).containsExactly("Introduction");
    }

    @Test
    void paragraphsBeforeTheFirstHeadingFormAnIntroduction() {
      Brief brief = Fixtures.parse(ARCTIC);

      assertThat(brief.keyIssues()).isEmpty();
      assertThat(brief.sections())
          .extracting(Section::heading)
          .containsExactly(
              BriefAssembler.IMPLICIT_HEADING,
              "Deterrence in the High North",
              "Surveillance and domain awareness",
              "The Arctic Council after 2022",
              "Recommendations");
      assertThat(brief.sections())
          .extracting(s -> s.paragraphs().size())
          .containsExactly(2, 3, 2, 2, 1);
    }

    @Test
    void paragraphTextIsTheSourceLineVerbatim() {
      Brief brief = Fixtures.parse(ARCTIC);
      List<String> source = Fixtures.lines(ARCTIC);

      assertThat(brief.passage("nias-2024-3#s1p1").orElseThrow().text()).isEqualTo(source.get(5));
      assertThat(brief.passage("nias-2024-3#s1p2").orElseThrow().text())
          .isEqualTo(source.get(6))
          .contains("in practice – for deterrence");
      assertThat(brief.passage("nias-2024-3#s2p3").orElseThrow().text())
          .isEqualTo(source.get(11))
          .startsWith("What does that mean for force posture?");
      assertThat(brief.passage("nias-2024-3#s2p3").orElseThrow().citation().location())
          .isEqualTo("§2 \"Deterrence in the High North\" ¶3");
      assertThat(brief.footer()).containsExactly(source.get(24), source.get(25));
    }

    @Test
    void readsIsoDateAmpersandAuthorsAndKeyPointBullets() {
      Brief brief = Fixtures.parse(SPACE);

      assertThat(brief.id()).isEqualTo("cesp-2025-12");
      assertThat(brief.metadata().title()).isEmpty();
      assertThat(brief.metadata().series()).isEqualTo("CESP Commentary");
      assertThat(brief.metadata().authors()).containsExactly("Dr. Léa Moreau", "Tomasz Nowak");
      assertThat(brief.metadata().publicationDate()).contains(LocalDate.of(2025, 3, 4));
      assertThat(brief.metadata().issn()).isEqualTo("2736-1403");
      assertThat(brief.keyIssues())
          .hasSize(3)
          .element(1)
          .isEqualTo(
              "The EU’s space budget of "
                  + "€16.9 billion for 2021–2027 is small beside NASA’s annual US$ 25.4 billion, so Europe "
                  + "must spend it where markets fail.");
      assertThat(brief.sections()).extracting(s -> s.paragraphs().size()).containsExactly(2, 2, 2);
      assertThat(brief.passage("cesp-2025-12#k3").orElseThrow().citation().reference())
          .isEqualTo(
              "Dr. Léa Moreau and Tomasz Nowak, CESP Commentary 12/2025 "
                  + "(Centre for European Space Policy, 4 March 2025), Key issues, 3");
    }

    @Test
    void briefWithoutHeaderTakesItsIdFromTheFileName() {
      Brief brief = BriefParser.parse("some/folder/Field Notes.txt", Fixtures.bytes(NOTES));

      assertThat(brief.id()).isEqualTo("field-notes");
      assertThat(brief.header()).isEmpty();
      assertThat(brief.footer()).isEmpty();
      assertThat(brief.metadata().authors()).isEmpty();
      assertThat(brief.passages())
          .extracting(Passage::id)
          .containsExactly("field-notes#s1p1", "field-notes#s1p2", "field-notes#s2p1");
      assertThat(brief.reference()).isEqualTo("field-notes");
    }

    @Test
    void summaryFollowedByParagraphsIsAnOrdinarySection() {
      Brief brief = Fixtures.parse(NOTES);

      assertThat(brief.keyIssues()).isEmpty();
      assertThat(brief.sections().get(1).heading()).isEqualTo("Executive summary");
    }

    @Test
    void summaryFollowedByBulletsIsTheKeyIssues() {
      Brief brief =
          BriefParser.parse(
              "x.txt",
              """
          By Ann Lee
          Summary
          • Sanctions work when they are shared.
          Introduction
          Most of what a minister needs to know fits on one page.
          """);

      assertThat(brief.keyIssues()).containsExactly("Sanctions work when they are shared.");
      assertThat(brief.sections()).extracting(Section::heading).containsExactly("Introduction");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
        strings = {
          "15.4.2024",
          "15/04/2024",
          "2024-04-15",
          "15 April 2024",
          "15th April 2024",
          "April 15, 2024",
          "Apr. 15, 2024",
          "Date: 15 April 2024",
          "Published: 2024-04-15"
        })
    void readsDateWrittenAs(String date) {
      Brief brief = BriefParser.parse("x.txt", "By Ann Lee\n" + date + "\nIntroduction\nText.\n");

      assertThat(brief.metadata().publicationDate()).contains(LocalDate.of(2024, 4, 15));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
        CSDS POLICY BRIEF • 10/2024    | CSDS Policy Brief | 10/2024 | csds-2024-10
        EUISS BRIEF • 3/2024           | EUISS Brief       | 3/2024  | euiss-2024-3
        EPC POLICY NOTE • No. 2/2024   | EPC Policy Note   | 2/2024  | epc-2024-2
        SWP Comment No. 14             | SWP Comment       | 14      | swp-14
        Policy Brief 7/2023            | Policy Brief      | 7/2023  | policy-brief-2023-7
        """)
    void readsSeriesLine(String line, String series, String number, String id) {
      Brief brief = BriefParser.parse("x.txt", line + "\nIntroduction\nText.\n");

      assertThat(brief.metadata().series()).isEqualTo(series);
      assertThat(brief.metadata().number()).isEqualTo(number);
      assertThat(brief.id()).isEqualTo(id);
    }

    @Test
    void shortCapitalisedWordsOfASeriesAreWrittenAsTheBodyWritesThem() {
      Brief brief =
          BriefParser.parse(
              "x.txt",
              "CSDS INSTITUTE FOR THE NILE AND EPC NORDIC-BALTIC POLICY BRIEF • 1/2024\nIntroduction\n"
                  + "The CSDS looked at the Nile and the dam for years.\n");

      assertThat(brief.metadata().series())
          .isEqualTo("CSDS Institute for the Nile and EPC Nordic-Baltic Policy Brief");
    }

    @Test
    void seriesSpelledInTheBodyIsCitedThatWay() {
      Brief brief =
          BriefParser.parse(
              "x.txt",
              "ABC POLICY BRIEF • 1/2024\nIntroduction\nThis ABC Policy Brief argues a point.\n");

      assertThat(brief.metadata().series()).isEqualTo("ABC Policy Brief");
    }

    @Test
    void splitsAuthorsOnCommasSemicolonsAmpersandsAndAnd() {
      Brief brief =
          BriefParser.parse(
              "x.txt",
              "By Ann Lee, Bo Chen, and Cy Dua; Ed Fox & Ursula von der Leyen\nIntroduction\nText.\n");

      assertThat(brief.metadata().authors())
          .containsExactly("Ann Lee", "Bo Chen", "Cy Dua", "Ed Fox", "Ursula von der Leyen");
    }

    @Test
    void openingParagraphStartingWithByIsNotAByline() {
      Brief brief =
          BriefParser.parse(
              "x.txt",
              """
          By contrast, the EU has been slow to act.
          Why now
          Because the money runs out in 2027.
          """);

      assertThat(brief.metadata().authors()).isEmpty();
      assertThat(brief.sections().get(0).paragraphs())
          .extracting(Paragraph::text)
          .containsExactly("By contrast, the EU has been slow to act.");
    }

    @Test
    void idHeaderOverridesTheDerivedId() {
      Brief brief =
          BriefParser.parse(
              "x.txt", "Id: Space Brief 2025\nCSDS POLICY BRIEF • 10/2024\nIntroduction\nText.\n");

      assertThat(brief.id()).isEqualTo("space-brief-2025");
    }

    @Test
    void keyIssuesAreCitedByNumber() {
      Brief brief = Library.bundled().briefs().get(0);

      assertThat(brief.passages())
          .filteredOn(p -> p.kind() == PassageKind.KEY_ISSUE)
          .extracting(p -> p.citation().location())
          .containsExactly("Key issues, 1", "Key issues, 2", "Key issues, 3");
    }
  }

  @Nested
  class Markdown {
    private static final String RAW_MATERIALS = "briefs/markdown/critical-raw-materials.md";
    private static final String CABLES = "briefs/markdown/baltic-cables.md";

    @Test
    void readsFrontMatter() {
      Brief brief = Fixtures.parse(RAW_MATERIALS);
      Metadata metadata = brief.metadata();

      assertThat(brief.id()).isEqualTo("eprc-2024-raw-materials");
      assertThat(metadata.title()).isEqualTo("Securing Europe’s critical raw materials");
      assertThat(metadata.series()).isEqualTo("EPRC Policy Note");
      assertThat(metadata.number()).isEqualTo("5/2024");
      assertThat(metadata.authors()).containsExactly("Sofia Almeida", "Jonas Becker", "Chen Wei");
      assertThat(metadata.publicationDate()).contains(LocalDate.of(2024, 6, 12));
      assertThat(metadata.publisher()).isEqualTo("European Policy Research Centre");
      assertThat(metadata.issn()).isEqualTo("2990-0719");
    }

    @Test
    void theHeaderPassageReadsAsThePageDoesWithoutIdOrTitleLabel() {
      Brief fromFields = Fixtures.parse(RAW_MATERIALS);
      Brief fromHeading =
          BriefParser.parse(
              "x.md",
              "---\nId: x-2025\n---\n# A title of its own\nBy Ann Lee\n3 May 2025\n\n## A\n\nText.\n");

      assertThat(fromFields.passages().get(0).text())
          .startsWith("Securing Europe’s critical raw materials\nSeries: EPRC Policy Note")
          .doesNotContain("Id:", "eprc-2024-raw-materials", "Title:");
      assertThat(fromHeading.passages().get(0).text())
          .isEqualTo("A title of its own\nBy Ann Lee\n3 May 2025");
      assertThat(fromHeading.id()).isEqualTo("x-2025");
      assertThat(fromHeading.metadata().title()).isEqualTo("A title of its own");
    }

    @Test
    void readsKeyIssuesSectionsAndFooter() {
      Brief brief = Fixtures.parse(RAW_MATERIALS);

      assertThat(brief.keyIssues())
          .hasSize(3)
          .first()
          .isEqualTo(
              "The Critical Raw Materials Act "
                  + "sets benchmarks for 2030: 10% of annual consumption mined in the EU, 40% processed "
                  + "and 25% recycled.");
      assertThat(brief.sections())
          .extracting(Section::heading)
          .containsExactly("Where Europe stands", "What the Act does", "Recommendations");
      assertThat(brief.sections()).extracting(s -> s.paragraphs().size()).containsExactly(2, 2, 1);
      assertThat(brief.footer())
          .containsExactly(
              "The views expressed are those of the authors and "
                  + "not of the European Policy Research Centre (EPRC).",
              "ISSN 2990-0719");
      assertThat(brief.metadata().disclaimer()).isEqualTo(brief.footer().get(0));
    }

    @Test
    void joinsTheLinesOfAParagraphWithSpaces() {
      Brief brief = Fixtures.parse(RAW_MATERIALS);

      assertThat(brief.passage("eprc-2024-raw-materials#s1p1").orElseThrow().text())
          .isEqualTo(
              "The EU imports almost all of the 34 materials it lists as critical. For "
                  + "some, such as gallium and magnesium, a single supplier – China – provides more "
                  + "than 90% of imports. When Beijing restricted gallium exports in August 2023, "
                  + "prices in Rotterdam rose by half within weeks.");
      assertThat(brief.passage("eprc-2024-raw-materials#s2p1").orElseThrow().text())
          .contains("designate “strategic projects” that are promised faster permits");
    }

    @Test
    void readsTitleHeadingAndEmphasisedSeriesLine() {
      Brief brief = Fixtures.parse(CABLES);

      assertThat(brief.id()).isEqualTo("bsri-2024-4");
      assertThat(brief.metadata().title()).isEqualTo("Protecting the Baltic Sea’s undersea cables");
      assertThat(brief.metadata().series()).isEqualTo("BSRI Brief");
      assertThat(brief.metadata().authors()).containsExactly("Kaja Tamm", "Piotr Zieliński");
      assertThat(brief.metadata().publicationDate()).contains(LocalDate.of(2024, 7, 4));
      assertThat(brief.metadata().publisher()).isEqualTo("Baltic Sea Research Institute");
    }

    @Test
    void wrappedBulletsStayOneKeyIssue() {
      Brief brief = Fixtures.parse(CABLES);

      assertThat(brief.keyIssues())
          .containsExactly(
              "Eleven cables and pipelines cross the Baltic seabed between Finland, Estonia, Sweden "
                  + "and Germany; three were damaged between October 2023 and January 2024.",
              "Repair ships are few: the region depends on two vessels based in Denmark.");
    }

    @Test
    void bulletsInTheBodyAreParagraphs() {
      Brief brief = Fixtures.parse(CABLES);

      assertThat(brief.sections())
          .extracting(Section::heading)
          .containsExactly("Executive summary", "Surveillance", "Repair capacity");
      assertThat(brief.sections().get(1).paragraphs())
          .extracting(Paragraph::text)
          .containsExactly(
              "Coastal states already see most of what happens on the surface. What they lack is a "
                  + "shared picture of the seabed:",
              "Pool sonar data from naval and commercial survey ships.",
              "Require ships in the Baltic to keep their transponders on at all times, as Finland "
                  + "proposed in 2024.");
    }

    /**
     * Exported from a word processor, a brief has each paragraph on one long line, often with no
     * blank line between: each line is a paragraph, not the whole section one. Lines wrapped near
     * 80 columns still run on into one paragraph, as Markdown has it.
     */
    @Test
    void paragraphsWrittenOneToALineAreEachAPassage() {
      String first =
          "The first paragraph " + "runs on for a while about ports and ships. ".repeat(4);
      String second =
          "The second paragraph " + "says something else about dredging and money. ".repeat(4);
      String third = "A third, shorter one ends the section.";
      Brief unwrapped =
          BriefParser.parse(
              "x.md", "## Ports\n" + first.strip() + "\n" + second.strip() + "\n" + third + "\n");
      Brief wrapped =
          BriefParser.parse(
              "x.md",
              """
          ## Ports
          The first paragraph runs on for a while
          about ports and ships, wrapped by an editor.

          A second one.
          """);

      assertThat(unwrapped.sections().get(0).paragraphs())
          .extracting(Paragraph::text)
          .containsExactly(first.strip(), second.strip(), third);
      assertThat(wrapped.sections().get(0).paragraphs())
          .extracting(Paragraph::text)
          .containsExactly(
              "The first paragraph runs on for a while about ports and ships, wrapped by an editor.",
              "A second one.");
    }

    @Test
    void ruleBetweenSectionsDoesNotStartTheFooter() {
      Brief brief =
          BriefParser.parse(
              "x.md",
              """
          ## One

          First.

          ***

          ## Two

          Second.

          ---

          Footer text.
          """);

      assertThat(brief.sections()).extracting(Section::heading).containsExactly("One", "Two");
      assertThat(brief.footer()).containsExactly("Footer text.");
    }

    @Test
    void eachNumberedRecommendationIsAParagraphOfItsOwn() {
      Brief brief =
          BriefParser.parse(
              "x.md",
              """
          ## Recommendations
          1. Fund dredging in the northern ports,
             with money from the cohesion funds.
          2) Pool port data.
          10. Audit foreign stakes.
          """);

      assertThat(brief.sections().get(0).paragraphs())
          .extracting(Paragraph::text)
          .containsExactly(
              "Fund dredging in the northern ports, with money from the cohesion funds.",
              "Pool port data.",
              "Audit foreign stakes.");
    }

    @Test
    void closingHashesAreNotPartOfTheHeading() {
      Brief brief = BriefParser.parse("x.md", "## Why C# matters ##\n\nText.\n");

      assertThat(brief.sections().get(0).heading()).isEqualTo("Why C# matters");
    }

    @Test
    void paragraphsBeforeTheFirstHeadingFormAnIntroduction() {
      Brief brief = BriefParser.parse("notes.markdown", "# Notes\n\nOne.\n\n## Next\n\nTwo.\n");

      assertThat(brief.metadata().title()).isEqualTo("Notes");
      assertThat(brief.sections())
          .extracting(Section::heading)
          .containsExactly("Introduction", "Next");
    }
  }

  @Nested
  class BadInput {
    @Test
    void emptyFileIsRejected() {
      assertRejected("empty.txt", new byte[0], "empty.txt:1: the file is empty");
    }

    @ParameterizedTest
    @ValueSource(strings = {" ", "\n\n\n", " \t\r\n \n"})
    void whitespaceOnlyFileIsRejected(String text) {
      assertRejected(
          "blank.md", text.getBytes(StandardCharsets.UTF_8), "blank.md:1: the file is empty");
    }

    @Test
    void fileOfHeadingsOnlyIsRejectedAtTheFirstHeading() {
      assertRejected(
          "briefs/bad/only-headings.txt",
          "briefs/bad/only-headings.txt:1: heading \"Introduction\" has no paragraphs");
    }

    @Test
    void fileOfHeaderLinesOnlyIsRejectedAtItsLastLine() {
      assertRejected(
          "briefs/bad/only-header.txt",
          "briefs/bad/only-header.txt:3: no paragraphs "
              + "found: a brief needs at least one paragraph of text (one paragraph per line, under "
              + "short heading lines)");
    }

    @Test
    void headingWithNothingUnderItIsRejectedAtItsLine() {
      assertRejected(
          "briefs/bad/empty-section.txt",
          "briefs/bad/empty-section.txt:6: heading \"What enlargement costs\" has no paragraphs");
      assertRejected(
          "briefs/bad/last-section-empty.txt",
          "briefs/bad/last-section-empty.txt:6: heading \"Conclusion\" has no paragraphs");
      assertRejected(
          "briefs/bad/empty-section.md",
          "briefs/bad/empty-section.md:10: heading \"What enlargement costs\" has no paragraphs");
    }

    @Test
    void emptyMarkdownHeadingIsRejected() {
      assertRejected(
          "x.md",
          "## Intro\n\nText.\n\n##\n\nMore.\n".getBytes(StandardCharsets.UTF_8),
          "x.md:5: empty heading");
    }

    @Test
    void invalidDateIsRejected() {
      assertRejected(
          "briefs/bad/invalid-date.txt",
          "briefs/bad/invalid-date.txt:3: not a valid date \"32.13.2024\"");
    }

    @Test
    void unreadableDateFieldIsRejected() {
      byte[] bytes = "Date: spring 2024\n\n## A\n\nText.\n".getBytes(StandardCharsets.UTF_8);

      assertRejected("x.md", bytes, "x.md:1: cannot read the date \"spring 2024\"");
    }

    @Test
    void keyIssuesWithoutBulletsAreRejected() {
      assertRejected(
          "briefs/bad/key-issues-without-bullets.txt",
          "briefs/bad/key-issues-without-bullets.txt:4: \"Key issues\" has no bullet points "
              + "under it");
      assertRejected(
          "briefs/bad/key-issues-without-bullets.md",
          "briefs/bad/key-issues-without-bullets.md:5: \"Key issues\" has no bullet points "
              + "under it");
    }

    @Test
    void secondKeyIssuesListIsRejected() {
      assertRejected(
          "briefs/bad/duplicate-key-issues.txt",
          "briefs/bad/duplicate-key-issues.txt:9: a second \"Key issues\" list (the first is on "
              + "line 4)");
      assertRejected(
          "briefs/bad/duplicate-key-issues.md",
          "briefs/bad/duplicate-key-issues.md:8: a second \"Key issues\" list (the first is on "
              + "line 3)");
    }

    @Test
    void malformedIssnFieldIsRejectedOnItsLine() {
      assertRejected(
          "briefs/bad/bad-issn.md",
          "briefs/bad/bad-issn.md:3: not an ISSN "
              + "\"2990 0719\" (expected four digits, a hyphen, three digits and a check digit or X)");
    }

    @Test
    void unclosedFrontMatterIsRejected() {
      assertRejected(
          "briefs/bad/unclosed-front-matter.md",
          "briefs/bad/unclosed-front-matter.md:1: front matter opened with --- is never closed");
    }

    @Test
    void idWithoutLettersOrDigitsIsRejectedOnItsLine() {
      assertRejected(
          "x.txt",
          "By Ann Lee\nId: ---!\nIntroduction\nText.\n".getBytes(StandardCharsets.UTF_8),
          "x.txt:2: the id \"---!\" has no letters or digits");
    }

    @Test
    void nulBytesAreRejectedOnTheirLine() {
      byte[] bytes = "Introduction\nText.\n\0\0\0".getBytes(StandardCharsets.UTF_8);

      assertRejected("nul.txt", bytes, "nul.txt:3: not a text file (control character U+0000)");
    }

    @Test
    void pngImageIsRejected() {
      byte[] png = {
        (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
      };

      assertRejected("picture.txt", png, "picture.txt:1: not UTF-8 text (byte 0x89 at offset 0)");
    }

    @Test
    void latin1TextIsRejectedAtTheBadByte() {
      byte[] latin1 =
          "Introduction\nDas Caf\u00e9 ist geschlossen.\n".getBytes(StandardCharsets.ISO_8859_1);

      assertRejected("latin1.txt", latin1, "latin1.txt:2: not UTF-8 text (byte 0xE9 at offset 20)");
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42, 2024})
    void randomBytesAreRejected(long seed) {
      byte[] junk = new byte[4096];
      new Random(seed).nextBytes(junk);

      assertThatThrownBy(() -> BriefParser.parse("junk.txt", junk))
          .isInstanceOf(BriefFormatException.class)
          .hasMessageMatching("junk\\.txt:\\d+: not (UTF-8 text|a text file) \\(.*\\)");
    }

    @Test
    void utf16WithByteOrderMarkIsRejected() {
      String text = Fixtures.text(TEST_BRIEFS.get(0));
      byte[] littleEndian =
          concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));

      assertRejected("wide.txt", littleEndian, "wide.txt:1: the file is UTF-16; save it as UTF-8");
      // Java's UTF_16 encoder writes a big-endian byte-order mark.
      assertRejected(
          "wide.txt",
          text.getBytes(StandardCharsets.UTF_16),
          "wide.txt:1: the file is UTF-16; save it as UTF-8");
    }

    @Test
    void utf16WithoutByteOrderMarkIsRejected() {
      byte[] bytes = "Introduction\nText.\n".getBytes(StandardCharsets.UTF_16LE);

      assertRejected("wide.txt", bytes, "wide.txt:1: not a text file (control character U+0000)");
    }

    @Test
    void fileOverTheSizeLimitIsRejectedBeforeItIsRead(@TempDir Path dir) throws IOException {
      Path big = dir.resolve("big.txt");
      // A sparse file of zero bytes: reading it would fail on the NUL characters instead.
      try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
        file.setLength(50L * 1024 * 1024);
      }

      assertThatThrownBy(() -> BriefParser.read(big))
          .isInstanceOf(BriefFormatException.class)
          .hasMessage(big + ":1: too large for a brief (50.0 MB; the limit is 10 MB)");
    }

    @Test
    void contentOverTheSizeLimitIsRejected() {
      byte[] bytes = new byte[(int) BriefParser.MAX_BYTES + 1];
      Arrays.fill(bytes, (byte) 'a');

      assertRejected("big.md", bytes, "big.md:1: too large for a brief");
      String text = new String(bytes, StandardCharsets.UTF_8);
      assertThatThrownBy(() -> BriefParser.parse("big.md", text))
          .isInstanceOf(BriefFormatException.class)
          .hasMessage("big.md:1: too large for a brief");
    }

    @Test
    void missingFileIsRejected(@TempDir Path dir) {
      Path missing = dir.resolve("missing.txt");

      assertThatThrownBy(() -> BriefParser.read(missing))
          .isInstanceOf(BriefFormatException.class)
          .hasMessage(missing + ":1: no such file");
    }

    @Test
    void folderIsRejected(@TempDir Path dir) throws IOException {
      Path folder = Files.createDirectory(dir.resolve("folder.txt"));

      assertThatThrownBy(() -> BriefParser.read(folder))
          .isInstanceOf(BriefFormatException.class)
          .hasMessageStartingWith(folder + ":1: cannot read the file (");
    }

    @ParameterizedTest
    @FieldSource("org.briefbot.core.Fixtures#TEST_BRIEFS")
    void windowsLineEndingsParseIdentically(String resource) {
      String text = Fixtures.text(resource);

      Brief crlf = BriefParser.parse(resource, text.replace("\n", "\r\n"));
      Brief oldMac = BriefParser.parse(resource, text.replace("\n", "\r"));

      assertThat(crlf).isEqualTo(Fixtures.parse(resource));
      assertThat(oldMac).isEqualTo(Fixtures.parse(resource));
    }

    @ParameterizedTest
    @FieldSource("org.briefbot.core.Fixtures#TEST_BRIEFS")
    void byteOrderMarkIsIgnored(String resource) {
      byte[] withMark =
          concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Fixtures.bytes(resource));

      assertThat(BriefParser.parse(resource, withMark)).isEqualTo(Fixtures.parse(resource));
      assertThat(BriefParser.parse(resource, "\uFEFF" + Fixtures.text(resource)))
          .isEqualTo(Fixtures.parse(resource));
    }

    @Test
    void bundledBriefWithWindowsLineEndingsAndByteOrderMarkParsesIdentically() {
      byte[] bytes =
          concat(
              new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
              Fixtures.text(Fixtures.BUNDLED)
                  .replace("\n", "\r\n")
                  .getBytes(StandardCharsets.UTF_8));

      assertThat(BriefParser.parse(Library.BUNDLED_FILE, bytes))
          .isEqualTo(Library.bundled().briefs().get(0));
    }

    /**
     * Damaged copies of every test brief (lines dropped, repeated or swapped, bytes cut or
     * overwritten) parse or fail with a located message, never with another exception.
     */
    @ParameterizedTest
    @FieldSource("org.briefbot.core.Fixtures#TEST_BRIEFS")
    void damagedBriefsParseOrFailWithALocatedMessage(String resource) {
      Random random = new Random(resource.hashCode());
      Pattern located = Pattern.compile(Pattern.quote(resource) + ":[1-9]\\d*: \\S.*");
      byte[] original = Fixtures.bytes(resource);
      for (int round = 0; round < 300; round++) {
        byte[] damaged = damage(original, random);
        try {
          BriefParser.parse(resource, damaged);
        } catch (BriefFormatException e) {
          assertThat(e.getMessage()).matches(located);
        } catch (RuntimeException | StackOverflowError e) {
          fail(
              "round "
                  + round
                  + " threw "
                  + e
                  + " for:\n"
                  + new String(damaged, StandardCharsets.UTF_8),
              e);
        }
      }
    }

    @Test
    void longLinesOfMarkupDoNotOverflowTheStack() {
      String dashes = "- ".repeat(200_000);
      String capitals = "Aa ".repeat(300_000);

      assertThat(BriefParser.parse("x.md", "## A\n\nText.\n\n" + dashes + "\n").sections())
          .hasSize(1);
      assertThat(
              BriefParser.parse(
                      "x.txt",
                      "ABC POLICY BRIEF • 1/2024\nIntroduction\nText.\n__________\n" + capitals)
                  .footer())
          .hasSize(1);
    }
  }

  @Test
  void recognisesBriefFilesByExtension() {
    assertThat(BriefParser.isBriefFile(Path.of("briefs", "a.txt"))).isTrue();
    assertThat(BriefParser.isBriefFile(Path.of("a.md"))).isTrue();
    assertThat(BriefParser.isBriefFile(Path.of("A.MARKDOWN"))).isTrue();
    assertThat(BriefParser.isBriefFile(Path.of(".draft.txt"))).isFalse();
    assertThat(BriefParser.isBriefFile(Path.of("a.pdf"))).isFalse();
    assertThat(BriefParser.isBriefFile(Path.of("a.txt.bak"))).isFalse();
    assertThat(BriefParser.isBriefFile(Path.of("/"))).isFalse();
  }

  @Test
  void aFoldersOwnDocumentationIsNotABrief() {
    assertThat(BriefParser.isBriefFile(Path.of("briefs", "README.md"))).isFalse();
    assertThat(BriefParser.isBriefFile(Path.of("LICENSE.txt"))).isFalse();
    assertThat(BriefParser.isBriefFile(Path.of("changelog.md"))).isFalse();
    assertThat(BriefParser.isBriefFile(Path.of("readme-notes-on-nato.md"))).isTrue();
  }

  @Test
  void readsFileFromDisk(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("brief.md");
    Files.write(file, Fixtures.bytes("briefs/markdown/baltic-cables.md"));

    Brief brief = BriefParser.read(file);

    assertThat(brief.id()).isEqualTo("bsri-2024-4");
    assertThat(brief.metadata().sourceFile()).isEqualTo(file.toString());
  }

  private static void assertRejected(String resource, String message) {
    assertRejected(resource, Fixtures.bytes(resource), message);
  }

  private static void assertRejected(String file, byte[] content, String message) {
    assertThatThrownBy(() -> BriefParser.parse(file, content))
        .isInstanceOf(BriefFormatException.class)
        .hasMessage(message);
  }

  private static byte[] damage(byte[] original, Random random) {
    List<String> lines =
        new ArrayList<>(List.of(new String(original, StandardCharsets.UTF_8).split("\n", -1)));
    int line = random.nextInt(lines.size());
    switch (random.nextInt(6)) {
      case 0 -> lines.remove(line);
      case 1 -> lines.add(line, lines.get(random.nextInt(lines.size())));
      case 2 -> lines.set(line, "");
      case 3 -> lines.add(line, lines.remove(random.nextInt(lines.size())));
      case 4 -> {
        return Arrays.copyOf(original, random.nextInt(original.length + 1));
      }
      default -> {
        byte[] copy = original.clone();
        copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
        return copy;
      }
    }
    return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
