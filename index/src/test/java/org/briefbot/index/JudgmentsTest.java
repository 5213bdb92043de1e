package org.briefbot.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.briefbot.core.Brief;
import org.briefbot.core.BriefParser;
import org.briefbot.core.Library;
import org.briefbot.core.Passage;
import org.briefbot.core.Sentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Judgments}: assessors' verdicts on answers that came from another brief. */
class JudgmentsTest {
  @TempDir Path folder;

  /** Two harbour briefs state the same kind of fact: Kelvar's question may get Dunmore's answer. */
  private final Brief kelvar =
      BriefParser.parse("kelvar.md", TestBriefs.harbour("kelvar", "Kelvar", 1));

  private final Brief dunmore =
      BriefParser.parse("dunmore.md", TestBriefs.harbour("dunmore", "Dunmore", 1));

  private final Evaluation.QuestionSet kelvarSet =
      new Evaluation.QuestionSet(
          "kelvar.md",
          Library.of(List.of(kelvar)),
          List.of(
              budget("q1"),
              budget("q2"),
              budget("q3"),
              budget("q4"),
              budget("q5"),
              new Evaluation.Case("u1", "unanswerable", "Who owns the harbour?", List.of())));

  @Test
  void answersFromAnotherBriefCountOnlyWhenJudgedToAnswer() {
    Passage ownBudget = budgetPassage(kelvar);
    Passage otherBudget = budgetPassage(dunmore);
    Judgments judgments =
        new Judgments(
            Map.of(
                "kelvar.md\tq2\t" + otherBudget.id(), "yes",
                "kelvar.md\tq3\t" + otherBudget.id(), "partly"));
    List<Evaluation.Outcome> outcomes =
        List.of(
            asked("q1", ownBudget, otherBudget),
            asked("q2", otherBudget, ownBudget),
            asked("q3", otherBudget, ownBudget),
            asked("q4", otherBudget, ownBudget),
            Evaluation.outcome(
                kelvarSet.cases().get(4), answer("What is the harbour budget?", true, otherBudget)),
            Evaluation.outcome(
                kelvarSet.cases().get(5), answer("Who owns the harbour?", true, otherBudget)));

    Judgments.Tally tally = judgments.tally(kelvarSet, outcomes);

    // q1 is right as scored; q2 judged to answer; q3 only in part; q4 never judged; q5 refused.
    assertThat(tally)
        .isEqualTo(new Judgments.Tally(5, 1, 3, 1, List.of("kelvar.md\tq4\t" + otherBudget.id())));
    assertThat(tally.judgedHitAt1()).isEqualTo(0.4);
    assertThat(tally.format())
        .isEqualTo(
            "from another brief: 3 first answers, 1 of them judged to answer the question"
                + " (hit@1 0.400 if those count as right), 1 not judged");
    assertThat(tally.plus(tally).unjudged()).hasSize(2);
    assertThat(Judgments.Tally.empty().plus(tally)).isEqualTo(tally);
  }

  @Test
  void aWrongAnswerFromTheQuestionsOwnBriefIsNotAnotherBriefs() {
    Passage ownShipping =
        kelvar.passages().stream()
            .filter(p -> p.text().contains("lighthouse"))
            .findFirst()
            .orElseThrow();
    Judgments.Tally tally =
        Judgments.none().tally(kelvarSet, List.of(asked("q1", ownShipping, budgetPassage(kelvar))));

    assertThat(tally).isEqualTo(new Judgments.Tally(1, 0, 0, 0, List.of()));
  }

  @Test
  void readsTheFolderFileSkippingCommentsAndHeader() throws IOException {
    Files.writeString(
        folder.resolve(Judgments.FILE),
        "# verdicts\nset\tquestion\tpassage\tverdict\tjudge\n"
            + "kelvar.md\tq2\tdunmore#s2p1\tyes\tassessor\n\n",
        StandardCharsets.UTF_8);

    Judgments read = Judgments.read(folder);

    assertThat(read.verdict("kelvar.md", "q2", "dunmore#s2p1")).contains("yes");
    assertThat(read.verdict("kelvar.md", "q3", "dunmore#s2p1")).isEmpty();
    assertThat(Judgments.read(folder.resolve("elsewhere")).verdicts()).isEmpty();
  }

  @Test
  void aMalformedLineFailsWithFileAndLine() throws IOException {
    Path file = folder.resolve(Judgments.FILE);
    Files.writeString(
        file, "set\tquestion\tpassage\tverdict\tjudge\nkelvar.md\tq2\tdunmore#s2p1\tmaybe\tme\n");

    assertThatThrownBy(() -> Judgments.read(folder))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(file + ":2: expected set, question, passage, verdict");
  }

  @Test
  void theCorpusDoesNotReadTheVerdictsAsQuestions() throws IOException {
    Files.writeString(folder.resolve("kelvar.md"), TestBriefs.harbour("kelvar", "Kelvar", 1));
    Files.writeString(
        folder.resolve("kelvar.tsv"),
        "id\tcategory\tquestion\tgold\nq1\tnumber\tWhat is the harbour budget?\t41 million\n");
    Files.writeString(folder.resolve(Judgments.FILE), "set\tquestion\tpassage\tverdict\tjudge\n");

    assertThat(Evaluation.corpus(folder))
        .extracting(Evaluation.QuestionSet::name)
        .containsExactly("kelvar.md");
  }

  private static Evaluation.Case budget(String id) {
    return new Evaluation.Case(
        id, "number", "What is the harbour budget?", List.of("Kelvar in edition 1 was 41"));
  }

  private Evaluation.Outcome asked(String id, Passage first, Passage second) {
    Evaluation.Case c =
        kelvarSet.cases().stream().filter(k -> k.id().equals(id)).findFirst().orElseThrow();
    return Evaluation.outcome(c, answer(c.question(), false, first, second));
  }

  private static Answer answer(String question, boolean abstained, Passage... passages) {
    List<Hit> hits =
        java.util.Arrays.stream(passages)
            .map(p -> new Hit(p, new Sentence(0, p.text().length(), p.text()), 1.0))
            .toList();
    return new Answer(question, hits, Optional.empty(), abstained, List.of());
  }

  private static Passage budgetPassage(Brief brief) {
    return brief.passages().stream()
        .filter(p -> p.text().contains("budget"))
        .findFirst()
        .orElseThrow();
  }
}
