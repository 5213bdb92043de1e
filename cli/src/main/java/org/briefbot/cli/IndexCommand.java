package org.briefbot.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.briefbot.index.BriefIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = {
      "Build (or check) the on-disk index for the briefs, and print its size.",
      "Needs --index DIR or BRIEFBOT_INDEX; later commands reuse it."
    })
final class IndexCommand implements Callable<Integer> {
  private final Session session;

  @Mixin LibraryOptions library = new LibraryOptions();

  IndexCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    if (session.indexFolder(library.index).isEmpty()) {
      throw new UserError(
          ExitCodes.USAGE, "say where to keep the index: --index DIR or BRIEFBOT_INDEX");
    }
    long start = System.nanoTime();
    BriefIndex index;
    // A large folder takes minutes to read and index: a person at a terminal sees it advance.
    try (TerminalProgress progress = TerminalProgress.onConsole(session.err)) {
      session.reportProgressTo(progress);
      index = session.index(library);
    }
    if (!index.onDisk()) {
      // Asking still works, from memory; this command's one job was the folder.
      throw new UserError(
          ExitCodes.FAILURE,
          "the index could not be written in "
              + session.indexFolder(library.index).get()
              + " (see the warning above)");
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    session.out.println(
        String.format(
            Locale.ROOT,
            "%d briefs, %d passages indexed in %s (%.2f s)",
            index.library().briefs().size(),
            index.passageCount(),
            session.indexFolder(library.index).get(),
            seconds));
    return ExitCodes.OK;
  }
}
