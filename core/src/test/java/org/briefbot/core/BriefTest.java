package org.briefbot.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The bundled brief, read through {@link Library#bundled()}, and the Brief record's rules. */
class BriefTest {
  private static final Brief BRIEF = Library.bundled().briefs().get(0);

  /** The source file's lines: line n is {@code SOURCE.get(n - 1)}. */
  private static final List<String> SOURCE = Fixtures.lines(Fixtures.BUNDLED);

  @Test
  void bundledBriefHasThreeKeyIssues() {
    assertThat(BRIEF.keyIssues()).hasSize(3);
  }

  @Test
  void bundledBriefHasFourSectionsOfFourFiveSixAndThreeParagraphs() {
    assertThat(BRIEF.sections()).extracting(s -> s.paragraphs().size()).containsExactly(4, 5, 6, 3);
    assertThat(BRIEF.sections()).extracting(Section::number).containsExactly(1, 2, 3, 4);
    assertThat(BRIEF.paragraphCount()).isEqualTo(18);
  }

  @Test
  void bundledBriefHasItsFourHeadings() {
    assertThat(BRIEF.sections())
        .extracting(Section::heading)
        .containsExactly(
            "Introduction",
            "A shared strategic environment?",
            "From talking to doing",
            "Conclusion");
  }

  @Test
  void bundledBriefMetadataComesFromHeaderAndFooter() {
    Metadata metadata = BRIEF.metadata();
    assertThat(metadata.authors()).containsExactly("Ramon Pacheco Pardo");
    assertThat(metadata.publicationDate()).contains(LocalDate.of(2024, 4, 15));
    assertThat(metadata.issn()).isEqualTo("2983-466X");
    assertThat(metadata.series()).isEqualTo("CSDS Policy Brief");
    assertThat(metadata.number()).isEqualTo("10/2024");
    assertThat(metadata.publisher()).isEqualTo("Centre for Security, Diplomacy and Strategy");
    assertThat(metadata.title()).isEmpty();
    assertThat(metadata.sourceFile()).isEqualTo("csds-2024-10-south-korea-nato.txt");
    assertThat(metadata.disclaimer()).isEqualTo(SOURCE.get(30));
  }

  @Test
  void bundledBriefIdComesFromSeriesAndNumber() {
    assertThat(BRIEF.id()).isEqualTo("csds-2024-10");
    assertThat(BRIEF.label()).isEqualTo("CSDS Policy Brief 10/2024");
  }

  @Test
  void passagesRunHeaderKeyIssuesParagraphsFooterWithStableIds() {
    List<String> expected =
        new ArrayList<>(
            List.of("csds-2024-10#meta", "csds-2024-10#k1", "csds-2024-10#k2", "csds-2024-10#k3"));
    int[] counts = {4, 5, 6, 3};
    for (int s = 1; s <= 4; s++) {
      for (int p = 1; p <= counts[s - 1]; p++) expected.add("csds-2024-10#s" + s + "p" + p);
    }
    expected.add("csds-2024-10#footer");

    List<Passage> passages = BRIEF.passages();

    assertThat(passages).extracting(Passage::id).containsExactlyElementsOf(expected);
    assertThat(passages)
        .extracting(Passage::ordinal)
        .containsExactlyElementsOf(java.util.stream.IntStream.range(0, 23).boxed().toList());
    assertThat(passages).extracting(Passage::briefId).containsOnly("csds-2024-10");
  }

  @Test
  void paragraphCitationNamesSectionNumberHeadingAndParagraph() {
    Passage passage = BRIEF.passage("csds-2024-10#s2p3").orElseThrow();

    assertThat(passage.kind()).isEqualTo(PassageKind.PARAGRAPH);
    assertThat(passage.heading()).isEqualTo("A shared strategic environment?");
    assertThat(passage.section()).isEqualTo(2);
    assertThat(passage.number()).isEqualTo(3);
    assertThat(passage.citation().passageId()).isEqualTo("csds-2024-10#s2p3");
    assertThat(passage.citation().location())
        .isEqualTo("§2 \"A shared strategic environment?\" ¶3");
    assertThat(passage.citation().reference())
        .isEqualTo(
            "Ramon Pacheco Pardo, CSDS Policy Brief 10/2024 (Centre for Security, Diplomacy and "
                + "Strategy, 15 April 2024), §2 \"A shared strategic environment?\" ¶3");
  }

  @Test
  void keyIssueHeaderAndFooterHaveTheirOwnCitations() {
    assertThat(BRIEF.passage("csds-2024-10#k2").orElseThrow().citation().location())
        .isEqualTo("Key issues, 2");
    assertThat(BRIEF.passage("csds-2024-10#meta").orElseThrow().citation().location())
        .isEqualTo("About this brief");
    assertThat(BRIEF.passage("csds-2024-10#footer").orElseThrow().citation().location())
        .isEqualTo("Footer");
    assertThat(BRIEF.passage("csds-2024-10#k2").orElseThrow().kind())
        .isEqualTo(PassageKind.KEY_ISSUE);
  }

  @Test
  void referenceNamesAuthorSeriesPublisherAndDate() {
    assertThat(BRIEF.reference())
        .isEqualTo(
            "Ramon Pacheco Pardo, CSDS Policy Brief 10/2024 "
                + "(Centre for Security, Diplomacy and Strategy, 15 April 2024)");
  }

  @Test
  void paragraphTextIsTheSourceLineVerbatim() {
    // Source lines of each section's paragraphs: 9-12, 14-18, 20-25, 27-29.
    int[][] lines = {{9, 12}, {14, 18}, {20, 25}, {27, 29}};
    for (int s = 0; s < 4; s++) {
      List<Paragraph> paragraphs = BRIEF.sections().get(s).paragraphs();
      for (int line = lines[s][0]; line <= lines[s][1]; line++) {
        assertThat(paragraphs.get(line - lines[s][0]).text()).isEqualTo(SOURCE.get(line - 1));
      }
    }
  }

  @Test
  void keyIssueTextIsTheBulletWithoutItsMark() {
    assertThat(BRIEF.keyIssues())
        .containsExactly(
            SOURCE.get(4).substring(2), SOURCE.get(5).substring(2), SOURCE.get(6).substring(2));
  }

  @Test
  void headerAndFooterPassagesAreTheirLinesJoinedByNewlines() {
    assertThat(BRIEF.passage("csds-2024-10#meta").orElseThrow().text())
        .isEqualTo("CSDS POLICY BRIEF • 10/2024\nBy Ramon Pacheco Pardo\n15.4.2024");
    assertThat(BRIEF.passage("csds-2024-10#footer").orElseThrow().text())
        .isEqualTo(SOURCE.get(30) + "\nISSN (online): 2983-466X");
  }

  @Test
  void curlyQuotesApostrophesAndDashesAreKept() {
    assertThat(BRIEF.passage("csds-2024-10#k2").orElseThrow().text())
        .contains("In an era of “polycrisis”, cooperation");
    assertThat(BRIEF.passage("csds-2024-10#s2p3").orElseThrow().text())
        .contains("liberal international order that they cherish – as well as")
        .contains("North Korea’s suspected supply");
  }

  @Test
  void unknownPassageIdIsEmpty() {
    assertThat(BRIEF.passage("csds-2024-10#s9p9")).isEmpty();
    assertThat(BRIEF.passage("other#k1")).isEmpty();
  }

  @Test
  void briefWithoutHeaderOrFooterHasNoSuchPassages() {
    Brief brief =
        new Brief("notes", metadata(), List.of(), List.of(), List.of(section(1)), List.of());

    assertThat(brief.passages()).extracting(Passage::id).containsExactly("notes#s1p1");
    assertThat(brief.label()).isEqualTo("notes");
    assertThat(brief.reference()).isEqualTo("notes");
  }

  @Test
  void rejectsIdThatIsNotASlug() {
    assertThatThrownBy(
            () ->
                new Brief(
                    "CSDS 10", metadata(), List.of(), List.of(), List.of(section(1)), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("id must be a lower-case slug like csds-2024-10, was \"CSDS 10\"");
  }

  @Test
  void rejectsNullMetadata() {
    assertThatThrownBy(
            () -> new Brief("x", null, List.of(), List.of(), List.of(section(1)), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("metadata must not be null");
  }

  @Test
  void rejectsBriefWithoutSections() {
    assertThatThrownBy(() -> new Brief("x", metadata(), List.of(), List.of(), List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a brief needs at least one section");
  }

  @Test
  void rejectsSectionsOutOfOrder() {
    assertThatThrownBy(
            () ->
                new Brief(
                    "x",
                    metadata(),
                    List.of(),
                    List.of(),
                    List.of(section(1), section(3)),
                    List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("section numbers must run 1..2, found 3 at position 2");
  }

  @Test
  void rejectsNullOrBlankLines() {
    assertThatThrownBy(
            () -> new Brief("x", metadata(), null, List.of(), List.of(section(1)), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("header must not be null");
    assertThatThrownBy(
            () ->
                new Brief("x", metadata(), List.of(), List.of(" "), List.of(section(1)), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("keyIssues must not hold blank lines, was [ ]");
    assertThatThrownBy(
            () -> new Brief("x", metadata(), List.of(), List.of(), List.of(section(1)), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("footer must not be null");
    assertThatThrownBy(() -> new Brief("x", metadata(), List.of(), List.of(), null, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sections must not be null or hold null");
  }

  @Test
  void listsAreCopiedAndUnmodifiable() {
    List<String> header = new ArrayList<>(List.of("By A. Writer"));
    Brief brief = new Brief("x", metadata(), header, List.of(), List.of(section(1)), List.of());
    header.add("changed");

    assertThat(brief.header()).containsExactly("By A. Writer");
    assertThatThrownBy(() -> brief.header().add("more"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  private static Metadata metadata() {
    return new Metadata("", "", "", List.of(), Optional.empty(), "", "", "", "notes.txt");
  }

  private static Section section(int number) {
    return new Section(number, "Heading " + number, List.of(new Paragraph(1, "Text.")));
  }
}
