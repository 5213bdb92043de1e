package org.briefbot.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.briefbot.chat.settings.LibrarySettings;
import org.briefbot.chat.settings.SettingsException;
import org.briefbot.core.Library;
import org.briefbot.core.Progress;
import org.briefbot.index.BriefIndex;
import org.briefbot.index.IndexOptions;
import org.briefbot.index.PrivateFolders;

/**
 * What every command shares: the streams, the environment, and the library and index, opened once
 * and only when a command needs them.
 */
final class Session implements AutoCloseable {
  /**
   * How long a command waits for the embedding model (it loads in seconds) before answering from
   * words alone; a one-shot command would rather wait than answer less well.
   */
  static final Duration SEMANTIC_WAIT = Duration.ofSeconds(60);

  /** How long a command comparing libraries (eval of a corpus) waits for every vector. */
  static final Duration COMPARISON_SEMANTIC_WAIT = Duration.ofMinutes(30);

  final InputStream in;
  final PrintStream out;
  final PrintStream err;
  final Map<String, String> env;
  private Library library;
  private BriefIndex index;
  private LibrarySettings settings;
  private Progress progress = Progress.NONE;

  Session(InputStream in, PrintStream out, PrintStream err, Map<String, String> env) {
    this.in = in;
    this.out = out;
    this.err = err;
    this.env = env;
  }

  /** The environment's library settings, parsed once; a malformed one is a usage error. */
  LibrarySettings settings() {
    if (settings == null) {
      try {
        settings = LibrarySettings.from(env);
      } catch (SettingsException e) {
        throw new UserError(ExitCodes.USAGE, e.getMessage());
      }
    }
    return settings;
  }

  /** The briefs folder from --briefs or BRIEFBOT_BRIEFS; empty means the bundled brief. */
  Optional<Path> briefsFolder(Path option) {
    return option != null ? Optional.of(option) : settings().briefs();
  }

  /** The index folder from --index or BRIEFBOT_INDEX; empty means the cache folder. */
  Optional<Path> indexFolder(Path option) {
    return option != null ? Optional.of(option) : settings().index();
  }

  /**
   * Tells {@code progress} how reading the briefs and building the index advance, for the commands
   * a person may wait on; call before {@link #library} or {@link #index}.
   */
  void reportProgressTo(Progress progress) {
    this.progress = progress;
  }

  Library library(LibraryOptions options) {
    if (library == null) {
      library =
          briefsFolder(options.briefs)
              .map(folder -> Library.load(folder, progress))
              .orElseGet(Library::bundled);
    }
    return library;
  }

  /**
   * Where the index is kept when no folder is named: in the user's cache folder ({@code
   * $XDG_CACHE_HOME/briefbot/indexes}, else {@code ~/.cache/briefbot/indexes}), one folder per
   * briefs folder, so that the next run opens the index instead of building it again. Empty (the
   * index stays in memory) when there is no cache folder or it cannot be created.
   */
  Optional<Path> cacheFolder(Optional<Path> briefs) {
    String xdg = env.get("XDG_CACHE_HOME");
    String home = env.get("HOME");
    Path cache;
    if (xdg != null && !xdg.isBlank()) {
      cache = Path.of(xdg);
    } else if (home != null && !home.isBlank()) {
      cache = Path.of(home, ".cache");
    } else {
      return Optional.empty();
    }
    String name = briefs.map(Session::folderKey).orElse("bundled");
    Path folder = cache.resolve("briefbot").resolve("indexes").resolve(name);
    try {
      // Owner-only and checked: an index another user could write would feed this user's
      // answers (and, with meaning on, vectors) from their files.
      PrivateFolders.ensure(folder);
      return Files.isWritable(folder) ? Optional.of(folder) : Optional.empty();
    } catch (PrivateFolders.UnsafeException e) {
      err.println("briefbot: keeping the index in memory: " + e.getMessage());
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** A folder name for a briefs folder: its name, and a digest of its absolute path. */
  private static String folderKey(Path briefs) {
    Path absolute = briefs.toAbsolutePath().normalize();
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(absolute.toString().getBytes(StandardCharsets.UTF_8));
      String leaf =
          absolute.getFileName() == null
              ? "root"
              : absolute.getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_");
      return leaf + "-" + HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  BriefIndex index(LibraryOptions options) {
    if (index == null) {
      boolean semantic = semantic(options);
      index =
          BriefIndex.open(
              library(options),
              indexOptions(options).withSemantic(semantic).withProgress(progress));
      if (semantic) awaitSemantic(index);
    }
    return index;
  }

  /**
   * The index a server answers from: as {@link #index} (the same folder, cache and synonyms), and
   * following the briefs folder as the bots do, so added or edited briefs are answered without a
   * restart. It does not wait for the embedding model: it answers by words until the model is
   * loaded, then by meaning too.
   */
  BriefIndex watchedIndex(LibraryOptions options) {
    if (index == null) {
      IndexOptions indexOptions = indexOptions(options).withSemantic(semantic(options));
      Optional<Path> briefs = briefsFolder(options.briefs);
      if (briefs.isPresent()) indexOptions = indexOptions.withWatchedFolder(briefs.get());
      index = BriefIndex.open(library(options), indexOptions);
    }
    return index;
  }

  /** Where the index is kept (--index, BRIEFBOT_INDEX, else the cache) and whose synonyms. */
  private IndexOptions indexOptions(LibraryOptions options) {
    IndexOptions indexOptions = IndexOptions.defaults();
    Optional<Path> folder =
        indexFolder(options.index).or(() -> cacheFolder(briefsFolder(options.briefs)));
    if (folder.isPresent()) indexOptions = indexOptions.withDirectory(folder.get());
    Optional<Path> briefs = briefsFolder(options.briefs);
    if (briefs.isPresent()) indexOptions = indexOptions.withSynonymsOf(briefs.get());
    return indexOptions;
  }

  /** Whether to search by meaning: --[no-]semantic, else BRIEFBOT_SEMANTIC. */
  boolean semantic(LibraryOptions options) {
    return options.semantic != null ? options.semantic : settings().semantic();
  }

  /**
   * A fresh in-memory index of {@code library}, apart from the session's own; for commands that
   * compare libraries (eval of a corpus folder). The caller closes it.
   */
  BriefIndex open(Library library, boolean semantic) {
    BriefIndex opened = BriefIndex.open(library, IndexOptions.defaults().withSemantic(semantic));
    if (semantic) {
      // Scores must not depend on how fast this machine embeds: a library of forty briefs takes
      // longer than the minute an interactive question waits, and questions asked before every
      // passage has its vector would be answered by words alone. So wait for all of them.
      boolean ready;
      try {
        ready = opened.awaitSemantic(COMPARISON_SEMANTIC_WAIT);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        ready = false;
      }
      if (!ready) {
        opened.close();
        throw new UserError(
            ExitCodes.FAILURE,
            "search by meaning was not ready after "
                + COMPARISON_SEMANTIC_WAIT.toMinutes()
                + " minutes for "
                + library.briefs().size()
                + " briefs; scores would mix answers with and without it (try --no-semantic)");
      }
    }
    return opened;
  }

  private static void awaitSemantic(BriefIndex index) {
    try {
      index.awaitSemantic(SEMANTIC_WAIT);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    if (index != null) index.close();
  }
}
