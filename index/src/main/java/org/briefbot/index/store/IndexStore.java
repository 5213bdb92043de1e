package org.briefbot.index.store;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.briefbot.core.Library;
import org.briefbot.core.Passage;

/**
 * An index kept in a folder and reused across runs. The folder holds generations, each a complete
 * Lucene index, and a file {@code CURRENT} naming the one in use. A build always goes into a new
 * generation and {@code CURRENT} is replaced atomically only after its commit, so a reader never
 * sees a half-built index, and a crash mid-build leaves the previous one in place.
 *
 * <p>Several processes may share a folder (a server and a few one-shot questions started together
 * on one cache folder). Whatever changes the folder, deciding whether the current generation will
 * do, building, switching {@code CURRENT} and tidying, happens under the folder's {@link
 * FolderLock}, so they take turns and the second reuses what the first built; and a generation a
 * process has open is leased ({@link GenerationLease}), so no tidy-up deletes it until it is
 * closed. The last process to close an old generation deletes it.
 */
public final class IndexStore {
  /** Bumped whenever what is indexed changes, so older indexes are rebuilt rather than misread. */
  static final String FORMAT = "briefbot-index-3";

  static final String CURRENT = "CURRENT";
  static final String KEY_FORMAT = "format";
  private static final String KEY_FINGERPRINT = "fingerprint";
  private static final String KEY_CONTENT = "content";

  /**
   * Commit data naming the embedding model whose vectors the index holds, or {@link #NO_MODEL}:
   * switching semantic search on or off, or changing the model, rebuilds the index.
   */
  public static final String KEY_MODEL = "model";

  public static final String NO_MODEL = "none";
  private static final System.Logger LOG = System.getLogger(IndexStore.class.getName());

  /**
   * Writes a library into an empty directory, committing with the given user data; {@code earlier}
   * holds the vectors of the generation it replaces, for passages that did not change.
   */
  public interface Writer {
    void write(
        Directory directory,
        Library library,
        Map<String, String> commitData,
        EarlierVectors earlier)
        throws IOException;
  }

  /** An index directory and the generation it is ({@link IndexView#IN_MEMORY} when not on disk). */
  public record Opened(Directory directory, String generation) {}

  private IndexStore() {}

  /**
   * The directory of an up-to-date index for {@code library} under {@code folder}: the current
   * generation when it matches, otherwise a new one built now. When the folder cannot be written
   * (missing rights, a file in its place, a disk that fills up part way through), the index is
   * built in memory instead, with one log line saying why; the current generation stays as it was.
   */
  public static Opened openOrBuild(Path folder, Library library, Writer writer) throws IOException {
    return openOrBuild(folder, library, NO_MODEL, writer);
  }

  /**
   * As {@link #openOrBuild(Path, Library, Writer)}, for an index holding {@code model}'s vectors.
   */
  public static Opened openOrBuild(Path folder, Library library, String model, Writer writer)
      throws IOException {
    Map<String, String> wanted = wanted(library, model);
    FolderLock lock = null;
    IOException unlockable = null;
    try {
      lock = FolderLock.acquire(folder);
    } catch (IOException e) {
      unlockable = e; // a folder that cannot be locked cannot be written: build in memory
    }
    try {
      // Read without the lock only when the folder cannot be locked: a read-only folder holding a
      // good index is still used.
      Opened current = openCurrent(folder, wanted);
      if (current != null) return current;
      if (unlockable != null) throw unlockable;
      return build(folder, library, writer, wanted);
    } catch (IOException | java.io.UncheckedIOException e) {
      LOG.log(
          Level.WARNING,
          "index folder {0} cannot be written ({1}); keeping the index in memory",
          folder,
          why(e));
      Directory memory = new ByteBuffersDirectory();
      writer.write(memory, library, wanted, EarlierVectors.NONE);
      return new Opened(memory, IndexView.IN_MEMORY);
    } finally {
      if (lock != null) lock.close();
    }
  }

