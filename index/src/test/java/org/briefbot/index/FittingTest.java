package org.briefbot.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How fitting compares asked models (by the area under the ROC curve) and reports shares. */
class FittingTest {

  @Test
  void areaIsOneWhenEveryAnswerableQuestionScoresAboveEveryUnanswerableOne() {
    assertThat(Fitting.areaUnderCurve(List.of(2.0, 3.0), List.of(-1.0, 1.5))).isEqualTo(1.0);
  }

  @Test
  void areaIsZeroWhenTheScoresPointTheWrongWay() {
    assertThat(Fitting.areaUnderCurve(List.of(-1.0), List.of(0.0, 1.0))).isEqualTo(0.0);
  }

  @Test
  void areaCountsEachPairOnceAndTiesAsHalf() {
    // Pairs: (1 vs 0) win, (1 vs 1) tie, (0 vs 0) tie, (0 vs 1) loss: 2 of 4.
    assertThat(Fitting.areaUnderCurve(List.of(1.0, 0.0), List.of(0.0, 1.0))).isEqualTo(0.5);
    // (2 vs 1) win, (2 vs 3) loss, (0 vs 1) loss, (0 vs 3) loss: 1 of 4.
    assertThat(Fitting.areaUnderCurve(List.of(2.0, 0.0), List.of(1.0, 3.0))).isEqualTo(0.25);
  }

  @Test
  void withoutOneKindOfQuestionTheAreaSaysNothing() {
    assertThat(Fitting.areaUnderCurve(List.of(), List.of(1.0))).isEqualTo(0.5);
    assertThat(Fitting.areaUnderCurve(List.of(1.0), List.of())).isEqualTo(0.5);
  }

  @Test
  void sharesReadAsPeopleWriteThem() {
    assertThat(Fitting.percent(0.02)).isEqualTo("2%");
    assertThat(Fitting.percent(0.0225)).isEqualTo("2.25%");
    assertThat(Fitting.percent(0.015)).isEqualTo("1.5%");
    assertThat(Fitting.percent(0.1)).isEqualTo("10%");
  }
}
