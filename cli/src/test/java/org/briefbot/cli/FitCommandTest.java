package org.briefbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code briefbot fit}: models fitted on question sets, and figures with each set left out. */
class FitCommandTest {
  private static final String HEADER = "id\tcategory\tquestion\tgold\n";

  @TempDir Path folder;

  @Test
  void fitsOnTwoSetsReportsEachLeftOutAndWritesModelsAskCanUse() throws IOException {
    Path first =
        Files.writeString(
            folder.resolve("first.tsv"),
            HEADER
                + "a1\tdate\tWhen was the ITPP signed?\tsigned in July 2023\n"
                + "a2\tdate\tWhen did the dialogue start?\tlaunched their dialogue in 2005\n"
                + "a3\tunanswerable\tWhat is the capital of Peru?\t\n",
            StandardCharsets.UTF_8);
    Path second =
        Files.writeString(
            folder.resolve("second.tsv"),
            HEADER
                + "b1\tfact\tWhen did Seoul open its mission to NATO?\testablished its mission to NATO\n"
                + "b2\tunanswerable\tWho won the 1998 World Cup?\t\n"
                + "b3\tmeta\tWho wrote this paper?\tBy Ramon Pacheco Pardo\n",
            StandardCharsets.UTF_8);
    Path models = folder.resolve("models.tsv");

    Path features = folder.resolve("features.tsv");

    Cli.Run run =
        Cli.run(
            "fit",
            "--out",
            models.toString(),
            "--features",
            features.toString(),
            first.toString(),
            second.toString());

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out())
        .contains(
            "fitted on 6 questions in 2 sets (first.tsv, second.tsv)",
            "first.tsv left out, by words: hit@1",
            "second.tsv left out, by meaning: hit@1",
            "every set left out in turn, by meaning",
            // The asked model's penalty is chosen by how well it tells the kinds apart left out.
            "asked model, L2 0.5: AUC",
            "asked model's ",
            // So is the about model's, which tells questions about a brief itself.
            "about model, L2 0.5: AUC",
            // And the share of answerable questions the threshold may refuse, by how many it
            // refuses left out.
            "by meaning, refusing 1.5% of the fit's answerable questions: left out, abstained",
            "by words, refusing 3% of the fit's answerable questions: left out, abstained",
            "wrote " + models);
    assertThat(Files.readString(models, StandardCharsets.UTF_8))
        .startsWith("# briefbot answering models: fitted by `briefbot fit`")
        .contains("passage.meaning\tcosine\t", "answerable.words\tthreshold\t")
        // The question's own wording, read off all 384 components of its embedding, and its
        // weight in answerability.
        .contains("asked.meaning\tv0\t", "asked.meaning\tv383\t", "answerable.meaning\tasked\t")
        // And the words of the question its best passage leaves out, and their weight.
        .contains(
            "left_out.meaning\tv383\t",
            "answerable.meaning\tleft_out\t",
            "matched.meaning\tv383\t",
            "answerable.meaning\tmatched\t")
        // Whether the question asks about a brief itself, and that chance's weight in ranking.
        .contains("about.meaning\tv383\t", "passage.meaning\tabout_asked\t");
    // One row per question and kind that has candidates, each as wide as the header.
    List<String> table = Files.readAllLines(features, StandardCharsets.UTF_8);
    assertThat(table.get(0)).startsWith("model\tset\tid\tcategory\ttogether\tanswerable\t");
    assertThat(table.get(0)).contains("\tasked\t", "\tleft_out\t");
    int columns = table.get(0).split("\t").length;
    assertThat(table.subList(1, table.size()))
        .allSatisfy(row -> assertThat(row.split("\t")).hasSize(columns))
        .anySatisfy(row -> assertThat(row).startsWith("words\tfirst.tsv\ta1\tdate\tfalse\ttrue\t"))
        .anySatisfy(
            row ->
                assertThat(row)
                    .startsWith("meaning\tsecond.tsv\tb2\tunanswerable\tfalse\tfalse\t"));
  }

  /**
   * The folds are fitted side by side; each must only read what they share, so that fitting twice
   * writes the same models and figures, whichever fold happens to finish first. Four sets, more
   * than the cores a machine here has, so that folds queue and interleave.
   */
  @Test
  void fittingTheFoldsSideBySideWritesTheSameModelsEveryTime() throws IOException {
    List<String> sets = new ArrayList<>();
    String[][] questions = {
      {"When was the ITPP signed?\tsigned in July 2023", "What is the capital of Peru?\t"},
      {"When did the dialogue start?\tlaunched their dialogue in 2005", "Who won in 1998?\t"},
      {
        "When did Seoul open its mission to NATO?\testablished its mission to NATO",
        "GDP of Mars?\t"
      },
      {"Which centre in Tallinn did Korea join?\tCooperative Cyber Defence", "Who is Pope?\t"}
    };
    for (int i = 0; i < questions.length; i++) {
      String text =
          HEADER + "a\tfact\t" + questions[i][0] + "\nb\tunanswerable\t" + questions[i][1] + "\n";
      sets.add(Files.writeString(folder.resolve("set" + i + ".tsv"), text).toString());
    }
    List<String> outputs = new ArrayList<>();
    List<String> models = new ArrayList<>();
    for (int run = 0; run < 2; run++) {
      Path out = folder.resolve("models" + run + ".tsv");
      List<String> args = new ArrayList<>(List.of("fit", "--out", out.toString()));
      args.addAll(sets);
      Cli.Run fitted = Cli.run(args.toArray(String[]::new));
      assertThat(fitted.code()).as(fitted.err()).isZero();
      outputs.add(fitted.out().replace(out.toString(), "OUT"));
      models.add(Files.readString(out, StandardCharsets.UTF_8));
    }
    assertThat(outputs.get(0)).contains("set3.tsv left out, by meaning").isEqualTo(outputs.get(1));
    assertThat(models.get(0)).isEqualTo(models.get(1));
  }

  @Test
  void oneSetIsNotEnoughToSayWhatCarriesOver() throws IOException {
    Path only =
        Files.writeString(
            folder.resolve("only.tsv"),
            HEADER + "a1\tdate\tWhen was the ITPP signed?\tsigned in July 2023\n",
            StandardCharsets.UTF_8);

    Cli.Run run = Cli.run("fit", only.toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("requires at least 2 values");
  }
}
