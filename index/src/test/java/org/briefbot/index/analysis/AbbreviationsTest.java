package org.briefbot.index.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.briefbot.core.BriefParser;
import org.briefbot.core.Library;
import org.briefbot.index.Answer;
import org.briefbot.index.BriefIndex;
import org.junit.jupiter.api.Test;

/** Short forms read off the briefs themselves, defined in brackets or only spelled out. */
class AbbreviationsTest {
  private final TextAnalysis analysis = new TextAnalysis(new BriefAnalyzer());

  @Test
  void aBracketedShortFormIsDefinedByTheWordsBeforeIt() {
    List<Abbreviations.Definition> found =
        Abbreviations.in(
            "Both signed the Individually Tailored Partnership Programme (ITPP) in July. Later the "
                + "ITPP (as it is known) grew, and the World Health Organization (WHO) spoke.");

    assertThat(found)
        .containsExactly(
            new Abbreviations.Definition("ITPP", "Individually Tailored Partnership Programme"),
            new Abbreviations.Definition("WHO", "World Health Organization"));
  }

  @Test
  void bracketsThatDefineNothingAreIgnored() {
    assertThat(Abbreviations.in("Prices rose (sharply) in 2024 (see above) and (EU) twice."))
        .isEmpty();
  }

  @Test
  void spelledOutNamesGiveTheirInitialsWithAndWithoutTheSmallWords() {
    List<Abbreviations.Definition> found =
        Abbreviations.initialisms(
            "Seoul joined the Cooperative Cyber Defence Centre of Excellence and the Nuclear "
                + "Consultative Group met.");

    assertThat(found)
        .extracting(Abbreviations.Definition::shortForm)
        .contains("CCDCE", "CCDCOE", "NCG");
    assertThat(found)
        .filteredOn(d -> d.shortForm().equals("NCG"))
        .extracting(Abbreviations.Definition::longForm)
        .containsExactly("Nuclear Consultative Group");
  }

  @Test
  void initialsThatSpellAnEnglishWordOrAreTooShortAreNotTaken() {
    // "Centre for Applied Technology" would be CAT; "South Korea" SK.
    assertThat(Abbreviations.initialisms("The Centre for Applied Technology in South Korea."))
        .extracting(Abbreviations.Definition::shortForm)
        .doesNotContain("CAT", "CFAT", "SK");
  }

  @Test
  void groupsAreAnalyzedLikeTheQuestionsTheyMatch() {
    List<List<List<String>>> groups =
        Abbreviations.groups(List.of("the Nuclear Consultative Group"), analysis);

    assertThat(groups)
        .contains(List.of(analysis.terms("NCG"), analysis.terms("Nuclear Consultative Group")));
  }

  @Test
  void aQuestionUsingOnlyTheShortFormFindsTheSpelledOutName() throws Exception {
    String brief =
        "# Harbour ties\n\n## Meetings\n\n"
            + "The Joint Harbour Security Board met in Gdansk in March 2025 to share sonar data.\n\n"
            + "Fishing quotas were cut by a fifth after the storms of the winter.\n";
    try (BriefIndex index =
        BriefIndex.build(Library.of(List.of(BriefParser.parse("ports.md", brief))))) {
      Answer answer = index.ask("when did the JHSB meet?");

      assertThat(answer.abstained()).isFalse();
      assertThat(answer.hits().get(0).passage().text()).contains("Gdansk");
    }
  }
}
