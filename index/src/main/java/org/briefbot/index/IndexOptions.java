package org.briefbot.index;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How to build or open an index.
 *
 * @param directory where to keep the index on disk; in memory when empty
 * @param synonyms a synonyms file extending (or replacing) the bundled list
 */
public record IndexOptions(Optional<Path> directory, Optional<Path> synonyms) {
  public IndexOptions {
    directory = directory == null ? Optional.empty() : directory;
    synonyms = synonyms == null ? Optional.empty() : synonyms;
  }

  /** In memory, bundled synonyms. */
  public static IndexOptions defaults() {
    return new IndexOptions(Optional.empty(), Optional.empty());
  }

  public IndexOptions withDirectory(Path path) {
    return new IndexOptions(Optional.of(path), synonyms);
  }

  public IndexOptions withSynonyms(Path file) {
    return new IndexOptions(directory, Optional.of(file));
  }
}
