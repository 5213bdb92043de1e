package org.briefbot.index;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How to build or open an index.
 *
 * @param directory where to keep the index on disk; in memory when empty
 * @param synonyms a synonyms file extending (or replacing) the bundled list
 * @param watchedFolder a briefs folder to watch: when a brief file in it is added, changed or
 *     removed, the index reloads the folder and swaps to the new version while it keeps answering
 */
public record IndexOptions(Optional<Path> directory, Optional<Path> synonyms,
    Optional<Path> watchedFolder) {
  public IndexOptions {
    directory = directory == null ? Optional.empty() : directory;
    synonyms = synonyms == null ? Optional.empty() : synonyms;
    watchedFolder = watchedFolder == null ? Optional.empty() : watchedFolder;
  }

  public IndexOptions(Optional<Path> directory, Optional<Path> synonyms) {
    this(directory, synonyms, Optional.empty());
  }

  /** In memory, bundled synonyms, nothing watched. */
  public static IndexOptions defaults() {
    return new IndexOptions(Optional.empty(), Optional.empty(), Optional.empty());
  }

  public IndexOptions withDirectory(Path path) {
    return new IndexOptions(Optional.of(path), synonyms, watchedFolder);
  }

  public IndexOptions withSynonyms(Path file) {
    return new IndexOptions(directory, Optional.of(file), watchedFolder);
  }

  /**
   * Watches {@code folder} (the folder the library was loaded from) and answers from its new
   * content, without a restart, once a change has settled. A folder that fails to load (a brief
   * saved half-way, a malformed file) is logged and the previous version kept until the next change.
   */
  public IndexOptions withWatchedFolder(Path folder) {
    return new IndexOptions(directory, synonyms, Optional.of(folder));
  }
}
