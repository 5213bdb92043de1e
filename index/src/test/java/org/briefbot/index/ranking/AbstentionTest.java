package org.briefbot.index.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.List;
import org.briefbot.core.Library;
import org.briefbot.core.Passage;
import org.briefbot.core.Sentence;
import org.briefbot.index.Answer;
import org.briefbot.index.BriefIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whether the library answers a question at all: unknown names weigh most, not low scores. */
class AbstentionTest {
  private static final double RAREST = 3.0;
  private static BriefIndex index;

  @BeforeAll
  static void buildIndex() {
    index = BriefIndex.build(Library.bundled());
  }

  @AfterAll
  static void closeIndex() {
    index.close();
  }

  /** A best passage covering {@code coverage} of a question weighing {@code weight}. */
  private static Ranker.Scored best(double coverage, double weight) {
    Passage passage = Library.bundled().passage("csds-2024-10#s1p2").orElseThrow();
    Sentence sentence = new Sentence(0, 4, passage.text().substring(0, 4));
    return new Ranker.Scored(passage, 5.0, sentence, coverage, coverage, new BitSet(), weight);
  }

  @Test
  void anUnknownDesignationWeighsTwiceAnUnknownName() {
    assertThat(Abstention.abstain(List.of("Patriot"), 3, false, best(1.0, 4.0), RAREST)).isFalse();
    assertThat(Abstention.abstain(List.of("K9"), 3, false, best(1.0, 4.0), RAREST)).isTrue();
  }

  @Test
  void abstainsWhenNoPassageMatches() {
    assertThat(Abstention.abstain(List.of(), 1, false, null, RAREST)).isTrue();
  }

  @Test
  void abstainsWhenTheLibraryKnowsNoneOfTheQuestionsConcepts() {
    assertThat(Abstention.abstain(List.of(), 0, false, best(1.0, 6.0), RAREST)).isTrue();
  }

  @Test
  void answersAQuestionThatOnlyNamesAPartOfTheBrief() {
    assertThat(Abstention.abstain(List.of(), 0, true, best(0.0, 0.0), RAREST)).isFalse();
  }

  @Test
  void abstainsWhenTheBestPassageSharesOnlyIncidentalWords() {
    assertThat(Abstention.abstain(List.of(), 3, false, best(0.2, 9.0), RAREST)).isTrue();
    assertThat(Abstention.abstain(List.of(), 3, false, best(0.3, 9.0), RAREST)).isFalse();
  }

  @Test
  void anUnknownNameOutweighsAPartlyMatchedQuestion() {
    assertThat(Abstention.abstain(List.of("Macron"), 2, false, best(0.5, 6.0), RAREST)).isTrue();
  }

  @Test
  void anUnknownNameGivesWayWhenTheRestIsAnsweredInFull() {
    // 1.0 x 12 matched against 1.1 x 1 x 3 for the one unknown word.
    assertThat(Abstention.abstain(List.of("Seoulite"), 4, false, best(1.0, 12.0), RAREST)).isFalse();
    // Two unknown names need twice the evidence.
    assertThat(Abstention.abstain(List.of("Macron", "Elysee"), 2, false, best(1.0, 6.0), RAREST))
        .isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Who is the French president Macron?",
      "What does the brief say about the Falkland Islands?",
      "When did Brazil join the Quad?",
      "Did Spain send weapons to Ukraine?",
      "How many K9 howitzers did Warsaw order from Seoul?",
  })
  void aQuestionNamingWhatNoBriefMentionsAbstains(String question) {
    Answer answer = index.ask(question);

    assertThat(answer.abstained()).isTrue();
    assertThat(answer.best()).isEmpty();
    assertThat(answer.unknownTerms()).isNotEmpty();
  }

  @Test
  void unknownTermsAreReportedAsTyped() {
    assertThat(index.ask("Who is the French president Macron?").unknownTerms()).contains("Macron");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "When did South Korea establish its mission to NATO?",
      "Which summits was Yoon invited to?",
      "How much does South Korea spend on defence?",
      "What does the conclusion say?",
  })
  void anAnswerableQuestionWithKnownWordsDoesNotAbstain(String question) {
    Answer answer = index.ask(question);

    assertThat(answer.abstained()).isFalse();
    assertThat(answer.unknownTerms()).isEmpty();
    assertThat(answer.best()).isPresent();
  }

  @Test
  void anAbstainedAnswerStillListsTheNearestPassages() {
    Answer answer = index.ask("Who is the French president Macron?");

    assertThat(answer.abstained()).isTrue();
    assertThat(answer.hits()).isNotEmpty();
  }
}
