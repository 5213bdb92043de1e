package org.briefbot.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.briefbot.core.Library;
import org.briefbot.index.BriefIndex;
import org.briefbot.index.Evaluation;
import org.briefbot.index.IndexOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Answer quality with semantic search on (BRIEFBOT_SEMANTIC=on, or --semantic), held to what it
 * reached minus a small margin. The question sets are the index module's (index's AnswerQualityTest
 * holds the words-only figures).
 *
 * <p>The models are fitted on these sets (tools/fit-models): regression guards, not claims.
 * Measured when these floors were set (e5-small-v2, fitted models): dev hit@1 0.950, hit@3 1.000,
 * sentence@1 0.850; paraphrase 0.975 / 0.988 / 0.889; holdout 0.926 / 0.963 / 0.833; 12 of 15
 * unanswerable abstained, 3 of 175 answerable questions refused.
 */
class SemanticAnswerQualityTest {
  private static final double MARGIN = 0.03;
  private static final Path SETS = Path.of("..", "index", "src", "test", "resources", "eval");
  private static BriefIndex index;

  @BeforeAll
  static void buildIndex() throws InterruptedException {
    index = BriefIndex.open(Library.bundled(), IndexOptions.defaults().withSemantic(true));
    assertThat(index.awaitSemantic(Duration.ofMinutes(2))).as("semantic search ready").isTrue();
  }

  @AfterAll
  static void closeIndex() {
    index.close();
  }

  @Test
  void searchesByMeaningWithTheBundledModel() {
    assertThat(index.semanticModel()).contains(E5EmbedderProvider.MODEL_ID);
  }

  @Test
  void devSetFindsTheAnsweringParagraphFirst() throws IOException {
    Evaluation.Scores scores = score("dev.tsv");
    assertThat(scores.hitAt1()).isGreaterThanOrEqualTo(0.950 - MARGIN);
    assertThat(scores.hitAt3()).isGreaterThanOrEqualTo(1.000 - MARGIN);
    assertThat(scores.sentenceAt1()).isGreaterThanOrEqualTo(0.850 - MARGIN);
    assertThat(scores.abstainedWrongly()).isZero();
  }

  @Test
  void paraphrasedQuestionsFindTheAnsweringParagraphFirst() throws IOException {
    Evaluation.Scores scores = score("paraphrase.tsv");
    assertThat(scores.hitAt1()).isGreaterThanOrEqualTo(0.975 - MARGIN);
    assertThat(scores.hitAt3()).isGreaterThanOrEqualTo(0.988 - MARGIN);
    assertThat(scores.sentenceAt1()).isGreaterThanOrEqualTo(0.889 - MARGIN);
  }

  @Test
  void holdoutQuestionsFindTheAnsweringParagraphFirst() throws IOException {
    Evaluation.Scores scores = score("holdout.tsv");
    assertThat(scores.hitAt1()).isGreaterThanOrEqualTo(0.926 - MARGIN);
    assertThat(scores.hitAt3()).isGreaterThanOrEqualTo(0.963 - MARGIN);
    assertThat(scores.sentenceAt1()).isGreaterThanOrEqualTo(0.833 - MARGIN);
  }

  /** A wrong abstention costs most: refusing what the brief answers. */
  @Test
  void abstainsOnUnanswerableQuestionsAndAlmostNeverOnAnswerableOnes() throws IOException {
    Evaluation.Scores paraphrase = score("paraphrase.tsv");
    Evaluation.Scores holdout = score("holdout.tsv");
    assertThat(paraphrase.abstainedRightly() + holdout.abstainedRightly())
        .as(
            "unanswerable questions abstained, of %d",
            paraphrase.unanswerable() + holdout.unanswerable())
        .isGreaterThanOrEqualTo(11);
    assertThat(paraphrase.abstainedWrongly() + holdout.abstainedWrongly())
        .as("answerable questions wrongly abstained")
        .isLessThanOrEqualTo(3);
  }

  private static Evaluation.Scores score(String set) throws IOException {
    return Evaluation.run(index, Evaluation.read(SETS.resolve(set))).overall();
  }
}
