package org.briefbot.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.briefbot.index.Evaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Score answers on a question set (TSV: id, category, question, gold).",
        "Prints hit@1, hit@3, MRR, sentence@1 and abstention, overall and per category."})
final class EvalCommand implements Callable<Integer> {
  private final Session session;

  @Mixin LibraryOptions library = new LibraryOptions();

  @Option(names = "--details", description = "Also list every question answered wrongly.")
  boolean details;

  @Parameters(paramLabel = "FILE.tsv", description = "The question set, e.g. shared/eval/dev.tsv.")
  Path file;

  EvalCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() throws IOException {
    List<Evaluation.Case> cases;
    try {
      cases = Evaluation.read(file);
    } catch (IllegalArgumentException e) {
      throw new UserError(ExitCodes.FAILURE, e.getMessage());
    } catch (IOException e) {
      // A folder or an unreadable file: one line naming it, not an "unexpected error".
      throw new UserError(ExitCodes.FAILURE, file + ": cannot read the file (" + e.getMessage() + ")");
    }
    Evaluation.Report report = Evaluation.run(session.index(library), cases);
    session.out.println(file + ": " + cases.size() + " questions");
    session.out.println(report.overall().format());
    session.out.println("by category:");
    report.formatByCategory().forEach(session.out::println);
    if (details) {
      for (Evaluation.Outcome o : report.outcomes()) {
        boolean wrong = o.question().answerable()
            ? !o.hitAt(1) || !o.sentenceRight() || o.abstained() : !o.abstained();
        if (wrong) {
          session.out.println(String.format(Locale.ROOT, "  %s rank=%d sentence=%s abstained=%s | %s -> %s",
              o.question().id(), o.rank(), o.sentenceRight(), o.abstained(), o.question().question(),
              o.topId()));
        }
      }
    }
    return ExitCodes.OK;
  }
}
