package org.briefbot.index.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.briefbot.core.Library;
import org.briefbot.index.analysis.BriefAnalyzer;
import org.briefbot.index.analysis.SynonymTable;
import org.briefbot.index.analysis.TextAnalysis;
import org.briefbot.index.store.IndexView;
import org.briefbot.index.store.TestViews;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A chat question becomes weighted concepts, phrases and exclusions, checked against the library.
 */
class QuestionPlannerTest {
  private static final TextAnalysis ANALYSIS = new TextAnalysis(new BriefAnalyzer());
  private static IndexView view;
  private static QuestionPlanner planner;

  @BeforeAll
  static void indexTheBundledBrief() {
    view = TestViews.of(Library.bundled());
    planner = new QuestionPlanner(ANALYSIS, SynonymTable.defaults(ANALYSIS));
  }

  @AfterAll
  static void close() {
    view.release();
  }

  private static QuestionPlan plan(String question) {
    return planner.plan(question, view.vocabulary());
  }

  private static List<String> surfaces(QuestionPlan plan) {
    return plan.concepts().stream().map(Concept::surface).toList();
  }

  private static Concept concept(QuestionPlan plan, String surface) {
    return plan.concepts().stream()
        .filter(c -> c.surface().equals(surface))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no concept " + surface + " in " + surfaces(plan)));
  }

  private static List<List<String>> forms(Concept concept) {
    return concept.alternatives().stream().map(Concept.Alternative::terms).toList();
  }

  @Test
  void questionWordsAndChatFillerAreNotConcepts() {
    QuestionPlan plan = plan("<@U123> hey bot, can you tell me when exactly was the ITPP signed?");

    assertThat(plan.cleaned()).isEqualTo("when exactly was the ITPP signed?");
    assertThat(surfaces(plan)).containsExactly("ITPP", "signed");
  }

  @Test
  void aQuestionOfQuestionWordsAloneHasNothingToSearch() {
    assertThat(plan("what is it, please?").isEmpty()).isTrue();
    assertThat(plan("").isEmpty()).isTrue();
  }

  @Test
  void aMultiWordNameBecomesOneConceptWithItsOtherNames() {
    Concept korea =
        concept(plan("When did the Republic of Korea open a mission?"), "Republic of Korea");

    assertThat(korea.ownTerms()).isEqualTo(ANALYSIS.terms("Republic of Korea"));
    assertThat(forms(korea)).contains(ANALYSIS.terms("South Korea"), ANALYSIS.terms("ROK"));
    assertThat(korea.salient()).isTrue();
  }

  @Test
  void anAbbreviationFindsTheNameItStandsFor() {
    Concept dprk = concept(plan("DPRK munitions to Russia"), "DPRK");

    assertThat(forms(dprk)).contains(ANALYSIS.terms("North Korea"), ANALYSIS.terms("North Korean"));
  }

  @Test
  void otherNamesCountForLessThanTheUsersOwnWords() {
    Concept dprk = concept(plan("DPRK munitions"), "DPRK");

    assertThat(dprk.alternatives().get(0).source()).isEqualTo(Concept.Source.OWN);
    assertThat(dprk.alternatives().get(0).weight()).isEqualTo(1.0);
    assertThat(dprk.alternatives().subList(1, dprk.alternatives().size()))
        .allSatisfy(a -> assertThat(a.weight()).isLessThan(1.0));
  }

  @Test
  void oneActorNamedTwiceIsOneConcept() {
    assertThat(surfaces(plan("Did Seoul say South Korea wants ties?")))
        .containsExactly("Seoul", "wants", "ties");
  }

  @Test
  void aMisspelledNameIsCorrectedFromTheLibrarysVocabulary() {
    QuestionPlan plan = plan("Stoltenbreg visit");

    assertThat(plan.suggestion()).contains("Stoltenberg visit");
    Concept name = concept(plan, "Stoltenbreg");
    assertThat(name.ownTerms()).containsExactly("stoltenberg");
    assertThat(name.alternatives().get(0).source()).isEqualTo(Concept.Source.CORRECTION);
  }

  /**
   * "Addis" alone is no name the table lists, but it is one word of "Addis Ababa", which it does:
   * correcting it to a word of the library ("added") would lose the city, and Ethiopia with it.
   */
  @Test
  void aWordOfAMultiWordNameTheTableKnowsIsNotCorrected() {
    QuestionPlan plan = plan("What did Addis Ababa's envoy tell NATO?");

    assertThat(plan.suggestion()).isEmpty();
    assertThat(concept(plan, "Addis").alternatives())
        .allSatisfy(a -> assertThat(a.source()).isNotEqualTo(Concept.Source.CORRECTION));
  }

