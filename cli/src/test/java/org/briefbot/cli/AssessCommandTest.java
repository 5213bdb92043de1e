package org.briefbot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.atIndex;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code briefbot assess}: the first answers from another brief that a corpus's verdicts do not
 * cover go to an assessor blind, and the verdicts come back into {@code judgments.tsv}.
 */
class AssessCommandTest {
  @TempDir Path corpus;
  @TempDir Path work;

  /**
   * Two harbour briefs with different counts. Kelvar's set asks about Dunmore's count, which only
   * the Dunmore brief gives, so with both loaded the first answer comes from another brief.
   */
  @BeforeEach
  void twoHarbours() throws IOException {
    write("kelvar.md", harbour("Kelvar", 11, 41));
    write("dunmore.md", harbour("Dunmore", 12, 42));
    write(
        "kelvar.tsv",
        "id\tcategory\tquestion\tgold\n"
            + "q1\tnumber\tHow many cargo ships did the lighthouse keepers of Dunmore count?"
            + "\tKelvar counted 11 cargo ships\n"
            + "q2\tnumber\tHow large is the harbour budget of Kelvar?\t41 million euros\n");
    write(
        "dunmore.tsv",
        "id\tcategory\tquestion\tgold\n"
            + "q1\tnumber\tHow large is the harbour budget of Dunmore?\t42 million euros\n");
  }

  @Test
  void itemsGoToTheAssessorAndTheVerdictsBackIntoTheCorpus() throws IOException {
    Path out = work.resolve("assessment");

    Cli.Run prepared = Cli.run("assess", "--out", out.toString(), corpus.toString());

    assertThat(prepared.code()).as(prepared.err()).isZero();
    assertThat(prepared.outLines())
        .startsWith(
            "1 first answers from another brief not judged yet: 1 for an assessor (3 items with"
                + " the controls), 0 judged by rule");
    List<String> items = Files.readAllLines(out.resolve("items.tsv"));
    assertThat(items).hasSize(4).allMatch(l -> !l.contains("#s") && !l.contains("kelvar.md"));
    List<String> key = Files.readAllLines(out.resolve("key.tsv"));
    assertThat(key).anyMatch(l -> l.matches("\\d\tanswer\tkelvar\\.md\tq1\tdunmore#s\\d+p\\d+"));
    // The assessor: the gold passage answers, the rest do not.
    StringBuilder verdicts = new StringBuilder("item\tverdict\n");
    for (String line : key.subList(1, key.size())) {
      String[] fields = line.split("\t");
      verdicts.append(fields[0]).append('\t').append(fields[1].equals("gold") ? "yes" : "no");
      verdicts.append('\n');
    }
    Files.writeString(out.resolve("verdicts.tsv"), verdicts, StandardCharsets.UTF_8);

    Cli.Run recorded =
        Cli.run("assess", "--record", out.toString(), "--judge", "assessor, blind", "" + corpus);

    assertThat(recorded.code()).as(recorded.err()).isZero();
    assertThat(recorded.out())
        .contains(
            "assessor, blind: 1 answers judged (0 yes, 0 partly, 1 no); gold passages 1 of 1"
                + " yes, random paragraphs 1 of 1 no.",
            "1 verdicts added to " + corpus.resolve("judgments.tsv"));
    assertThat(Files.readAllLines(corpus.resolve("judgments.tsv")))
        .satisfies(lines -> assertThat(lines.get(0)).startsWith("# assessor, blind: 1 answers"))
        .contains("set\tquestion\tpassage\tverdict\tjudge", atIndex(1))
        .anyMatch(l -> l.matches("kelvar\\.md\tq1\tdunmore#s\\d+p\\d+\tno\tassessor, blind"));
    assertThat(Cli.run("eval", corpus.toString()).out())
        .contains("from another brief: 1 first answers, 0 of them judged to answer the question")
        .contains(", 0 not judged");
    // Recording the same verdicts twice is refused, and nothing is left to judge.
    Cli.Run twice =
        Cli.run("assess", "--record", out.toString(), "--judge", "assessor, blind", "" + corpus);
    assertThat(twice.code()).isEqualTo(1);
    assertThat(twice.err()).contains("already has a verdict on kelvar.md q1 dunmore#");
    assertThat(Cli.run("assess", "--out", out.toString(), corpus.toString()).outLines())
        .containsExactly(
            "0 first answers from another brief not judged yet: 0 for an assessor (0 items with"
                + " the controls), 0 judged by rule");
  }

