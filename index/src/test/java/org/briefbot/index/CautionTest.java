package org.briefbot.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.briefbot.core.Library;
import org.briefbot.index.ranking.AnswerModels;
import org.briefbot.index.ranking.AnswerPipeline;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The caution bar: an answer the answerability model is less sure of than the bar comes with a note
 * that the brief may not answer it exactly; a refusal never does.
 */
class CautionTest {
  private static BriefIndex index;

  @BeforeAll
  static void buildIndex() {
    index = BriefIndex.build(Library.bundled());
  }

  @AfterAll
  static void closeIndex() {
    index.close();
  }

  @Test
  void anAnswerBelowTheCautionBarCarriesTheNote() {
    Answer answer = decide("When was the ITPP signed?", barsWithCaution(1.0));

    assertThat(answer.abstained()).isFalse();
    assertThat(answer.cautioned()).isTrue();
    assertThat(answer.cautionNote()).hasValueSatisfying(n -> assertThat(n).contains("may not"));
  }

  @Test
  void anAnswerAtOrAboveTheCautionBarHasNoNote() {
    AnswerModels bundled = AnswerModels.bundled();
    Answer answer = decide("When was the ITPP signed?", barsWithCaution(bundled.threshold(false)));

    assertThat(answer.abstained()).isFalse();
    assertThat(answer.cautioned()).isFalse();
    assertThat(answer.cautionNote()).isEmpty();
  }

  @Test
  void aRefusalIsNeverCautioned() {
    Answer answer = decide("What is the GDP of Peru?", barsWithCaution(1.0));

    assertThat(answer.abstained()).isTrue();
    assertThat(answer.cautioned()).isFalse();
    assertThat(answer.cautionNote()).isEmpty();
  }

  @Test
  void anAnswerWithANameNoBriefMentionsCarriesThatNoteAlone() {
    Answer answer = decide("When was the ITPP with Zorblax signed?", barsWithCaution(1.0));

    assertThat(answer.abstained()).isFalse();
    assertThat(answer.unknownTermsNote()).isPresent();
    assertThat(answer.cautioned()).isFalse();
  }

  @Test
  void anAbstainedAnswerDropsItsCautionWhateverItWasGiven() {
    Answer answer = new Answer("q", List.of(), Optional.empty(), true, List.of(), 0, true);

    assertThat(answer.cautioned()).isFalse();
  }

  private static AnswerModels barsWithCaution(double caution) {
    AnswerModels bundled = AnswerModels.bundled();
    return bundled.withAnswerability(
        false,
        bundled.answerableByWords(),
        new AnswerModels.Bars(bundled.threshold(false), bundled.rest(false), caution));
  }

  private static Answer decide(String question, AnswerModels models) {
    AnswerPipeline.Trace trace = index.trace(Question.of(question), false);
    return AnswerPipeline.decide(trace, question, 3, models);
  }
}
