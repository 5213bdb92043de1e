package org.briefbot.index;

import java.nio.file.Path;
import java.util.Optional;
import org.briefbot.core.Progress;

/**
 * How to build or open an index.
 *
 * @param directory where to keep the index on disk; in memory when empty
 * @param synonyms a synonyms file extending (or replacing) the bundled list
 * @param watchedFolder a briefs folder to watch: when a brief file in it is added, changed or
 *     removed, the index reloads the folder and swaps to the new version while it keeps answering
 * @param semantic whether to search by meaning as well as by words, when an embedder is available
 *     (given here, or from an {@link EmbedderProvider} on the class path)
 * @param embedder the embedder to use; when empty, the first {@link EmbedderProvider} that {@link
 *     java.util.ServiceLoader} finds
 * @param progress told how building the index advances, for a person waiting on a large folder
 */
public record IndexOptions(
    Optional<Path> directory,
    Optional<Path> synonyms,
    Optional<Path> watchedFolder,
    boolean semantic,
    Optional<EmbedderProvider> embedder,
    Progress progress) {
  public IndexOptions {
    progress = progress == null ? Progress.NONE : progress;
    directory = directory == null ? Optional.empty() : directory;
    synonyms = synonyms == null ? Optional.empty() : synonyms;
    watchedFolder = watchedFolder == null ? Optional.empty() : watchedFolder;
    embedder = embedder == null ? Optional.empty() : embedder;
  }

  public IndexOptions(
      Optional<Path> directory, Optional<Path> synonyms, Optional<Path> watchedFolder) {
    this(directory, synonyms, watchedFolder, false, Optional.empty(), Progress.NONE);
  }

  public IndexOptions(Optional<Path> directory, Optional<Path> synonyms) {
    this(directory, synonyms, Optional.empty());
  }

  /**
   * In memory, bundled synonyms, nothing watched, by words only. Nothing here reads the process
   * environment: a program embedding the index answers the same wherever it runs, and front ends
   * pass what their settings say ({@link #withSemantic}).
   */
  public static IndexOptions defaults() {
    return new IndexOptions(Optional.empty(), Optional.empty(), Optional.empty());
  }

  public IndexOptions withDirectory(Path path) {
    return new IndexOptions(
        Optional.of(path), synonyms, watchedFolder, semantic, embedder, progress);
  }

  /**
   * A briefs folder may carry its own synonyms in this file (the bundled synonyms.txt's format).
   */
  public static final String SYNONYMS_FILE = "synonyms.conf";

  /** With the synonyms file of a briefs folder, when it has one ({@value #SYNONYMS_FILE}). */
  public IndexOptions withSynonymsOf(Path briefsFolder) {
    Path file = briefsFolder.resolve(SYNONYMS_FILE);
    return java.nio.file.Files.isRegularFile(file) ? withSynonyms(file) : this;
  }

  public IndexOptions withSynonyms(Path file) {
    return new IndexOptions(
        directory, Optional.of(file), watchedFolder, semantic, embedder, progress);
  }

  /**
   * Watches {@code folder} (the folder the library was loaded from) and answers from its new
   * content, without a restart, once a change has settled. A folder that fails to load (a brief
   * saved half-way, a malformed file) is logged and the previous version kept until the next
   * change.
   */
  public IndexOptions withWatchedFolder(Path folder) {
    return new IndexOptions(directory, synonyms, Optional.of(folder), semantic, embedder, progress);
  }

  /** Searches by meaning as well as by words when {@code on} and an embedder is available. */
  public IndexOptions withSemantic(boolean on) {
    return new IndexOptions(directory, synonyms, watchedFolder, on, embedder, progress);
  }

  /** Searches by meaning with this embedder rather than one found on the class path. */
  public IndexOptions withEmbedder(EmbedderProvider provider) {
    if (provider == null) throw new IllegalArgumentException("provider must not be null");
    return new IndexOptions(
        directory, synonyms, watchedFolder, true, Optional.of(provider), progress);
  }

  /** Tells {@code progress} how building the index advances (passages indexed of all). */
  public IndexOptions withProgress(Progress progress) {
    return new IndexOptions(directory, synonyms, watchedFolder, semantic, embedder, progress);
  }
}
