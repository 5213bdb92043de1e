package org.briefbot.index.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a question asks beyond its best passage: the words the left-out model reads. */
class WordsLeftOutTest {
  private static final String PASSAGE =
      "Oman bans outdoor work from 12:30 to 15:30 in July and August, and the ministry sanctioned"
          + " 40 firms last summer.";

  @Test
  void keepsTheWordsThePassageNeverSaysInTheQuestionsOrder() {
    assertThat(
            AnswerPipeline.wordsLeftOut(
                "What is the fine for breaking Oman's summer midday work ban?", PASSAGE))
        .isEqualTo("What fine for breaking midday");
  }

  @Test
  void aWordCountsAsSaidWhenThePassageHoldsItsFirstFiveLetters() {
    // "sanctions" and "sanctioned" share "sanct"; "Oman's" is Oman, said.
    assertThat(AnswerPipeline.wordsLeftOut("Oman's sanctions over the months?", PASSAGE))
        .isEqualTo("over months?");
  }

  @Test
  void aQuestionThePassageSaysEveryWordOfLeavesNothingOut() {
    assertThat(AnswerPipeline.wordsLeftOut("Oman ban, July?", PASSAGE)).isEmpty();
  }
}
