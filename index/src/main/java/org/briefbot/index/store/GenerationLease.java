package org.briefbot.index.store;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A generation kept from deletion while this process has it open: a shared lock on the file {@value
 * #FILE} inside it, which a tidy-up, in this process or another, must lock exclusively before it
 * deletes the generation. Lucene reads an index's files as it needs them, so a generation deleted
 * under an open index could fail an answer; and another process's tidy-up cannot otherwise know the
 * generation is open. The operating system drops the lock when a process dies, so a crash leaves
 * nothing held. Leases are taken under the folder's {@link FolderLock}, as tidy-ups run, so a
 * generation cannot be leased while it is being deleted.
 */
final class GenerationLease {
  /** The file locked inside a generation; Lucene ignores files not named like its own. */
  static final String FILE = "briefbot-open";

  private static final System.Logger LOG = System.getLogger(GenerationLease.class.getName());

  /** The generations this process holds, each locked once however many leases share it. */
  private static final Map<Path, Held> HELD = new HashMap<>();

  private static final class Held {
    final FileChannel channel;
    int leases;

    Held(FileChannel channel) {
      this.channel = channel;
    }
  }

  private final Path key;
  private boolean released;

  private GenerationLease(Path key) {
    this.key = key;
  }

  /**
   * Leases {@code generation} for as long as it is open. When its file cannot be locked (a folder
   * made read-only by hand), the lease holds nothing: the generation is then left as unprotected as
   * it was before leases, which is the best a read-only folder allows.
   */
  static GenerationLease take(Path generation) {
    Path key = key(generation);
    synchronized (HELD) {
      Held held = HELD.get(key);
      if (held == null) {
        FileChannel channel = null;
        try {
          channel =
              FileChannel.open(
                  generation.resolve(FILE),
                  StandardOpenOption.CREATE,
                  StandardOpenOption.READ,
                  StandardOpenOption.WRITE);
          channel.lock(0, Long.MAX_VALUE, true);
          held = new Held(channel);
          HELD.put(key, held);
        } catch (IOException | RuntimeException e) {
          LOG.log(Level.DEBUG, "index generation {0} cannot be leased ({1})", generation, e);
          closeQuietly(channel);
          return new GenerationLease(null);
        }
      }
      held.leases++;
      return new GenerationLease(key);
    }
  }

  /** Lets go of the generation; the last lease of this process unlocks it. Idempotent. */
  void release() {
    if (key == null) return;
    synchronized (HELD) {
      if (released) return;
      released = true;
      Held held = HELD.get(key);
      if (held != null && --held.leases == 0) {
        HELD.remove(key);
        closeQuietly(held.channel);
      }
    }
  }

  /**
   * Deletes {@code generation} with {@code delete} unless a process, this one or another, has it
   * open; true when deleted. Called under the folder's lock.
   */
  static boolean deleteIfUnused(Path generation, Consumer<Path> delete) {
    synchronized (HELD) {
      if (HELD.containsKey(key(generation))) return false;
    }
    Path file = generation.resolve(FILE);
    if (!Files.exists(file)) {
      // Never opened through a lease: a build a crash cut short, or one from before leases.
      delete.accept(generation);
      return true;
    }
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        return false; // this process locked it after the check above
      }
      if (lock == null) return false; // another process has it open
      delete.accept(generation);
      return true;
    } catch (IOException e) {
      return false; // left for the next tidy-up
    }
  }

  private static Path key(Path generation) {
    try {
      return generation.toRealPath();
    } catch (IOException e) {
      return generation.toAbsolutePath().normalize();
    }
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel == null) return;
    try {
      channel.close();
    } catch (IOException ignored) {
      // closing releases the lock whatever it reports
    }
  }
}