  @Test
  void recordingNeedsTheJudgeAndTheVerdicts() throws IOException {
    Path out = work.resolve("assessment");
    Cli.run("assess", "--out", out.toString(), corpus.toString());

    Cli.Run noJudge = Cli.run("assess", "--record", out.toString(), corpus.toString());
    Cli.Run noVerdicts =
        Cli.run("assess", "--record", out.toString(), "--judge", "me", corpus.toString());

    assertThat(noJudge.code()).isEqualTo(2);
    assertThat(noJudge.err())
        .isEqualTo("briefbot: --record needs --judge NAME: who judged the items\n");
    assertThat(noVerdicts.code()).isEqualTo(1);
    assertThat(noVerdicts.err())
        .isEqualTo("briefbot: " + out.resolve("verdicts.tsv") + ": no such file\n");
    assertThat(corpus.resolve("judgments.tsv")).doesNotExist();

    Files.writeString(out.resolve("verdicts.tsv"), "item\tverdict\n1\tyes\n");
    Cli.Run oneShort =
        Cli.run("assess", "--record", out.toString(), "--judge", "me", corpus.toString());
    Cli.Run tabbed =
        Cli.run("assess", "--record", out.toString(), "--judge", "me\tyou", corpus.toString());

    assertThat(oneShort.code()).isEqualTo(1);
    assertThat(oneShort.err())
        .startsWith("briefbot: " + out + ": item ")
        .endsWith(" has no verdict\n");
    assertThat(tabbed.code()).isEqualTo(2);
    assertThat(tabbed.err()).isEqualTo("briefbot: --judge must be one line without tabs\n");
    assertThat(corpus.resolve("judgments.tsv")).doesNotExist();
  }

  /** A corpus whose answers are all judged has nothing to record, and its file is left alone. */
  @Test
  void nothingToJudgeLeavesTheCorpusAsItWas() throws IOException {
    write(
        "kelvar.tsv",
        "id\tcategory\tquestion\tgold\n"
            + "q1\tnumber\tHow large is the harbour budget of Kelvar?\t41 million euros\n");
    Path out = work.resolve("assessment");

    Cli.Run prepared = Cli.run("assess", "--out", out.toString(), corpus.toString());
    Cli.Run recorded = Cli.run("assess", "--record", out.toString(), corpus.toString());

    assertThat(prepared.out()).startsWith("0 first answers from another brief not judged yet");
    assertThat(recorded.code()).as(recorded.err()).isZero();
    assertThat(recorded.out()).isEqualTo("no verdicts to record in " + out + "\n");
    assertThat(corpus.resolve("judgments.tsv")).doesNotExist();
  }

  @Test
  void oneStepMustBeNamed() {
    Cli.Run neither = Cli.run("assess", corpus.toString());

    assertThat(neither.code()).isEqualTo(2);
    assertThat(neither.err()).contains("--out", "--record");
  }

  private static String harbour(String place, int ships, int millions) {
    return "---\nId: "
        + place.toLowerCase(java.util.Locale.ROOT)
        + "\nTitle: The harbour of "
        + place
        + "\nAuthors: Ann Lee\n---\n\n## Shipping\n\nThe lighthouse keepers of "
        + place
        + " counted "
        + ships
        + " cargo ships last year.\n\nFishing boats leave "
        + place
        + " at dawn and return by noon.\n\n## Money\n\nThe harbour budget of "
        + place
        + " was "
        + millions
        + " million euros.\n";
  }

  private void write(String name, String content) throws IOException {
    Files.writeString(corpus.resolve(name), content, StandardCharsets.UTF_8);
  }
}
