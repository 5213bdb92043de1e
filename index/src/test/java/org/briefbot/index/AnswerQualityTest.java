package org.briefbot.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.briefbot.core.Library;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Answer quality on question sets about the bundled brief, held to what the pipeline reached minus
 * a small margin, so a change that makes answers worse fails the build.
 *
 * <ul>
 *   <li>dev.tsv: the shared development set (copied from shared/eval/dev.tsv);
 *   <li>paraphrase.tsv: 90 questions written independently of the pipeline, in the ways people
 *       really ask (other names, American spelling, typos, chat noise, keywords), 9 unanswerable;
 *   <li>holdout.tsv: 60 more, worded differently again, 6 unanswerable, kept for measuring only.
 * </ul>
 *
 * The answering models are fitted on these three sets (tools/fit-models), so these are regression
 * guards, not quality claims: the figures that carry over are those with each set left out of the
 * fit, in models.tsv's header and README. Measured when these floors were set (by words, fitted
 * models): dev hit@1 0.900, hit@3 1.000; paraphrase 0.938 / 0.975; holdout 0.907 / 0.944;
 * sentence@1 0.775 / 0.864 / 0.815; 8 of 15 unanswerable abstained; 0 of 175 answerable questions
 * refused. The refit on eighteen development briefs (six of them sharing a subject with another)
 * chose the best sentence of two dev.tsv questions differently (sentence@1 0.825 before it, 0.852
 * on paraphrase) while the held-out briefs' sentence@1 by words rose (0.747 to 0.751 on 37 sets),
 * so the floor follows the refit. Held-out briefs are guarded with meaning on, in semantic's
 * SemanticAnswerQualityTest.
 */
class AnswerQualityTest {
  private static final double MARGIN = 0.03;
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
  void devSetFindsTheAnsweringParagraphFirst() throws Exception {
    Evaluation.Scores scores = score("dev.tsv");
    assertThat(scores.hitAt1()).isGreaterThanOrEqualTo(0.900 - MARGIN);
    assertThat(scores.hitAt3()).isGreaterThanOrEqualTo(1.000 - MARGIN);
    assertThat(scores.sentenceAt1()).isGreaterThanOrEqualTo(0.775 - MARGIN);
    assertThat(scores.abstainedWrongly()).isZero();
  }

  @Test
  void paraphrasedQuestionsFindTheAnsweringParagraphFirst() throws Exception {
    Evaluation.Scores scores = score("paraphrase.tsv");
    assertThat(scores.hitAt1()).isGreaterThanOrEqualTo(0.938 - MARGIN);
    assertThat(scores.hitAt3()).isGreaterThanOrEqualTo(0.975 - MARGIN);
    assertThat(scores.sentenceAt1()).isGreaterThanOrEqualTo(0.852 - MARGIN);
  }

  @Test
  void holdoutQuestionsFindTheAnsweringParagraphFirst() throws Exception {
    Evaluation.Scores scores = score("holdout.tsv");
    assertThat(scores.hitAt1()).isGreaterThanOrEqualTo(0.907 - MARGIN);
    assertThat(scores.hitAt3()).isGreaterThanOrEqualTo(0.944 - MARGIN);
    assertThat(scores.sentenceAt1()).isGreaterThanOrEqualTo(0.815 - MARGIN);
  }

  /**
   * Both kinds of error count: missing a "no answer" and, worse, refusing an answerable question.
   */
  @Test
  void abstainsOnUnanswerableQuestionsAndAlmostNeverOnAnswerableOnes() throws Exception {
    Evaluation.Scores paraphrase = score("paraphrase.tsv");
    Evaluation.Scores holdout = score("holdout.tsv");
    assertThat(paraphrase.abstainedRightly() + holdout.abstainedRightly())
        .as(
            "unanswerable questions abstained, of %d",
            paraphrase.unanswerable() + holdout.unanswerable())
        .isGreaterThanOrEqualTo(5);
    assertThat(paraphrase.abstainedWrongly() + holdout.abstainedWrongly())
        .as("answerable questions wrongly abstained")
        .isLessThanOrEqualTo(1);
  }

  private static Evaluation.Scores score(String file) throws IOException, URISyntaxException {
    Path path = Path.of(AnswerQualityTest.class.getResource("/eval/" + file).toURI());
    List<Evaluation.Case> cases = Evaluation.read(path);
    Evaluation.Report report = Evaluation.run(index, cases);
    System.out.printf(Locale.ROOT, "%s: %s%n", file, report.overall().format());
    report.formatByCategory().forEach(System.out::println);
    return report.overall();
  }
}
