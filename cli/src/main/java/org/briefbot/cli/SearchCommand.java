package org.briefbot.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.briefbot.index.Hit;
import org.briefbot.index.QuerySyntaxException;
import org.briefbot.index.Question;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Advanced search in Lucene's query syntax, e.g.",
      "  briefbot search 'section:conclusion AND trump*'",
      "Fields: text:, section:, about:, brief:. AND, OR, NOT, \"phrases\", wildcards*.",
      "For plain questions use ask: it never treats what you type as syntax."
    })
final class SearchCommand implements Callable<Integer> {
  private final Session session;

  @Mixin LibraryOptions library = new LibraryOptions();

  @Option(
      names = {"-n", "--limit"},
      paramLabel = "N",
      defaultValue = "5",
      description = "How many passages to show (default ${DEFAULT-VALUE}).")
  int limit;

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The query.")
  List<String> words;

  SearchCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    if (limit < 1 || limit > Question.MAX_LIMIT) {
      throw new UserError(ExitCodes.USAGE, "--limit must be between 1 and " + Question.MAX_LIMIT);
    }
    List<Hit> hits;
    try {
      hits = session.index(library).search(String.join(" ", words), limit);
    } catch (QuerySyntaxException e) {
      throw new UserError(ExitCodes.USAGE, e.getMessage());
    }
    if (hits.isEmpty()) {
      session.out.println("No passage matches.");
      return ExitCodes.OK;
    }
    TerminalFormat format = new TerminalFormat(false);
    int rank = 1;
    for (Hit hit : hits) session.out.println(format.hit(rank++, hit));
    return ExitCodes.OK;
  }
}
