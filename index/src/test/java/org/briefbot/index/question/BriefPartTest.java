package org.briefbot.index.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.briefbot.core.Brief;
import org.briefbot.core.BriefParser;
import org.briefbot.core.Library;
import org.briefbot.core.Passage;
import org.briefbot.index.TestBriefs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Parts of a brief that a question can name instead of a topic, matched by place, not wording. */
class BriefPartTest {
  private final Brief bundled = Library.bundled().briefs().get(0);

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiterString = " => ",
      quoteCharacter = '"',
      textBlock =
          """
      What does the conclusion say? => CONCLUSION
      how does the brief wrap up => CONCLUSION
      What is in the summary at the top? => SUMMARY
      the key issues please => SUMMARY
      tl;dr => SUMMARY
      what does the intro say about Seoul? => INTRODUCTION
      anything in the fine print? => FOOTER
      what's in the recommendations section => RECOMMENDATIONS
      What does the last recommendation propose? => RECOMMENDATIONS
      recommendation 3 => RECOMMENDATIONS
      what does rec 2 ask of Seoul => RECOMMENDATIONS
      the second key issue => SUMMARY
      """)
  void isNamedByGeneralWordsForThePartsOfADocument(String question, BriefPart part) {
    assertThat(BriefPart.find(question)).map(BriefPart.Reference::part).contains(part);
  }

  @ParameterizedTest(name = "{0} -> item {1}")
  @CsvSource(
      delimiterString = " => ",
      quoteCharacter = '"',
      textBlock =
          """
      What does the last recommendation propose? => -1
      the final policy recommendation => -1
      what is the first recommendation => 1
      the 2nd key issue => 2
      Recommendation no. 4 on funding => 4
      proposal #5 => 5
      what does *rec 4* want?? => 4
      the last of the recs => -1
      What does the conclusion say? => 0
      """)
  void oneItemOfAPartIsNamedByItsPlaceOrNumber(String question, int item) {
    assertThat(BriefPart.find(question)).map(BriefPart.Reference::item).contains(item);
  }

  @Test
  void recommendingIsNotNamingAPart() {
    assertThat(BriefPart.find("What do the authors recommend on sanctions?")).isEmpty();
    assertThat(BriefPart.find("Which recommendations concern Japan?")).isEmpty();
  }

  @Test
  void aQuestionAboutATopicNamesNoPart() {
    assertThat(BriefPart.find("When was the ITPP signed?")).isEmpty();
    assertThat(BriefPart.find("Does NATO include South Korea?")).isEmpty();
  }

  @Test
  void theReferenceLocatesTheWordsThatNamedThePart() {
    String question = "What does the conclusion say?";
    BriefPart.Reference reference = BriefPart.find(question).orElseThrow();

    assertThat(question.substring(reference.start(), reference.end())).isEqualTo("conclusion");
  }

  @Test
  void stripRemovesTheWordsNamingThePart() {
    assertThat(BriefPart.CONCLUSION.strip("what does the conclusion say about Trump?"))
        .isEqualTo("what does the   say about Trump?");
  }

  @Test
  void asksForOpeningNeedsAnOpeningWordAndAPartWord() {
    assertThat(BriefPart.asksForOpening("How does the conclusion open?")).isTrue();
    assertThat(BriefPart.asksForOpening("What is the first paragraph of the introduction?"))
        .isTrue();
    assertThat(BriefPart.asksForOpening("What does the conclusion say?")).isFalse();
    assertThat(BriefPart.asksForOpening("When did the dialogue start?")).isFalse();
  }

  @Test
  void eachPartContainsThePassagesInItsPlace() {
    assertThat(ids(BriefPart.SUMMARY, bundled))
        .containsExactly("csds-2024-10#k1", "csds-2024-10#k2", "csds-2024-10#k3");
    assertThat(ids(BriefPart.INTRODUCTION, bundled))
        .containsExactly(
            "csds-2024-10#s1p1", "csds-2024-10#s1p2", "csds-2024-10#s1p3", "csds-2024-10#s1p4");
    assertThat(ids(BriefPart.CONCLUSION, bundled))
        .containsExactly("csds-2024-10#s4p1", "csds-2024-10#s4p2", "csds-2024-10#s4p3");
    assertThat(ids(BriefPart.FOOTER, bundled)).containsExactly("csds-2024-10#footer");
  }

  @Test
  void theConclusionIsTheLastSectionWhateverItsHeading() {
    Brief harbour = BriefParser.parse("kelvar.md", TestBriefs.harbour("kelvar", "Kelvar", 1));

    assertThat(harbour.sections().get(1).heading()).isEqualTo("Money");
    assertThat(ids(BriefPart.CONCLUSION, harbour)).containsExactly("kelvar#s2p1");
  }

  @Test
  void aBriefWithOneSectionHasNoConclusionApartFromItsIntroduction() {
    Brief single =
        BriefParser.parse(
            "one.md",
            "---\nId: one\nTitle: One\n---\n\n## Only\n\n"
                + "A single paragraph about the harbour.\n");

    assertThat(ids(BriefPart.CONCLUSION, single)).isEmpty();
    assertThat(ids(BriefPart.INTRODUCTION, single)).containsExactly("one#s1p1");
  }

  @Test
  void theRecommendationsAreTheSectionHeadedSoElseTheLastSection() {
    Brief headed =
        BriefParser.parse(
            "rec.md",
            "---\nId: rec\nTitle: Rec\n---\n\n## Background\n\nThe harbour opened.\n\n"
                + "## Recommendations\n\nWe make three recommendations.\n\n"
                + "1. Dredge the channel.\n2. Fund the pilots.\n3. Publish the tariffs.\n\n"
                + "## Outlook\n\nTraffic will grow.\n");

    assertThat(ids(BriefPart.RECOMMENDATIONS, headed))
        .containsExactly("rec#s2p1", "rec#s2p2", "rec#s2p3", "rec#s2p4");
    assertThat(ids(BriefPart.RECOMMENDATIONS, bundled))
        .containsExactlyElementsOf(ids(BriefPart.CONCLUSION, bundled));
  }

  @Test
  void anItemIsFoundByItsPlaceInThePartAllowingForALeadInParagraph() {
    Brief headed =
        BriefParser.parse(
            "rec.md",
            "---\nId: rec\nTitle: Rec\n---\n\n## Background\n\nThe harbour opened.\n\n"
                + "## Recommendations\n\nWe make three recommendations.\n\n"
                + "1. Dredge the channel.\n2. Fund the pilots.\n3. Publish the tariffs.\n");

    assertThat(ids(BriefPart.find("the last recommendation").orElseThrow(), headed))
        .containsExactly("rec#s2p4");
    assertThat(ids(BriefPart.find("the second recommendation").orElseThrow(), headed))
        .containsExactly("rec#s2p2", "rec#s2p3");
    assertThat(ids(BriefPart.find("the first key issue").orElseThrow(), bundled))
        .containsExactly("csds-2024-10#k1");
    assertThat(ids(BriefPart.find("the last key issue").orElseThrow(), bundled))
        .containsExactly("csds-2024-10#k3");
  }

  @Test
  void aSectionIsNamedByWordsOfItsHeading() {
    Brief headed =
        BriefParser.parse(
            "rec.md",
            "---\nId: rec\nTitle: Rec\n---\n\n## Background\n\nThe harbour opened.\n\n"
                + "## Port Risks\n\nSilt.\n\nStorms.\n\n## Outlook\n\nTraffic will grow.\n");

    BriefPart.Reference outlook =
        BriefPart.find("In the outlook section, what grows?").orElseThrow();
    BriefPart.Reference risks = BriefPart.find("the section on risk please").orElseThrow();

    assertThat(outlook.part()).isEqualTo(BriefPart.HEADED);
    assertThat(ids(outlook, headed)).containsExactly("rec#s3p1");
    assertThat(ids(risks, headed)).containsExactly("rec#s2p1", "rec#s2p2");
    assertThat(outlook.strip("In the outlook section, what grows?"))
        .isEqualTo("In the outlook  , what grows?");
    assertThat(BriefPart.find("what does this section say?")).isEmpty();
  }

  @Test
  void stripRemovesTheWordsNamingAnItem() {
    assertThat(
            BriefPart.find("what does the last recommendation say about ports?")
                .orElseThrow()
                .strip("what does the last recommendation say about ports?"))
        .isEqualTo("what does the   say about ports?");
  }

  private static List<String> ids(BriefPart.Reference reference, Brief brief) {
    return brief.passages().stream()
        .filter(p -> reference.contains(p, brief))
        .map(Passage::id)
        .toList();
  }

  private static List<String> ids(BriefPart part, Brief brief) {
    return brief.passages().stream().filter(p -> part.contains(p, brief)).map(Passage::id).toList();
  }
}
