package org.briefbot.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.briefbot.core.Library;
import org.briefbot.index.BriefIndex;
import org.briefbot.index.IndexOptions;

/**
 * What every command shares: the streams, the environment, and the library and index, opened once
 * and only when a command needs them.
 */
final class Session implements AutoCloseable {
  /** A briefs folder may carry its own synonyms in this file (see the bundled synonyms.txt). */
  static final String SYNONYMS_FILE = "synonyms.conf";

  final InputStream in;
  final PrintStream out;
  final PrintStream err;
  final Map<String, String> env;
  private Library library;
  private BriefIndex index;

  Session(InputStream in, PrintStream out, PrintStream err, Map<String, String> env) {
    this.in = in;
    this.out = out;
    this.err = err;
    this.env = env;
  }

  /** The briefs folder from --briefs or BRIEFBOT_BRIEFS; empty means the bundled brief. */
  Optional<Path> briefsFolder(Path option) {
    if (option != null) return Optional.of(option);
    String fromEnv = env.get("BRIEFBOT_BRIEFS");
    return fromEnv == null || fromEnv.isBlank() ? Optional.empty() : Optional.of(Path.of(fromEnv));
  }

  /** The index folder from --index or BRIEFBOT_INDEX; empty means in memory. */
  Optional<Path> indexFolder(Path option) {
    if (option != null) return Optional.of(option);
    String fromEnv = env.get("BRIEFBOT_INDEX");
    return fromEnv == null || fromEnv.isBlank() ? Optional.empty() : Optional.of(Path.of(fromEnv));
  }

  Library library(LibraryOptions options) {
    if (library == null) {
      library = briefsFolder(options.briefs).map(Library::load).orElseGet(Library::bundled);
    }
    return library;
  }

  BriefIndex index(LibraryOptions options) {
    if (index == null) {
      Library lib = library(options);
      IndexOptions indexOptions = IndexOptions.defaults();
      Optional<Path> folder = indexFolder(options.index);
      if (folder.isPresent()) indexOptions = indexOptions.withDirectory(folder.get());
      Optional<Path> synonyms = briefsFolder(options.briefs).map(f -> f.resolve(SYNONYMS_FILE))
          .filter(Files::isRegularFile);
      if (synonyms.isPresent()) indexOptions = indexOptions.withSynonyms(synonyms.get());
      index = BriefIndex.open(lib, indexOptions);
    }
    return index;
  }

  @Override
  public void close() {
    if (index != null) index.close();
  }
}
