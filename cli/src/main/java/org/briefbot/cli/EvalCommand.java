package org.briefbot.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.briefbot.index.BriefIndex;
import org.briefbot.index.Evaluation;
import org.briefbot.index.Judgments;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Score answers on a question set (TSV: id, category, question, gold).",
      "Prints hit@1, hit@3, MRR, sentence@1 and abstention, overall and per category.",
      "Given a folder of briefs, each with its questions in a TSV of the same name "
          + "(x.md and x.tsv), scores each brief alone and then all of them loaded at once.",
      "A judgments.tsv in the folder (assessors' verdicts on first answers that came from "
          + "another brief) adds hit@1 counting those judged to answer."
    })
final class EvalCommand implements Callable<Integer> {
  private final Session session;

  @Mixin LibraryOptions library = new LibraryOptions();

  @Option(names = "--details", description = "Also list every question answered wrongly.")
  boolean details;

  @Parameters(
      paramLabel = "FILE.tsv|DIR",
      description =
          "The question set, e.g. shared/eval/dev.tsv; or a folder of briefs with their"
              + " question sets, e.g. eval/dev.")
  Path file;

  EvalCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() throws IOException {
    if (java.nio.file.Files.isDirectory(file)) return corpus();
    List<Evaluation.Case> cases;
    try {
      cases = Evaluation.read(file);
    } catch (IllegalArgumentException e) {
      throw new UserError(ExitCodes.FAILURE, e.getMessage());
    } catch (IOException e) {
      // A folder or an unreadable file: one line naming it, not an "unexpected error".
      throw new UserError(
          ExitCodes.FAILURE, file + ": cannot read the file (" + e.getMessage() + ")");
    }
    Evaluation.Report report = Evaluation.run(session.index(library), cases);
    session.out.println(file + ": " + cases.size() + " questions");
    print(report);
    return ExitCodes.OK;
  }

  /** Each brief of the folder alone, then every brief at once. */
  private int corpus() throws IOException {
    Corpus corpus = Corpus.read(file);
    List<Evaluation.QuestionSet> sets = corpus.sets();
    boolean semantic = session.semantic(library);
    List<Evaluation.Outcome> alone = new java.util.ArrayList<>();
    List<org.briefbot.core.Brief> briefs = new java.util.ArrayList<>();
    for (Evaluation.QuestionSet set : sets) {
      briefs.addAll(set.library().briefs());
      try (BriefIndex index = session.open(set.library(), semantic)) {
        Evaluation.Report report = Evaluation.run(index, set.cases());
        alone.addAll(report.outcomes());
        session.out.println(set.name() + ": " + set.cases().size() + " questions, alone");
        session.out.println("  " + report.overall().format().replace("\n", "\n  "));
      }
    }
    session.out.println("every brief alone: " + alone.size() + " questions");
    print(Evaluation.report(alone));
    AtOnce atOnce = askAtOnce(session, sets, semantic, corpus.judgments());
    session.out.println(
        "all " + briefs.size() + " briefs at once: " + atOnce.outcomes().size() + " questions");
    // A neighbour brief may state the question's fact too; its passage cannot hold the gold, which
    // was copied from the question's own brief. Assessors' verdicts give that second figure.
    print(Evaluation.report(atOnce.outcomes()), atOnce.judged().format());
    if (details) {
      // In the verdicts file's own columns (briefbot assess prepares them for an assessor).
      atOnce.judged().unjudged().forEach(line -> session.out.println("  not judged: " + line));
    }
    // Each brief's share of the loss, after the totals: which briefs lose answers to a neighbour
    // on the same subject is what the at-once gap is made of.
    session.out.println("each brief, with every brief loaded:");
    atOnce.eachSet().forEach(session.out::println);
    return ExitCodes.OK;
  }

  /** A corpus folder's question sets and the verdicts beside them. */
  record Corpus(List<Evaluation.QuestionSet> sets, Judgments judgments) {
    /** The folder's sets and verdicts, or a one-line error naming what is wrong. */
    static Corpus read(Path folder) throws IOException {
      Corpus corpus;
      try {
        corpus = new Corpus(Evaluation.corpus(folder), Judgments.read(folder));
      } catch (IllegalArgumentException e) {
        throw new UserError(ExitCodes.FAILURE, e.getMessage());
      }
      if (corpus.sets().isEmpty()) {
        throw new UserError(
            ExitCodes.FAILURE, folder + ": no brief with a question set (x.md with x.tsv)");
      }
      return corpus;
    }
  }

  /**
   * Every set's questions asked of all the sets' briefs loaded at once.
   *
   * @param outcomes every question's outcome, set after set
   * @param judged how the first answers from another brief fared against the verdicts
   * @param eachSet each set's figures, two lines per set
   */
  record AtOnce(List<Evaluation.Outcome> outcomes, Judgments.Tally judged, List<String> eachSet) {}

  static AtOnce askAtOnce(
      Session session, List<Evaluation.QuestionSet> sets, boolean semantic, Judgments judgments) {
    List<org.briefbot.core.Brief> briefs = new java.util.ArrayList<>();
    sets.forEach(set -> briefs.addAll(set.library().briefs()));
    List<Evaluation.Outcome> together = new java.util.ArrayList<>();
    List<String> eachSet = new java.util.ArrayList<>();
    Judgments.Tally judged = Judgments.Tally.empty();
    try (BriefIndex index = session.open(org.briefbot.core.Library.of(briefs), semantic)) {
      for (Evaluation.QuestionSet set : sets) {
        Evaluation.Report report = Evaluation.run(index, set.cases());
        together.addAll(report.outcomes());
        judged = judged.plus(judgments.tally(set, report.outcomes()));
        eachSet.add(set.name() + ": " + set.cases().size() + " questions, at once");
        eachSet.add("  " + report.overall().format().replace("\n", "\n  "));
      }
    }
    return new AtOnce(together, judged, eachSet);
  }

  private void print(Evaluation.Report report) {
    print(report, null);
  }

  /** The report, with {@code remark} (when not null) after its overall figures. */
  private void print(Evaluation.Report report, String remark) {
    session.out.println(report.overall().format());
    if (remark != null) session.out.println(remark);
    session.out.println("by category:");
    report.formatByCategory().forEach(session.out::println);
    if (details) {
      for (Evaluation.Outcome o : report.outcomes()) {
        boolean wrong =
            o.question().answerable()
                ? !o.hitAt(1) || !o.sentenceRight() || o.abstained()
                : !o.abstained();
        if (wrong) {
          session.out.println(
              String.format(
                  Locale.ROOT,
                  "  %s rank=%d sentence=%s abstained=%s | %s -> %s",
                  o.question().id(),
                  o.rank(),
                  o.sentenceRight(),
                  o.abstained(),
                  o.question().question(),
                  o.topId()));
        }
      }
    }
  }
}
