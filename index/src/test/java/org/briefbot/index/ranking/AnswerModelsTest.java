package org.briefbot.index.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The fitted models' file: what `briefbot fit` writes, answering reads back unchanged. */
class AnswerModelsTest {
  @Test
  void theBundledModelsLoadAndHaveOneWeightPerFeature() {
    AnswerModels models = AnswerModels.bundled();

    assertThat(models.passage(true).features()).isEqualTo(Features.names(Features.Passage.class));
    assertThat(models.sentence(false).features())
        .isEqualTo(Features.names(Features.Sentence.class));
    assertThat(models.answerable(true).features())
        .isEqualTo(Features.names(Features.Question.class));
    assertThat(models.threshold(true)).isBetween(0.0, 1.0);
  }

  @Test
  void writtenModelsReadBackToTheSameWeights() {
    List<String> names = Features.names(Features.Passage.class);
    double[] weights = new double[names.size()];
    for (int i = 0; i < weights.length; i++) weights[i] = (i - 3) * 0.125;
    AnswerModels models =
        AnswerModels.bundled()
            .with("passage.meaning", new LinearModel(names, 0.5, weights))
            .withAnswerability(
                false,
                AnswerModels.bundled().answerable(false),
                new AnswerModels.Bars(0.3125, 0.75, 0.5));

    AnswerModels read = AnswerModels.parse("models.tsv", models.write(List.of("a header")));

    assertThat(read.passage(true).weights()).containsExactly(weights);
    assertThat(read.passage(true).bias()).isEqualTo(0.5);
    assertThat(read.bars(false)).isEqualTo(new AnswerModels.Bars(0.3125, 0.75, 0.5));
    assertThat(read.passage(false).weights())
        .containsExactly(AnswerModels.bundled().passage(false).weights());
  }

  @Test
  void theModelsOfWordingReadTheirVectorsAndReadBackFromTheFile() {
    LinearModel asked =
        new LinearModel(AnswerModels.vectorFeatures(3), 0.25, new double[] {1, -2, 0.5});
    LinearModel leftOut =
        new LinearModel(AnswerModels.vectorFeatures(3), -1, new double[] {0.5, 0, 2});
    LinearModel matched =
        new LinearModel(AnswerModels.vectorFeatures(3), 2, new double[] {0, 3, -1});
    AnswerModels models = AnswerModels.bundled().withWording(asked, leftOut, matched);

    assertThat(models.asked(new float[] {1, 1, 2})).isEqualTo(0.25 + 1 - 2 + 1);
    assertThat(models.leftOut(new float[] {2, 5, 1})).isEqualTo(-1 + 1 + 0 + 2);
    assertThat(models.matched(new float[] {4, 1, 1})).isEqualTo(2 + 0 + 3 - 1);
    AnswerModels read = AnswerModels.parse("models.tsv", models.write(List.of()));
    assertThat(read.askedByMeaning()).usingRecursiveComparison().isEqualTo(asked);
    assertThat(read.leftOutByMeaning()).usingRecursiveComparison().isEqualTo(leftOut);
    assertThat(read.matchedByMeaning()).usingRecursiveComparison().isEqualTo(matched);
    assertThat(read.matched(new float[] {4, 1, 1})).isEqualTo(4);
    assertThat(read.asked(new float[] {1, 1, 2})).isEqualTo(models.asked(new float[] {1, 1, 2}));
    assertThat(read.leftOut(new float[] {2, 5, 1}))
        .isEqualTo(models.leftOut(new float[] {2, 5, 1}));
  }