  /**
   * The current generation if it is intact and was built from this library, in this format, with
   * {@code model}'s vectors; null otherwise (nothing is built).
   */
  public static Opened openIfCurrent(Path folder, Library library, String model) {
    if (!Files.isDirectory(folder)) return null;
    FolderLock lock = null;
    try {
      lock = FolderLock.acquire(folder);
    } catch (IOException e) {
      // read-only: open what is there, unlocked
    }
    try {
      return openCurrent(folder, wanted(library, model));
    } finally {
      if (lock != null) lock.close();
    }
  }

  private static Map<String, String> wanted(Library library, String model) {
    return Map.of(
        KEY_FORMAT,
        FORMAT,
        KEY_FINGERPRINT,
        library.fingerprint(),
        KEY_CONTENT,
        contentDigest(library),
        KEY_MODEL,
        model);
  }

  /**
   * A digest of the passages as read: the same PDF read by a newer briefbot (a reader that now
   * finds a paragraph's end correctly) has the same bytes, so the same {@link
   * Library#fingerprint()}, but other passages; an index built from the old reading would cite
   * paragraphs the brief no longer has.
   */
  static String contentDigest(Library library) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
    for (Passage passage : library.passages()) {
      for (String part :
          new String[] {
            passage.id(),
            passage.kind().name(),
            passage.heading(),
            passage.text(),
            String.valueOf(passage.citation())
          }) {
        // Each part ends with a byte no text holds, so "ab"+"c" and "a"+"bc" differ.
        sha.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  /**
   * The folder of the generation {@code CURRENT} names, or null when there is none: no {@code
   * CURRENT}, or one naming nothing, a missing folder, or a path outside {@code folder}.
   */
  static Path currentGeneration(Path folder) throws IOException {
    Path pointer = folder.resolve(CURRENT);
    if (!Files.isRegularFile(pointer)) return null;
    String generation = Files.readString(pointer, StandardCharsets.UTF_8).strip();
    Path path = folder.resolve(generation);
    if (generation.isEmpty()
        || !path.normalize().startsWith(folder.normalize())
        || !Files.isDirectory(path)) {
      return null;
    }
    return path;
  }

  /** The current generation if it is intact and built from this library in this format. */
  private static Opened openCurrent(Path folder, Map<String, String> wanted) {
    Path pointer = folder.resolve(CURRENT);
    if (!Files.isRegularFile(pointer)) return null;
    Directory directory = null;
    try {
      Path path = currentGeneration(folder);
      if (path == null) {
        LOG.log(Level.WARNING, "index folder {0} names a missing generation; rebuilding", folder);
        return null;
      }
      String generation = path.getFileName().toString();
      directory = FSDirectory.open(path);
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        IndexCommit commit = reader.getIndexCommit();
        Map<String, String> data = commit.getUserData();
        boolean current = true;
        for (Map.Entry<String, String> entry : wanted.entrySet()) {
          current &= entry.getValue().equals(data.getOrDefault(entry.getKey(), ""));
        }
        if (!current) {
          LOG.log(
              Level.INFO,
              "briefs, how they read, index format or embedding model changed; rebuilding the"
                  + " index in {0}",
              folder);
          directory.close();
          return null;
        }
        checkIntact(directory, commit);
      }
      return new Opened(leased(directory, folder, path), generation);
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "index in {0} is unreadable ({1}); rebuilding", folder, e.toString());
      closeQuietly(directory);
      return null;
    }
  }

  /**
   * Verifies every file of the commit against the checksum Lucene wrote in its footer, so a
   * truncated or corrupt file fails here, not mid-answer. One sequential read per file: much
   * cheaper than reading every document back.
   */
  private static void checkIntact(Directory directory, IndexCommit commit) throws IOException {
    for (String file : commit.getFileNames()) {
      try (IndexInput input = directory.openInput(file, IOContext.READONCE)) {
        CodecUtil.checksumEntireFile(input);
      }
    }
  }