  @Test
  void theSuggestionKeepsTheRestOfTheQuestionAsTyped() {
    assertThat(plan("hey bot, when did stoltenbreg go to Seoul?").suggestion())
        .contains("when did stoltenberg go to Seoul?");
  }

  /** The library has "last", "though" and "some", each one letter away. */
  @ParameterizedTest
  @ValueSource(strings = {"Is it on the list?", "Which talks went through?", "Is it the same?"})
  void ordinaryEnglishWordsAreNeverCorrected(String question) {
    assertThat(view.vocabulary().contains("last")).isTrue();
    assertThat(view.vocabulary().contains("though")).isTrue();
    assertThat(view.vocabulary().contains("some")).isTrue();

    QuestionPlan plan = plan(question);

    assertThat(plan.suggestion()).isEmpty();
    assertThat(plan.concepts())
        .allSatisfy(
            c -> assertThat(c.alternatives().get(0).source()).isEqualTo(Concept.Source.OWN));
  }

  @Test
  void aCorrectlySpelledQuestionHasNoSuggestion() {
    assertThat(plan("When did Stoltenberg visit Seoul?").suggestion()).isEmpty();
  }

  @Test
  void quotedWordsBecomeAPhraseAndStayConcepts() {
    QuestionPlan plan = plan("what is the \"Nuclear Planning Group\"?");

    assertThat(plan.phrases()).containsExactly(ANALYSIS.terms("Nuclear Planning Group"));
    assertThat(plan.concepts()).isNotEmpty();
  }

  @Test
  void curlyAndSingleQuotesMakePhrasesToo() {
    assertThat(plan("the “nuclear sharing” experience").phrases())
        .containsExactly(ANALYSIS.terms("nuclear sharing"));
    assertThat(plan("the 'nuclear sharing' experience").phrases())
        .containsExactly(ANALYSIS.terms("nuclear sharing"));
  }

  @Test
  void anUnbalancedQuoteIsPlainText() {
    QuestionPlan plan = plan("what is the \"Nuclear Planning Group?");

    assertThat(plan.phrases()).isEmpty();
    assertThat(plan.concepts()).isNotEmpty();
  }

  @Test
  void aLeadingMinusExcludesAWord() {
    QuestionPlan plan = plan("NATO ties -Trump");

    assertThat(plan.excluded()).containsExactly("trump");
    assertThat(surfaces(plan)).doesNotContain("Trump");
  }

  @Test
  void hyphensInsideWordsAreNotExclusions() {
    assertThat(plan("South Korea-NATO ties and non-proliferation").excluded()).isEmpty();
  }

  @Test
  void namesAcronymsAndNumbersAreSalientAndOrdinaryWordsAreNot() {
    QuestionPlan plan = plan("Did Yoon visit Vilnius for the AP4 talks in 2023?");

    assertThat(concept(plan, "Yoon").salient()).isTrue();
    assertThat(concept(plan, "Vilnius").salient()).isTrue();
    assertThat(concept(plan, "AP4").salient()).isTrue();
    assertThat(concept(plan, "2023").salient()).isTrue();
    assertThat(concept(plan, "visit").salient()).isFalse();
    assertThat(concept(plan, "talks").salient()).isFalse();
  }

  @Test
  void aCapitalAtTheStartOfTheQuestionDoesNotMakeAName() {
    assertThat(concept(plan("Cooperation in cyber?"), "Cooperation").salient()).isFalse();
  }

  @Test
  void theWordsNamingAPartOfTheBriefAreNotATopic() {
    QuestionPlan plan = plan("What does the conclusion say?");

    assertThat(plan.part()).map(BriefPart.Reference::part).contains(BriefPart.CONCLUSION);
    assertThat(plan.concepts()).isEmpty();
    assertThat(plan.isEmpty()).isFalse();
  }

  @Test
  void theWordsNamingOneItemOfAPartAreNotATopicEither() {
    QuestionPlan plan = plan("What does the last recommendation say about drones?");

    assertThat(plan.part()).map(BriefPart.Reference::part).contains(BriefPart.RECOMMENDATIONS);
    assertThat(plan.part()).map(BriefPart.Reference::item).contains(BriefPart.LAST);
    assertThat(plan.concepts()).extracting(Concept::surface).containsExactly("drones");
  }

  @Test
  void thePlanKnowsWhatKindOfAnswerIsAskedFor() {
    assertThat(plan("When was the ITPP signed?").type()).isEqualTo(AnswerType.DATE);
    assertThat(plan("How much does South Korea spend on defence?").type())
        .isEqualTo(AnswerType.NUMBER);
    assertThat(plan("ITPP").type()).isEqualTo(AnswerType.ANY);
  }

  @Test
  void thePlanIsImmutable() {
    QuestionPlan plan = plan("NATO ties -Trump");

    assertThat(plan.part()).isEmpty();
    assertThatThrownBy(() -> plan.concepts().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