  @Test
  void theAboutModelGivesAChanceAndReadsBackFromTheFile() {
    LinearModel about = new LinearModel(AnswerModels.vectorFeatures(2), -1, new double[] {2, -0.5});
    AnswerModels models = AnswerModels.bundled().withAbout(about);

    // Log-odds -1 + 2 * 1 - 0.5 * 2 = 0: even chances.
    assertThat(models.aboutChance(new float[] {1, 2})).isCloseTo(0.5, within(1e-12));
    assertThat(models.aboutChance(new float[] {3, 0}))
        .isCloseTo(1 / (1 + Math.exp(-5)), within(1e-12));
    AnswerModels read = AnswerModels.parse("models.tsv", models.write(List.of()));
    assertThat(read.aboutByMeaning()).usingRecursiveComparison().isEqualTo(about);
    // No embedding, or one of another model's length: no chance at all, not even odds.
    assertThat(read.aboutChance(null)).isZero();
    assertThat(read.aboutChance(new float[] {1, 2, 3})).isZero();
    assertThat(
            AnswerModels.parse("older.tsv", "passage.words\tbm25\t1\n")
                .aboutChance(new float[] {1, 2}))
        .isZero();
  }

  @Test
  void withoutAVectorOfTheFittedLengthTheAskedModelHasNoOpinion() {
    AnswerModels models =
        AnswerModels.bundled()
            .withWording(
                new LinearModel(AnswerModels.vectorFeatures(2), 3, new double[] {1, 1}),
                null,
                null);

    assertThat(models.asked(null)).isZero();
    assertThat(models.asked(new float[] {1, 1, 1})).isZero();
    assertThat(models.asked(new float[] {1, 1})).isEqualTo(5);
  }

  @Test
  void aModelFileWithoutTheAskedModelLeavesTheQuestionsWordingOut() {
    AnswerModels read = AnswerModels.parse("older.tsv", "passage.words\tbm25\t1\n");

    assertThat(read.askedByMeaning().features()).isEmpty();
    assertThat(read.asked(new float[] {1, 2, 3})).isZero();
    assertThat(read.leftOutByMeaning().features()).isEmpty();
    assertThat(read.leftOut(new float[] {1, 2, 3})).isZero();
    assertThat(read.matchedByMeaning().features()).isEmpty();
    assertThat(read.matched(new float[] {1, 2, 3})).isZero();
  }

  @Test
  void anAskedModelWithAComponentMissingIsRefused() {
    assertThatThrownBy(
            () -> AnswerModels.parse("m.tsv", "asked.meaning\tv0\t1\nasked.meaning\tv2\t1\n"))
        .hasMessageContaining("v1 is missing");
    assertThatThrownBy(() -> AnswerModels.parse("m.tsv", "left_out.meaning\tv1\t1\n"))
        .hasMessageContaining("v0 is missing");
    assertThatThrownBy(() -> AnswerModels.parse("m.tsv", "matched.meaning\tv1\t1\n"))
        .hasMessageContaining("v0 is missing");
  }

  @Test
  void aModelFileWithoutACautionBarCautionsNothing() {
    String older =
        AnswerModels.bundled()
            .write(List.of())
            .lines()
            .filter(line -> !line.contains("\tcaution\t"))
            .map(line -> line + "\n")
            .reduce("", String::concat);

    AnswerModels read = AnswerModels.parse("older.tsv", older);

    assertThat(read.caution(false)).isEqualTo(read.threshold(false));
    assertThat(read.caution(true)).isEqualTo(read.threshold(true));
  }

  @Test
  void aCautionBarBelowTheThresholdIsRaisedToIt() {
    assertThat(new AnswerModels.Bars(0.4, 1, 0.1).caution()).isEqualTo(0.4);
  }

  @Test
  void aBrokenLineIsReportedWithItsFileAndLine() {
    assertThatThrownBy(() -> AnswerModels.parse("m.tsv", "# c\npassage.words\tbm25\tmany\n"))
        .hasMessage("m.tsv:2: \"many\" is not a number");
    assertThatThrownBy(() -> AnswerModels.parse("m.tsv", "ranking\tbm25\t1\n"))
        .hasMessageStartingWith("m.tsv:1: unknown model \"ranking\"");
    assertThatThrownBy(() -> AnswerModels.parse("m.tsv", "passage.words\tcolour\t1\n"))
        .hasMessageContaining("unknown feature \"colour\"");
  }
}
