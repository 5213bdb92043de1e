package org.briefbot.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the briefs and the index are; shared by every command that reads the library. */
final class LibraryOptions {
  @Option(
      names = "--briefs",
      paramLabel = "DIR",
      description =
          "Folder of briefs (.txt, .md, .pdf, .html) to answer from. Default: "
              + "$BRIEFBOT_BRIEFS, else the bundled brief.")
  Path briefs;

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description =
          "Keep the index in this folder and reuse it across runs (rebuilt when the "
              + "briefs change). Default: $BRIEFBOT_INDEX, else a folder in your cache "
              + "($XDG_CACHE_HOME or ~/.cache, under briefbot/indexes).")
  Path index;

  @Option(
      names = "--semantic",
      negatable = true,
      description =
          "Search by meaning as well as by words (--semantic), or by words alone "
              + "(--no-semantic). Default: $BRIEFBOT_SEMANTIC (on or off), else on. Needs "
              + "briefbot-semantic, which the briefbot jar includes; the model loads in a few seconds.")
  Boolean semantic;
}
