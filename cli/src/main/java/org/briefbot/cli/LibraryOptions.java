package org.briefbot.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the briefs and the index are; shared by every command that reads the library. */
final class LibraryOptions {
  @Option(names = "--briefs", paramLabel = "DIR",
      description = "Folder of briefs (.txt, .md) to answer from. Default: $BRIEFBOT_BRIEFS, "
          + "else the bundled brief.")
  Path briefs;

  @Option(names = "--index", paramLabel = "DIR",
      description = "Keep the index in this folder and reuse it across runs (rebuilt when the "
          + "briefs change). Default: $BRIEFBOT_INDEX, else in memory.")
  Path index;

  @Option(names = "--no-semantic",
      description = "Answer from words alone, without searching by meaning (as "
          + "BRIEFBOT_SEMANTIC=off does). Search by meaning needs briefbot-semantic, which the "
          + "briefbot jar includes.")
  boolean noSemantic;
}
