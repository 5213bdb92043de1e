package org.briefbot.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A question accepts any text, but only a sensible number of passages. */
class QuestionTest {
  @Test
  void ofUsesTheDefaultLimitOverTheWholeLibrary() {
    Question question = Question.of("When was the ITPP signed?");

    assertThat(question.text()).isEqualTo("When was the ITPP signed?");
    assertThat(question.limit()).isEqualTo(Question.DEFAULT_LIMIT).isEqualTo(3);
    assertThat(question.briefId()).isEmpty();
  }

  @Test
  void acceptsAnyTextIncludingEmpty() {
    assertThat(Question.of("").text()).isEmpty();
    assertThat(Question.of("AND ( \"*").text()).isEqualTo("AND ( \"*");
  }

  @Test
  void rejectsNullTextNamingTheParameter() {
    assertThatThrownBy(() -> Question.of(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("text must not be null (use \"\")");
  }

  @Test
  void rejectsALimitBelowOneNamingTheParameterAndValue() {
    assertThatThrownBy(() -> Question.of("x").withLimit(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("limit must be 1 to 50, was 0");
    assertThatThrownBy(() -> new Question("x", -3, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("limit must be 1 to 50, was -3");
  }

  @Test
  void rejectsALimitAboveTheMaximum() {
    assertThatThrownBy(() -> Question.of("x").withLimit(Question.MAX_LIMIT + 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("limit must be 1 to 50, was 51");
  }

  @Test
  void acceptsTheLimitsAtEitherEnd() {
    assertThat(Question.of("x").withLimit(1).limit()).isEqualTo(1);
    assertThat(Question.of("x").withLimit(Question.MAX_LIMIT).limit()).isEqualTo(50);
  }

  @Test
  void inBriefRestrictsToOneBriefAndKeepsTheRest() {
    Question question = Question.of("x").withLimit(7).inBrief("csds-2024-10");

    assertThat(question.briefId()).contains("csds-2024-10");
    assertThat(question.limit()).isEqualTo(7);
    assertThat(question.withLimit(2).briefId()).contains("csds-2024-10");
  }

  @Test
  void aNullBriefIdMeansTheWholeLibrary() {
    assertThat(new Question("x", 3, null).briefId()).isEmpty();
  }
}
