package org.briefbot.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.briefbot.index.BriefIndex;
import org.briefbot.index.Evaluation;

/**
 * Answer quality under scale: a question set about the bundled brief (shared/eval/dev.tsv's format)
 * scored over the bundled brief alone and with Europarl documents added as distractor briefs. The
 * gold answers are the bundled brief's own sentences, so a distractor that outranks the right
 * passage costs hit@1.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.briefbot.benchmarks.ScaleEvaluation
 *     ../shared/eval/dev.tsv [0,1000,17597]</pre>
 */
public final class ScaleEvaluation {
  private ScaleEvaluation() {}

  /** One row of the report. */
  public record Row(int distractors, int passages, Evaluation.Scores scores) {
    String format() {
      return String.format(
          Locale.ROOT,
          "%6d distractors %7d passages  hit@1 %.3f  hit@3 %.3f  MRR %.3f"
              + "  abstained wrongly %d of %d",
          distractors,
          passages,
          scores.hitAt1(),
          scores.hitAt3(),
          scores.mrr(),
          scores.abstainedWrongly(),
          scores.answerable());
    }
  }

  /** Scores {@code cases} once per distractor count. */
  public static List<Row> run(List<Evaluation.Case> cases, List<Integer> distractorCounts) {
    List<Row> rows = new ArrayList<>();
    for (int distractors : distractorCounts) {
      try (BriefIndex index = BriefIndex.build(Corpus.withDistractors(distractors))) {
        rows.add(
            new Row(distractors, index.passageCount(), Evaluation.run(index, cases).overall()));
      }
    }
    return rows;
  }

  public static void main(String[] args) throws IOException {
    PrintStream out = System.out;
    if (args.length < 1 || args.length > 2) {
      System.err.println(
          "usage: ScaleEvaluation QUESTIONS.tsv [COUNTS, default 0,1000,"
              + EuroparlBriefs.ALL
              + "]");
      System.exit(2);
    }
    List<Integer> counts = new ArrayList<>();
    String list = args.length == 2 ? args[1] : "0,1000," + EuroparlBriefs.ALL;
    for (String count : list.split(",")) counts.add(Integer.parseInt(count.strip()));
    List<Evaluation.Case> cases = Evaluation.read(Path.of(args[0]));
    out.println("questions: " + args[0] + " (" + cases.size() + ")");
    for (Row row : run(cases, counts)) out.println(row.format());
  }
}
