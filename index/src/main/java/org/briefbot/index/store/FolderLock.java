package org.briefbot.index.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The right to change an index folder, held by one thread of one process at a time: deciding
 * whether the current generation will do, building a new one, making it current and tidying old
 * ones all happen under it, so processes started together on one folder take turns instead of
 * deleting each other's work. Between processes it is an exclusive lock on the file {@value #FILE},
 * which the operating system drops when a process dies; within a process, a lock per folder (a file
 * lock cannot be taken twice by one process). Reentrant for the thread holding it.
 */
final class FolderLock implements AutoCloseable {
  /** The lock file; never deleted, since a deleted lock file can be locked twice. */
  static final String FILE = "LOCK";

  /** Per folder: whom this process lets in, and the file lock it holds while someone is in. */
  private static final Map<Path, Holder> HOLDERS = new ConcurrentHashMap<>();

  private static final class Holder {
    final ReentrantLock threads = new ReentrantLock();
    FileChannel channel;
    FileLock lock;
  }

  private final Holder holder;

  private FolderLock(Holder holder) {
    this.holder = holder;
  }

  /**
   * Creates {@code folder} if needed and waits for its lock.
   *
   * @throws IOException when the folder or its lock file cannot be created (a file in its place, no
   *     rights): the folder cannot be written either
   */
  static FolderLock acquire(Path folder) throws IOException {
    Files.createDirectories(folder);
    Holder holder = HOLDERS.computeIfAbsent(key(folder), k -> new Holder());
    holder.threads.lock();
    try {
      if (holder.threads.getHoldCount() == 1) {
        holder.channel = open(folder);
        try {
          holder.lock = holder.channel.lock();
        } catch (IOException | RuntimeException e) {
          holder.channel.close();
          throw e;
        }
      }
      return new FolderLock(holder);
    } catch (IOException | RuntimeException e) {
      holder.threads.unlock();
      throw e;
    }
  }

  /**
   * The lock if it is free now, else empty: for tidying up, which is never worth waiting for (the
   * holder tidies when it is done).
   */
  static java.util.Optional<FolderLock> tryAcquire(Path folder) {
    if (!Files.isDirectory(folder)) return java.util.Optional.empty();
    Holder holder = HOLDERS.computeIfAbsent(key(folder), k -> new Holder());
    if (!holder.threads.tryLock()) return java.util.Optional.empty();
    try {
      if (holder.threads.getHoldCount() == 1) {
        holder.channel = open(folder);
        holder.lock = holder.channel.tryLock();
        if (holder.lock == null) {
          holder.channel.close();
          holder.threads.unlock();
          return java.util.Optional.empty();
        }
      }
      return java.util.Optional.of(new FolderLock(holder));
    } catch (IOException | RuntimeException e) {
      holder.threads.unlock();
      return java.util.Optional.empty();
    }
  }

  private static FileChannel open(Path folder) throws IOException {
    return FileChannel.open(
        folder.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
  }

  /** One key per folder, however it was named (relative, through a link). */
  static Path key(Path folder) {
    try {
      return folder.toRealPath();
    } catch (IOException e) {
      return folder.toAbsolutePath().normalize();
    }
  }

  @Override
  public void close() {
    try {
      if (holder.threads.getHoldCount() == 1) {
        try {
          holder.channel.close(); // releases the file lock
        } catch (IOException e) {
          // A channel that fails to close has still let go of its lock.
        }
        holder.lock = null;
        holder.channel = null;
      }
    } finally {
      holder.threads.unlock();
    }
  }
}
