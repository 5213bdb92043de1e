package org.briefbot.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.briefbot.core.Library;
import org.briefbot.index.BriefIndex;
import org.briefbot.index.Evaluation;
import org.briefbot.index.Hit;
import org.briefbot.index.IndexOptions;
import org.briefbot.index.Judgments;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Answer quality with semantic search on (BRIEFBOT_SEMANTIC=on, or --semantic), held to what it
 * reached minus a small margin. The question sets are the index module's (index's AnswerQualityTest
 * holds the words-only figures).
 *
 * <p>The models are fitted on these sets (tools/fit-models): regression guards, not claims.
 * Measured when these floors were set (e5-small-v2, models fitted on eval/dev and these sets): dev
 * hit@1 0.925, hit@3 1.000, sentence@1 0.825; paraphrase 0.975 / 0.988 / 0.914; holdout 0.889 /
 * 0.963 / 0.796; 4 of 15 unanswerable abstained, 0 of 135 answerable refused (and 0 of dev's 40).
 * The refit that gave nine development briefs 40 more blind questions each abstains on 4 of these
 * 15 where the models before it abstained on 6, while it abstains more on the held-out briefs (86
 * of 259 against 85) and refuses fewer there (29 of 1534 against 31): 15 questions are too few to
 * outweigh 259, so the floor below follows the refit.
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
    assertThat(scores.hitAt1()).isGreaterThanOrEqualTo(0.925 - MARGIN);
    assertThat(scores.hitAt3()).isGreaterThanOrEqualTo(1.000 - MARGIN);
    assertThat(scores.sentenceAt1()).isGreaterThanOrEqualTo(0.825 - MARGIN);
    assertThat(scores.abstainedWrongly()).isLessThanOrEqualTo(1);
  }

  @Test
  void paraphrasedQuestionsFindTheAnsweringParagraphFirst() throws IOException {
    Evaluation.Scores scores = score("paraphrase.tsv");
    assertThat(scores.hitAt1()).isGreaterThanOrEqualTo(0.975 - MARGIN);
    assertThat(scores.hitAt3()).isGreaterThanOrEqualTo(0.988 - MARGIN);
    assertThat(scores.sentenceAt1()).isGreaterThanOrEqualTo(0.914 - MARGIN);
  }

  @Test
  void holdoutQuestionsFindTheAnsweringParagraphFirst() throws IOException {
    Evaluation.Scores scores = score("holdout.tsv");
    assertThat(scores.hitAt1()).isGreaterThanOrEqualTo(0.889 - MARGIN);
    assertThat(scores.hitAt3()).isGreaterThanOrEqualTo(0.963 - MARGIN);
    assertThat(scores.sentenceAt1()).isGreaterThanOrEqualTo(0.796 - MARGIN);
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
        .isGreaterThanOrEqualTo(3);
    assertThat(paraphrase.abstainedWrongly() + holdout.abstainedWrongly())
        .as("answerable questions wrongly abstained")
        .isLessThanOrEqualTo(1);
  }

  /**
   * Briefs of other topics and shapes with questions written blind (eval/dev), each asked of its
   * brief alone and of all of them at once. The models are fitted on them too, so this guards
   * against regressions. Measured when set (eighteen briefs, six of them sharing a subject with one
   * of the others, 2582 questions): alone hit@1 0.906, sentence@1 0.813; all at once 0.856 (0.841
   * with for-each answers counted wrong) / 0.772, lower than the twelve briefs without neighbours
   * gave (0.899), because a brief loses answers to its neighbour on the same subject, as on the
   * held-out briefs. Alone, 511 of 1066 unanswerable questions abstained (the models of wording,
   * fitted on these questions, help here more than on briefs they never saw) and 317 more were
   * answered with a note to check the match, which 143 of 1516 answerable ones carried; 18 of 1516
   * were refused (the threshold refuses 2.25% of the fit's answerable questions, chosen left out).
   */
  @Test
  void briefsOfOtherTopicsAnswerAloneAndTogether() throws Exception {
    CorpusScores dev = corpus("dev");
    Evaluation.Scores alone = dev.alone();
    assertThat(alone.hitAt1()).isGreaterThanOrEqualTo(0.906 - MARGIN);
    assertThat(alone.sentenceAt1()).isGreaterThanOrEqualTo(0.813 - MARGIN);
    assertThat(dev.together().hitAt1()).isGreaterThanOrEqualTo(0.856 - MARGIN);
    assertThat(dev.together().strictHitAt1()).isGreaterThanOrEqualTo(0.841 - MARGIN);
    assertThat(dev.together().sentenceAt1()).isGreaterThanOrEqualTo(0.772 - MARGIN);
    // First answers from another brief, judged blind (eval/dev/judgments.tsv): 52 of 95 answer.
    assertJudged(dev.judged(), 0.891);
    assertThat(alone.abstainedRightly() + alone.cautionedUnanswerable())
        .as("unanswerable abstained or answered with a note")
        .isGreaterThanOrEqualTo(828 - 8);
    assertThat(alone.abstainedRightly())
        .as("unanswerable abstained")
        .isGreaterThanOrEqualTo(511 - 6);
    assertThat(alone.abstainedWrongly()).as("answerable refused").isLessThanOrEqualTo(18 + 4);
    assertThat(alone.cautionedAnswerable())
        .as("answerable cautioned")
        .isLessThanOrEqualTo(143 + 12);
  }

  /**
   * The held-out briefs (eval/heldout): never fitted on, measured with the final models for
   * README's figures, and guarded here so that later changes cannot quietly lose what carried over.
   * Measured (fifty-seven briefs and the bundled brief's blind set, 3708 questions), with the
   * models fitted on eighteen development briefs: alone hit@1 0.899, hit@3 0.980, sentence@1 0.811,
   * abstained 193 of 532, refused 60 of 3176, and 175 unanswerable and 323 answerable questions
   * answered with a note to check the match; all at once hit@1 0.870 (0.848 with for-each answers
   * counted wrong; 0.883 counting the first answers from another brief judged to answer), abstained
   * 194 of 532, refused 59 of 3176.
   */
  @Test
  void heldOutBriefsAnswerAsMeasured() throws Exception {
    CorpusScores heldOut = corpus("heldout");
    Evaluation.Scores alone = heldOut.alone();
    assertThat(alone.hitAt1()).isGreaterThanOrEqualTo(0.899 - MARGIN);
    assertThat(alone.hitAt3()).isGreaterThanOrEqualTo(0.980 - MARGIN);
    assertThat(alone.sentenceAt1()).isGreaterThanOrEqualTo(0.811 - MARGIN);
    assertThat(alone.abstainedRightly())
        .as("unanswerable abstained")
        .isGreaterThanOrEqualTo(193 - 4);
    assertThat(alone.abstainedWrongly()).as("answerable refused").isLessThanOrEqualTo(60 + 4);
    assertThat(alone.abstainedRightly() + alone.cautionedUnanswerable())
        .as("unanswerable abstained or answered with a note")
        .isGreaterThanOrEqualTo(368 - 6);
    assertThat(alone.cautionedAnswerable()).as("answerable noted").isLessThanOrEqualTo(323 + 12);
    assertThat(heldOut.together().hitAt1()).isGreaterThanOrEqualTo(0.870 - MARGIN);
    assertThat(heldOut.together().strictHitAt1()).isGreaterThanOrEqualTo(0.848 - MARGIN);
    // First answers from another brief, judged blind (eval/heldout/judgments.tsv): 40 of 130.
    assertJudged(heldOut.judged(), 0.883);
    assertThat(heldOut.together().abstainedRightly())
        .as("unanswerable abstained, every brief at once")
        .isGreaterThanOrEqualTo(194 - 4);
    assertThat(heldOut.together().abstainedWrongly())
        .as("answerable refused, every brief at once")
        .isLessThanOrEqualTo(59 + 4);
  }

  /**
   * "Who wrote the brief on X?" with every development brief loaded: the title matches X closely,
   * yet the byline is the line that answers. Asked in words of our own, not the corpus's.
   */
  @Test
  void whoWroteTheBriefOnASubjectMarksTheBylineNotTheTitle() throws Exception {
    List<org.briefbot.core.Brief> briefs = new ArrayList<>();
    for (Evaluation.QuestionSet set : Evaluation.corpus(Path.of("..", "eval", "dev"))) {
      briefs.addAll(set.library().briefs());
    }
    Map<String, String> bySubject =
        Map.of(
            "Who is the author of the brief on Europe's hydrogen imports?", "energy-hydrogen-2024",
            "Who are the authors of the brief on chip export controls?", "cess-2025-2",
            "Who wrote the brief about migration in the central Mediterranean?",
                "migration-mediterranean-2025",
            "Who wrote the paper on the Sahel juntas?", "sahel-juntas-2025");
    try (BriefIndex all = meaningIndex(Library.of(briefs))) {
      for (Map.Entry<String, String> asked : bySubject.entrySet()) {
        Hit best = all.ask(asked.getKey()).best().orElseThrow();
        assertThat(best.passage().briefId()).as(asked.getKey()).isEqualTo(asked.getValue());
        assertThat(best.sentence().text()).as(asked.getKey()).startsWith("By ");
      }
    }
  }

  /**
   * A corpus folder's questions asked of each brief alone and of every brief at once, with the
   * first answers at once that came from another brief tallied against the folder's verdicts.
   */
  private record CorpusScores(
      Evaluation.Scores alone, Evaluation.Scores together, Judgments.Tally judged) {}

  private static CorpusScores corpus(String folder) throws Exception {
    List<Evaluation.QuestionSet> sets = Evaluation.corpus(Path.of("..", "eval", folder));
    assertThat(sets).hasSizeGreaterThanOrEqualTo(4);
    List<Evaluation.Outcome> alone = new ArrayList<>();
    List<Evaluation.Outcome> together = new ArrayList<>();
    List<org.briefbot.core.Brief> briefs = new ArrayList<>();
    for (Evaluation.QuestionSet set : sets) {
      briefs.addAll(set.library().briefs());
      try (BriefIndex one = meaningIndex(set.library())) {
        alone.addAll(Evaluation.run(one, set.cases()).outcomes());
      }
    }
    Judgments judgments = Judgments.read(Path.of("..", "eval", folder));
    Judgments.Tally judged = Judgments.Tally.empty();
    try (BriefIndex all = meaningIndex(Library.of(briefs))) {
      for (Evaluation.QuestionSet set : sets) {
        List<Evaluation.Outcome> outcomes = Evaluation.run(all, set.cases()).outcomes();
        together.addAll(outcomes);
        judged = judged.plus(judgments.tally(set, outcomes));
      }
    }
    return new CorpusScores(Evaluation.scores(alone), Evaluation.scores(together), judged);
  }

  /**
   * The judged hit@1 every brief at once is at least {@code measured} less the margin, and the
   * verdicts cover almost every answer from another brief: many uncovered mean they are out of date
   * (the models or the briefs changed), and the new answers need judging.
   */
  private static void assertJudged(Judgments.Tally judged, double measured) {
    assertThat(judged.unjudged()).as("answers from another brief not judged").hasSizeLessThan(5);
    assertThat(judged.judgedHitAt1()).isGreaterThanOrEqualTo(measured - MARGIN);
  }

  /** One model for every corpus index here, remembering vectors across them (same vectors). */
  private static final RememberingEmbedderProvider MODEL = new RememberingEmbedderProvider();

  private static BriefIndex meaningIndex(Library library) throws InterruptedException {
    BriefIndex opened =
        BriefIndex.open(library, IndexOptions.defaults().withSemantic(true).withEmbedder(MODEL));
    assertThat(opened.awaitSemantic(Duration.ofMinutes(2))).isTrue();
    return opened;
  }

  private static Evaluation.Scores score(String set) throws IOException {
    return Evaluation.run(index, Evaluation.read(SETS.resolve(set))).overall();
  }
}
