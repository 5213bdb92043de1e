package org.briefbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code briefbot eval FILE}: the figures of a question set. */
class EvalCommandTest {
  private static final String HEADER = "id\tcategory\tquestion\tgold\n";

  @TempDir Path folder;

  private Path tsv(String content) throws IOException {
    Path file = folder.resolve("set.tsv");
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void printsHitAtOneHitAtThreeMrrSentenceAndAbstention() throws IOException {
    Path file =
        tsv(
            HEADER
                + "d1\tdate\tWhen was the ITPP signed?\tsigned in July 2023\n"
                + "d2\tmeta\tWho wrote the brief?\tRamon Pacheco Pardo\n"
                + "u1\tunanswerable\tWhat did Zorblax say about Quuxland's coffee harvest?\t\n");

    Cli.Run run = Cli.run("eval", file.toString());

    assertThat(run.code()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.outLines())
        .startsWith(
            file + ": 3 questions",
            "hit@1 1.000  hit@3 1.000  MRR 1.000  sentence@1 1.000  (2 answerable)",
            "abstention: 1 of 1 unanswerable abstained; 0 of 2 answerable wrongly abstained",
            "caution: 0 of 1 unanswerable and 0 of 2 answerable answered with a note to check the"
                + " match",
            "by category:");
    assertThat(run.out())
        .contains("  date           n=1   hit@1 1.00")
        .contains("  unanswerable   n=1 ");
  }

  @Test
  void detailsListsTheQuestionsAnsweredWrongly() throws IOException {
    Path file =
        tsv(
            HEADER
                + "d1\tdate\tWhen was the ITPP signed?\tsigned in July 2023\n"
                + "x1\tfact\tWhen was the ITPP signed?\tno passage says this\n");

    Cli.Run run = Cli.run("eval", "--details", file.toString());

    assertThat(run.out())
        .contains(
            "  x1 rank=0 sentence=false abstained=false | When was the ITPP "
                + "signed? -> csds-2024-10#s1p2")
        .doesNotContain("  d1 rank=");
  }

  @Test
  void aMalformedLineFailsWithFileAndLine() throws IOException {
    Path file =
        tsv(
            HEADER
                + "d1\tdate\tWhen was the ITPP signed?\tsigned in July 2023\n"
                + "d2\tdate\tonly three fields\n");

    Cli.Run run = Cli.run("eval", file.toString());

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "briefbot: "
                + file
                + ":3: expected 4 tab-separated fields "
                + "(id, category, question, gold), found 3\n");
  }

  @Test
  void aMissingFileFailsNamingIt() {
    Path missing = folder.resolve("missing.tsv");

    Cli.Run run = Cli.run("eval", missing.toString());

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("briefbot: " + missing + ": no such file\n");
  }

  /** A corpus folder is scored brief by brief, then with every brief loaded at once. */
  @Test
  void aCorpusFolderIsScoredEachBriefAloneAndAllTogether() throws IOException {
    Path briefs = Path.of("..", "core", "src", "test", "resources", "briefs");
    Files.copy(briefs.resolve("markdown/baltic-cables.md"), folder.resolve("cables.md"));
    Files.copy(briefs.resolve("plain/nias-2024-03-arctic-nato.txt"), folder.resolve("arctic.txt"));
    Files.writeString(
        folder.resolve("cables.tsv"),
        "id\tcategory\tquestion\tgold\n" + "q1\tfact\tWhat is the capital of Peru?\t\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        folder.resolve("arctic.tsv"),
        "id\tcategory\tquestion\tgold\n" + "q1\tfact\tWho wrote this brief?\tIngrid Solberg\n",
        StandardCharsets.UTF_8);

    Cli.Run run = Cli.run("eval", folder.toString());

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out())
        .contains(
            "arctic.txt: 1 questions, alone",
            "cables.md: 1 questions, alone",
            "every brief alone: 2 questions",
            "all 2 briefs at once: 2 questions",
            "abstention: 1 of 1 unanswerable abstained",
            "arctic.txt: 1 questions, at once",
            "cables.md: 1 questions, at once",
            "from another brief: 0 first answers, 0 of them judged to answer the question"
                + " (hit@1 1.000 if those count as right), 0 not judged");
  }

  /** Assessors' verdicts sit beside the question sets; a malformed one is named, line and all. */
  @Test
  void aMalformedJudgmentsFileFailsNamingItsLine() throws IOException {
    Path briefs = Path.of("..", "core", "src", "test", "resources", "briefs");
    Files.copy(briefs.resolve("plain/nias-2024-03-arctic-nato.txt"), folder.resolve("arctic.txt"));
    Files.writeString(
        folder.resolve("arctic.tsv"),
        "id\tcategory\tquestion\tgold\n" + "q1\tfact\tWho wrote this brief?\tIngrid Solberg\n",
        StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("judgments.tsv"), "arctic.txt\tq1\tyes\n");

    Cli.Run run = Cli.run("eval", folder.toString());

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err())
        .startsWith("briefbot: " + folder.resolve("judgments.tsv") + ":1: expected set, question")
        .doesNotContain("Exception");
  }

  /** A folder is a corpus: briefs with their question files beside them. */
  @Test
  void aFolderWithoutQuestionsFailsNamingWhatIsMissing() throws IOException {
    Files.writeString(folder.resolve("notes.tsv"), "id\tcategory\tquestion\tgold\n");

    Cli.Run run = Cli.run("eval", folder.toString());

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo(
            "briefbot: "
                + folder.resolve("notes.tsv")
                + ": no brief file notes.md or notes.txt beside it\n");
  }

  @Test
  void aMissingFileArgumentIsAUsageError() {
    Cli.Run run = Cli.run("eval");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("Missing required parameter: 'FILE.tsv|DIR'");
  }
}
