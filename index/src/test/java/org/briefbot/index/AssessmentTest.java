package org.briefbot.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.briefbot.core.Brief;
import org.briefbot.core.BriefParser;
import org.briefbot.core.Library;
import org.briefbot.core.Passage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Assessment}: blind items for an assessor, and the verdicts read back against the key. */
class AssessmentTest {
  @TempDir Path folder;

  private final Brief kelvar =
      BriefParser.parse("kelvar.md", TestBriefs.harbour("kelvar", "Kelvar", 1));
  private final Brief dunmore =
      BriefParser.parse("dunmore.md", TestBriefs.harbour("dunmore", "Dunmore", 1));

  private final Evaluation.QuestionSet kelvarSet =
      new Evaluation.QuestionSet(
          "kelvar.md",
          Library.of(List.of(kelvar)),
          List.of(
              new Evaluation.Case(
                  "q1", "number", "What is the harbour budget?", List.of("Kelvar in edition 1")),
              new Evaluation.Case("q2", "meta", "Who wrote this paper?", List.of("Ann Lee"))));
  private final Evaluation.QuestionSet dunmoreSet =
      new Evaluation.QuestionSet("dunmore.md", Library.of(List.of(dunmore)), List.of());

  private final Passage dunmoreBudget = passage(dunmore, "budget");

  private Assessment assessment(long seed) {
    return Assessment.of(
        List.of(kelvarSet, dunmoreSet),
        List.of("kelvar.md\tq1\t" + dunmoreBudget.id(), "kelvar.md\tq2\t" + dunmoreBudget.id()),
        new Random(seed));
  }

  @Test
  void eachAnswerGoesWithTheGoldPassageAndARandomParagraphOfTheAnswersBrief() {
    Assessment assessment = assessment(1);

    assertThat(assessment.items())
        .extracting(Assessment.Item::kind)
        .containsExactlyInAnyOrder(
            Assessment.Kind.ANSWER, Assessment.Kind.GOLD, Assessment.Kind.RANDOM);
    for (Assessment.Item item : assessment.items()) {
      assertThat(item.question()).isEqualTo("What is the harbour budget?");
      switch (item.kind()) {
        case ANSWER -> assertThat(item.passage()).isEqualTo(dunmoreBudget);
        case GOLD -> assertThat(item.passage()).isEqualTo(passage(kelvar, "budget"));
        case RANDOM -> {
          assertThat(item.passage().briefId()).isEqualTo("dunmore");
          assertThat(item.passage()).isNotEqualTo(dunmoreBudget);
        }
      }
    }
    // Who wrote "this paper" is never answered by another brief's byline: judged by rule.
    assertThat(assessment.byRule())
        .containsExactly("kelvar.md\tq2\t" + dunmoreBudget.id() + "\tno\t" + Assessment.RULE);
  }

  @Test
  void theAssessorSeesQuestionsAndTextsButNeitherKindsNorIds() {
    Assessment assessment = assessment(1);

    String items = assessment.itemsFile();
    assertThat(items.lines()).hasSize(4).first().isEqualTo("item\tquestion\tpassage");
    assertThat(items)
        .contains("1\tWhat is the harbour budget?\t")
        .contains(dunmoreBudget.text())
        .doesNotContain(dunmoreBudget.id(), "answer", "gold", "random", "kelvar.md");
    assertThat(assessment.keyFile().lines())
        .contains("item\tkind\tset\tquestion\tpassage")
        .anyMatch(l -> l.endsWith("\tanswer\tkelvar.md\tq1\t" + dunmoreBudget.id()));
    // The same seed gives the same file, so a rerun can be checked against the first.
    assertThat(assessment(1).itemsFile()).isEqualTo(items);
  }

  @Test
  void verdictsAreReadAgainstTheKeyWithTheControlsCounted() {
    Assessment assessment = assessment(1);
    StringBuilder verdicts = new StringBuilder("item\tverdict\n");
    for (int i = 0; i < assessment.items().size(); i++) {
      Assessment.Kind kind = assessment.items().get(i).kind();
      verdicts.append(i + 1).append('\t').append(kind == Assessment.Kind.GOLD ? "yes" : "no");
      verdicts.append('\n');
    }

    Assessment.Verdicts read =
        Assessment.verdicts(assessment.keyFile(), verdicts.toString(), "assessor, blind");

    assertThat(read.rows())
        .containsExactly("kelvar.md\tq1\t" + dunmoreBudget.id() + "\tno\tassessor, blind");
    assertThat(read.controls())
        .isEqualTo(
            "1 answers judged (0 yes, 0 partly, 1 no); gold passages 1 of 1 yes, random"
                + " paragraphs 1 of 1 no");
  }

  @Test
  void aMissingOrUnknownVerdictIsRefused() {
    String key = assessment(1).keyFile();

    assertThatThrownBy(() -> Assessment.verdicts(key, "item\tverdict\n1\tyes\n2\tno\n", "a"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("item 3 has no verdict");
    assertThatThrownBy(() -> Assessment.verdicts(key, "1\tyes\n2\tmaybe\n3\tno\n", "a"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("yes, partly or no");
    assertThatThrownBy(() -> Assessment.verdicts(key, "1\tyes\n2\tno\n3\tno\n4\tno\n", "a"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("1 verdicts name items the key does not have");
    assertThatThrownBy(() -> Assessment.verdicts("1\tanswer\tkelvar.md\n", "1\tyes\n", "a"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("a key line has not item, kind");
  }

  @Test
  void appendedVerdictsKeepTheCommentAndTheFileSorted() throws IOException {
    Path file = folder.resolve(Judgments.FILE);
    Files.writeString(
        file,
        "# first round\nset\tquestion\tpassage\tverdict\tjudge\n"
            + "zeta.md\tq1\tdunmore#s1p1\tno\tassessor\n",
        StandardCharsets.UTF_8);

    Judgments.append(
        folder,
        List.of("alpha.md\tq9\tdunmore#s2p1\tyes\tsecond", "zeta.md\tq0\tkelvar#s1p1\tpartly\ts"),
        List.of("second round"));

    assertThat(Files.readAllLines(file))
        .containsExactly(
            "# first round",
            "# second round",
            "set\tquestion\tpassage\tverdict\tjudge",
            "alpha.md\tq9\tdunmore#s2p1\tyes\tsecond",
            "zeta.md\tq0\tkelvar#s1p1\tpartly\ts",
            "zeta.md\tq1\tdunmore#s1p1\tno\tassessor");
    assertThat(Judgments.read(folder).verdict("alpha.md", "q9", "dunmore#s2p1")).contains("yes");
  }

  @Test
  void aSecondVerdictOnOneAnswerIsRefusedAndTheFileLeftAsItWas() throws IOException {
    Judgments.append(folder, List.of("a.md\tq1\tb#s1p1\tyes\tfirst"), List.of());
    String before = Files.readString(folder.resolve(Judgments.FILE));

    assertThatThrownBy(
            () -> Judgments.append(folder, List.of("a.md\tq1\tb#s1p1\tno\tsecond"), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("already has a verdict on a.md q1 b#s1p1");
    assertThat(Files.readString(folder.resolve(Judgments.FILE))).isEqualTo(before);
    assertThatThrownBy(
            () -> Judgments.append(folder, List.of("a.md\tq2\tb#s1p1\tmaybe"), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("expected set, question, passage, verdict");
  }

  private static Passage passage(Brief brief, String word) {
    return brief.passages().stream().filter(p -> p.text().contains(word)).findFirst().orElseThrow();
  }
}
