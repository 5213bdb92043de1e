package org.briefbot.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.briefbot.index.Evaluation;
import org.briefbot.index.Fitting;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "fit",
    mixinStandardHelpOptions = true,
    description = {
      "Fit the answering models (passage ranking, sentence choice, answerability) on "
          + "question sets with known answers, and print how well they carry over to briefs left "
          + "out of the fit.",
      "Each SET is a folder of briefs with their questions (x.md with x.tsv), or a question "
          + "file asked of --briefs (default: the bundled brief)."
    })
final class FitCommand implements Callable<Integer> {
  private final Session session;

  @Mixin LibraryOptions library = new LibraryOptions();

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write the fitted models here (the format of index's models.tsv).")
  Path out;

  @Option(
      names = "--features",
      paramLabel = "FILE",
      description =
          "Also write each question's answerability features as the fit saw them (a table "
              + "with a header line; the models of wording's columns come from models fitted "
              + "without the question's brief), for studying new features.")
  Path features;

  @Parameters(
      paramLabel = "SET",
      arity = "2..*",
      description = "Question sets: folders of briefs with questions, or question files.")
  List<Path> sets;

  FitCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    List<Evaluation.QuestionSet> questionSets = new ArrayList<>();
    try {
      for (Path set : sets) {
        if (Files.isDirectory(set)) {
          questionSets.addAll(Evaluation.corpus(set));
        } else {
          // Each question file is a group of its own for cross-validation: questions about the
          // same library written at another time, by another hand.
          questionSets.add(
              new Evaluation.QuestionSet(
                  set.getFileName().toString(), session.library(library), Evaluation.read(set)));
        }
      }
    } catch (IllegalArgumentException e) {
      throw new UserError(ExitCodes.FAILURE, e.getMessage());
    }
    Fitting.Report report =
        Fitting.fit(questionSets, line -> session.err.println("briefbot: " + line));
    report.lines().forEach(session.out::println);
    if (out != null) {
      List<String> header = new ArrayList<>();
      header.add("briefbot answering models: fitted by `briefbot fit`, not set by hand; rerun");
      header.add("tools/fit-models to refit. Columns: model, feature, weight.");
      header.addAll(report.lines());
      Files.writeString(out, report.models().write(header), StandardCharsets.UTF_8);
      session.out.println("wrote " + out);
    }
    if (features != null) {
      Files.write(features, report.questionFeatures(), StandardCharsets.UTF_8);
      session.out.println("wrote " + features);
    }
    return ExitCodes.OK;
  }
}
