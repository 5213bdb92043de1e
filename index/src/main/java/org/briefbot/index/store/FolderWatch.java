package org.briefbot.index.store;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.briefbot.core.Library;
import org.briefbot.core.LibraryException;
import org.briefbot.index.BriefIndexException;

/**
 * Watches a briefs folder and calls back once a change has settled. A change is any difference in
 * the brief files' names, sizes or modification times ({@link Library#briefFiles}); the file
 * system's events only say when to look, and a slow poll covers file systems that send none
 * (network mounts). A burst of writes (an editor saving, a copy of many files) is one change: the
 * callback runs only after the folder has stayed the same for {@link #SETTLE}.
 */
public final class FolderWatch implements AutoCloseable {
  /** How long a folder must stay unchanged before it is reloaded. */
  static final Duration SETTLE = Duration.ofMillis(300);

  /**
   * How often the folder is looked at when no event arrives: a fallback for file systems that send
   * none, kept rare because a look reads the attributes of every brief file (17,597 of them take a
   * noticeable fraction of a second).
   */
  static final Duration POLL = Duration.ofSeconds(30);

  private static final System.Logger LOG = System.getLogger(FolderWatch.class.getName());

  private final Path folder;
  private final BooleanSupplier onChange;
  private final WatchService events;
  private final Thread thread;

  /** How the folder looked when the watch started: later changes are measured against it. */
  private Map<String, String> seen;

  /** True when the folder already differed at the start from the library being answered from. */
  private boolean staleAtStart;

  private volatile boolean closed;

  private FolderWatch(Path folder, BooleanSupplier onChange) throws IOException {
    this.folder = folder;
    this.onChange = onChange;
    this.events = folder.getFileSystem().newWatchService();
    this.thread = new Thread(this::run, "briefbot-watch " + folder.getFileName());
    thread.setDaemon(true);
  }

  /**
   * Starts watching; {@code onChange} runs on the watch thread and returns false when the new
   * content could not be used (it is tried again on the next change). Any change after this returns
   * is seen; so is one made before it, after the library was read: when the folder's {@link
   * Library#fingerprint(Path) fingerprint} is no longer {@code libraryFingerprint}, the watch
   * reloads at once.
   */
  public static FolderWatch start(
      Path folder, BooleanSupplier onChange, String libraryFingerprint) {
    try {
      FolderWatch watch = new FolderWatch(folder, onChange);
      watch.registerFolders();
      watch.seen = watch.snapshotQuietly();
      try {
        watch.staleAtStart = !Library.fingerprint(folder).equals(libraryFingerprint);
      } catch (RuntimeException e) {
        watch.staleAtStart = true; // the reload reports what is wrong with the folder
      }
      watch.thread.start();
      return watch;
    } catch (IOException e) {
      throw new BriefIndexException(
          "cannot watch briefs folder " + folder + ": " + e.getMessage(), e);
    }
  }

  private void run() {
    Map<String, String> seen = this.seen;
    try {
      if (staleAtStart) onChange.getAsBoolean();
      while (!closed) {
        var key = events.poll(POLL.toMillis(), TimeUnit.MILLISECONDS);
        if (key != null) {
          key.pollEvents();
          key.reset();
        }
        Map<String, String> now = snapshotQuietly();
        if (now.equals(seen)) continue;
        now = settle(now);
        if (closed) return;
        registerFolders(); // a new subfolder is watched from now on
        onChange.getAsBoolean();
        seen = now;
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // closing
    } catch (RuntimeException e) {
      LOG.log(
          Level.ERROR, "the watch on " + folder + " stopped; changes are no longer picked up", e);
    }
  }

  /** Waits until the folder has looked the same for {@link #SETTLE}, and returns how it looks. */
  private Map<String, String> settle(Map<String, String> changed) throws InterruptedException {
    Map<String, String> last = changed;
    while (!closed) {
      var key = events.poll(SETTLE.toMillis(), TimeUnit.MILLISECONDS);
      if (key != null) {
        key.pollEvents();
        key.reset();
      }
      Map<String, String> now = snapshotQuietly();
      if (key == null && now.equals(last)) return now;
      last = now;
    }
    return last;
  }

  /** Brief files by relative name, each with its size and modification time. */
  private Map<String, String> snapshotQuietly() {
    Map<String, String> files = new TreeMap<>();
    try {
      for (Path file : Library.briefFiles(folder)) {
        try {
          BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
          files.put(
              folder.relativize(file).toString(),
              attributes.size()
                  + " "
                  + attributes.lastModifiedTime().toMillis()
                  + " "
                  + attributes.lastModifiedTime().toInstant().getNano());
        } catch (IOException e) {
          files.put(folder.relativize(file).toString(), "unreadable");
        }
      }
    } catch (LibraryException e) {
      files.put("", "folder unreadable: " + e.getMessage());
    }
    return files;
  }

  /** Registers the folder and its subfolders (but hidden ones) with the watch service. */
  private void registerFolders() {
    try (Stream<Path> walk = Files.walk(folder)) {
      walk.filter(Files::isDirectory)
          .filter(
              dir ->
                  folder.relativize(dir).toString().isEmpty()
                      || !folder.relativize(dir).toString().startsWith("."))
          .forEach(
              dir -> {
                try {
                  dir.register(events, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (IOException | UncheckedIOException e) {
      LOG.log(
          Level.WARNING,
          "cannot watch every folder under {0} ({1}); changes there are found"
              + " by polling every {2} s",
          folder,
          e.getMessage(),
          POLL.toSeconds());
    }
  }

  @Override
  public void close() {
    closed = true;
    try {
      events.close();
    } catch (IOException e) {
      LOG.log(Level.DEBUG, "closing the watch on {0}: {1}", folder, e.getMessage());
    }
    // No interrupt: a reload in progress writes an index, and an interrupted channel would break
    // it. Closing the watch service wakes the thread; a reload running finishes first.
    try {
      thread.join(TimeUnit.SECONDS.toMillis(10));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
