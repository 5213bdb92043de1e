package org.briefbot.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.briefbot.core.Passage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The blind corpus in {@code eval/} as the real parser reads it. Its question files are frozen, so
 * a parser change that split or merged passages could leave a gold span in no passage: that
 * question could then never be answered right, and every figure measured on it would drop without
 * anything saying why. This test says why, naming the question.
 */
class EvaluationCorpusTest {
  private static final Path EVAL = Path.of("..", "eval");

  @ParameterizedTest
  @ValueSource(strings = {"dev", "heldout"})
  void everyGoldSpanLiesWithinOnePassageOfItsBrief(String folder) throws IOException {
    List<Evaluation.QuestionSet> sets = Evaluation.corpus(EVAL.resolve(folder));
    assertThat(sets).isNotEmpty();
    List<String> unreachable = new ArrayList<>();
    for (Evaluation.QuestionSet set : sets) {
      List<Passage> passages = set.library().passages();
      for (Evaluation.Case question : set.cases()) {
        if (!question.answerable()) continue;
        if (passages.stream().noneMatch(p -> question.matches(p.text()))) {
          unreachable.add(set.name() + " " + question.id() + ": " + question.gold());
        }
      }
    }
    assertThat(unreachable).as("gold spans found in no passage").isEmpty();
  }

  /**
   * The floor for a blind set: at least 40 questions, at least 6 the brief does not answer,
   * ids unique within a brief (the details output and the freeze commits name questions by id).
   */
  @ParameterizedTest
  @ValueSource(strings = {"dev", "heldout"})
  void everyBriefHasEnoughQuestionsOfBothKindsUnderUniqueIds(String folder) throws IOException {
    for (Evaluation.QuestionSet set : Evaluation.corpus(EVAL.resolve(folder))) {
      long unanswerable = set.cases().stream().filter(c -> !c.answerable()).count();
      assertThat(set.cases()).as(set.name()).hasSizeGreaterThanOrEqualTo(40);
      assertThat(unanswerable).as(set.name() + " unanswerable").isGreaterThanOrEqualTo(6);
      Set<String> ids = new HashSet<>();
      for (Evaluation.Case question : set.cases()) {
        assertThat(ids.add(question.id())).as(set.name() + " id " + question.id()).isTrue();
      }
    }
  }
}