  private static Opened build(
      Path folder, Library library, Writer writer, Map<String, String> commitData)
      throws IOException {
    Files.createDirectories(folder);
    String generation =
        "gen-" + System.currentTimeMillis() + "-" + UUID.randomUUID().toString().substring(0, 8);
    Path path = folder.resolve(generation);
    Directory directory = FSDirectory.open(path);
    // Read under the folder's lock, before the generation it replaces can be tidied away.
    try (EarlierVectors earlier = EarlierVectors.of(folder, FORMAT, commitData.get(KEY_MODEL))) {
      writer.write(directory, library, commitData, earlier);
    } catch (IOException | RuntimeException e) {
      directory.close();
      deleteTree(path);
      throw e;
    }
    try {
      pointTo(folder, generation);
    } catch (IOException | RuntimeException e) {
      // Complete but never current: removed, so only generations CURRENT named ever stay.
      directory.close();
      deleteTree(path);
      throw e;
    }
    Directory leased = leased(directory, folder, path);
    removeOldGenerations(folder, generation);
    return new Opened(leased, generation);
  }

  /**
   * {@code directory}, leased for as long as it is open; closing it lets go of the generation and,
   * if the folder is free, deletes it when no longer current and no process has it open.
   */
  private static Directory leased(Directory directory, Path folder, Path generation) {
    GenerationLease lease = GenerationLease.take(generation);
    return new FilterDirectory(directory) {
      @Override
      public void close() throws IOException {
        try {
          super.close();
        } finally {
          lease.release();
          tidy(folder);
        }
      }
    };
  }

  /**
   * Deletes the generations no longer current that no process has open, if no one is changing the
   * folder now (whoever is will tidy when done); never waits.
   */
  private static void tidy(Path folder) {
    FolderLock.tryAcquire(folder)
        .ifPresent(
            lock -> {
              try (lock) {
                String current =
                    Files.readString(folder.resolve(CURRENT), StandardCharsets.UTF_8).strip();
                if (!current.isEmpty()) removeOldGenerations(folder, current);
              } catch (IOException | RuntimeException e) {
                // no CURRENT to go by (or none readable): nothing is known to be old
              }
            });
  }

  /** Makes {@code generation} current in one step: a reader sees the old name or the new. */
  private static void pointTo(Path folder, String generation) throws IOException {
    Path temp = folder.resolve(CURRENT + "." + UUID.randomUUID() + ".tmp");
    try {
      Files.writeString(temp, generation + "\n", StandardCharsets.UTF_8);
      try {
        Files.move(
            temp,
            folder.resolve(CURRENT),
            StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, folder.resolve(CURRENT), StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * What went wrong, in words: a file system exception's message is often just the path
   * ("FileAlreadyExistsException: /srv/index" says what "/srv/index" alone does not).
   */
  private static String why(Exception e) {
    if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() == null) {
      return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
    return e.getMessage();
  }

  /**
   * Deletes every generation but {@code keep} that no process has open; under the folder's lock.
   * One still open (here or in another process) is left for whoever closes it last.
   */
  private static void removeOldGenerations(Path folder, String keep) {
    try (Stream<Path> children = Files.list(folder)) {
      children
          .filter(p -> p.getFileName().toString().startsWith("gen-"))
          .filter(p -> !p.getFileName().toString().equals(keep))
          .forEach(
              p -> {
                // A file in a generation's place is no index anyone can have open.
                if (Files.isDirectory(p)) GenerationLease.deleteIfUnused(p, IndexStore::deleteTree);
                else deleteTree(p);
              });
    } catch (IOException e) {
      LOG.log(Level.DEBUG, "could not list {0} to tidy old index generations", folder);
    }
  }

  private static void deleteTree(Path path) {
    try (Stream<Path> walk = Files.walk(path)) {
      walk.sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.deleteIfExists(p);
                } catch (IOException ignored) {
                  // left for the next tidy-up
                }
              });
    } catch (IOException ignored) {
      // nothing to delete
    }
  }

  private static void closeQuietly(Directory directory) {
    if (directory == null) return;
    try {
      directory.close();
    } catch (IOException ignored) {
      // already failing; the rebuild reports what matters
    }
  }
}
