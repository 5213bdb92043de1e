package org.briefbot.index.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Fitting on data whose answer is known: the signal is found, the noise left near zero. */
class ModelFittingTest {
  private static final List<String> FEATURES = List.of("signal", "noise");

  /** Groups of five items; the right one has a higher "signal" give or take some noise. */
  private static List<ModelFitting.Group> groups(long seed, int count) {
    Random random = new Random(seed);
    List<ModelFitting.Group> groups = new ArrayList<>();
    for (int g = 0; g < count; g++) {
      List<double[]> rows = new ArrayList<>();
      boolean[] right = new boolean[5];
      int answer = random.nextInt(5);
      for (int i = 0; i < 5; i++) {
        double signal = random.nextGaussian() + (i == answer ? 2.5 : 0);
        rows.add(new double[] {signal, random.nextGaussian() * 10});
        right[i] = i == answer;
      }
      groups.add(new ModelFitting.Group(rows, right));
    }
    return groups;
  }

  private static double topRight(LinearModel model, List<ModelFitting.Group> groups) {
    int hits = 0;
    for (ModelFitting.Group g : groups) {
      int best = 0;
      for (int i = 1; i < g.rows().size(); i++) {
        if (model.score(g.rows().get(i)) > model.score(g.rows().get(best))) best = i;
      }
      if (g.right()[best]) hits++;
    }
    return (double) hits / groups.size();
  }

  @Test
  void aRankingModelLearnsWhichFeatureTellsTheRightItemAndCarriesOverToNewGroups() {
    LinearModel model = ModelFitting.fitRanking(FEATURES, groups(1, 300), 0.001);

    assertThat(model.weights()[0]).isPositive();
    assertThat(Math.abs(model.weights()[1])).isLessThan(model.weights()[0] / 10);
    // Unseen groups: the signal alone would put the right item first about 0.85 of the time.
    assertThat(topRight(model, groups(2, 300))).isGreaterThan(0.75);
  }

  @Test
  void fittingIsDeterministic() {
    LinearModel first = ModelFitting.fitRanking(FEATURES, groups(3, 100), 0.01);
    LinearModel second = ModelFitting.fitRanking(FEATURES, groups(3, 100), 0.01);

    assertThat(second.weights()).containsExactly(first.weights());
    assertThat(second.bias()).isEqualTo(first.bias());
  }

  @Test
  void aLogisticModelGivesHigherProbabilityToTheKindItSawWithHigherValues() {
    Random random = new Random(4);
    List<ModelFitting.Labelled> examples = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      boolean answerable = i % 4 != 0; // unbalanced, as real sets are
      double value = random.nextGaussian() + (answerable ? 1.5 : -1.5);
      examples.add(
          new ModelFitting.Labelled(new double[] {value, random.nextGaussian()}, answerable));
    }
    LinearModel model = ModelFitting.fitLogistic(FEATURES, examples, 0.001);

    assertThat(model.probability(new double[] {2, 0})).isGreaterThan(0.9);
    assertThat(model.probability(new double[] {-2, 0})).isLessThan(0.1);
  }

  @Test
  void answerabilityNeedsBothKindsOfQuestion() {
    List<ModelFitting.Labelled> onlyAnswerable =
        List.of(
            new ModelFitting.Labelled(new double[] {1, 0}, true),
            new ModelFitting.Labelled(new double[] {2, 0}, true));

    assertThatThrownBy(() -> ModelFitting.fitLogistic(FEATURES, onlyAnswerable, 0.001))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unanswerable");
  }

  @Test
  void aGroupWithoutARightItemIsRefused() {
    assertThatThrownBy(
            () -> new ModelFitting.Group(List.of(new double[] {1, 2}), new boolean[] {false}))
        .hasMessageContaining("right item");
  }
}
