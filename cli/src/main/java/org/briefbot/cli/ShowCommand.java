package org.briefbot.cli;

import java.util.concurrent.Callable;
import org.briefbot.core.Passage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description =
        "Print one passage in full with its citation, e.g. briefbot show csds-2024-10#s2p3")
final class ShowCommand implements Callable<Integer> {
  private final Session session;

  @Mixin LibraryOptions library = new LibraryOptions();

  @Parameters(paramLabel = "ID", description = "A passage id, as printed by ask and outline.")
  String id;

  ShowCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    Passage passage =
        session
            .library(library)
            .passage(id.strip())
            .orElseThrow(
                () ->
                    new UserError(
                        ExitCodes.FAILURE,
                        "no passage has the id \""
                            + id.strip()
                            + "\"; ids look like csds-2024-10#s2p3 (briefbot outline lists sections)"));
    session.out.println(
        TerminalFormat.wrap(passage.citation().location() + "  [" + passage.id() + "]", ""));
    for (String line : passage.text().split("\n"))
      session.out.println(TerminalFormat.wrap(line, "   "));
    session.out.println(TerminalFormat.wrap("Cite as: " + passage.citation().reference(), "   "));
    return ExitCodes.OK;
  }
}
