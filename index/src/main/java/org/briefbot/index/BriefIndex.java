package org.briefbot.index;

import java.io.Closeable;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.briefbot.core.Brief;
import org.briefbot.core.BriefFormatException;
import org.briefbot.core.Library;
import org.briefbot.core.LibraryException;
import org.briefbot.core.Passage;

/**
 * The one entry point every front end calls: a searchable index of a library's passages that
 * answers chat questions with cited, verbatim passages.
 *
 * <pre>{@code
 * try (BriefIndex index = BriefIndex.build(Library.bundled())) {
 *   Answer answer = index.ask(Question.of("When was the ITPP signed?"));
 * }
 * }</pre>
 *
 * <p>Thread-safe: any number of threads may ask at once. With {@link
 * IndexOptions#withWatchedFolder} the index follows its briefs folder: a reload builds the new
 * version beside the one in use and swaps them in one step, and each answer is computed against
 * one version from start to end, so no answer fails or mixes two versions during a swap.
 */
public final class BriefIndex implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(BriefIndex.class.getName());
  private static final AtomicBoolean PRELOADING = new AtomicBoolean();

  private final IndexOptions options;
  private final AnswerPipeline pipeline;
  private final AtomicReference<IndexView> current = new AtomicReference<>();
  private final Object reloading = new Object();
  private final FolderWatch watch;
  /** Changes of the watched folder handled so far, loaded or not; guarded by {@code reloading}. */
  private int changesHandled;
  private volatile boolean closed;

  private BriefIndex(Library library, IndexOptions options, AnswerPipeline pipeline)
      throws IOException {
    this.options = options;
    this.pipeline = pipeline;
    this.current.set(view(library));
    this.watch = options.watchedFolder()
        .map(folder -> FolderWatch.start(folder, this::reloadQuietly, library.fingerprint()))
        .orElse(null);
  }

  /**
   * Starts loading what every index needs whatever its briefs (the word lists behind the analysis,
   * the analysis classes) on a background thread, and returns at once. A front end calls it first
   * thing, so that this loading overlaps its own start-up and the reading of the briefs; an
   * {@link #open} that comes before it has finished waits for the rest. Calling it again does nothing.
   */
  public static void preload() {
    if (!PRELOADING.compareAndSet(false, true)) return;
    Thread thread = new Thread(() -> {
      try {
        BundledSynonyms.table();
        BackgroundFrequencies.instance();
      } catch (RuntimeException | Error e) {
        // open() loads the same data and reports the failure where it can be acted on
        LOG.log(Level.DEBUG, "preloading the analysis data failed", e);
      }
    }, "briefbot-preload");
    thread.setDaemon(true);
    thread.start();
  }

  /** An in-memory index of the library, with the bundled synonyms. */
  public static BriefIndex build(Library library) {
    return open(library, IndexOptions.defaults());
  }

  /**
   * An index of the library as the options say: in memory, or in a folder where it is reused
   * while the library is unchanged and rebuilt when it changes; watching the briefs folder, or not.
   *
   * @throws BriefIndexException for a malformed synonyms file or an unusable index folder
   */
  public static BriefIndex open(Library library, IndexOptions options) {
    TextAnalysis analysis = new TextAnalysis(new BriefAnalyzer());
    SynonymTable synonyms = options.synonyms()
        .map(file -> SynonymTable.withUserFile(file, analysis))
        .orElseGet(BundledSynonyms::table);
    try {
      return new BriefIndex(library, options, new AnswerPipeline(analysis, synonyms));
    } catch (IOException e) {
      throw new BriefIndexException("cannot open the index: " + e.getMessage(), e);
    }
  }

  /**
   * The bundled synonyms, read once per JVM (they are immutable, and the same for every analyzer
   * instance); a second thread asking while the first reads waits for it rather than reading too.
   */
  private static final class BundledSynonyms {
    private static final SynonymTable TABLE =
        SynonymTable.defaults(new TextAnalysis(new BriefAnalyzer()));

    static SynonymTable table() {
      return TABLE;
    }
  }

  /** A view of the library: the stored generation when it matches, else a new index. */
  private IndexView view(Library library) throws IOException {
    IndexStore.Opened opened = options.directory().isPresent()
        ? IndexStore.openOrBuild(options.directory().get(), library, BriefIndex::write)
        : new IndexStore.Opened(inMemory(library), IndexView.IN_MEMORY);
    Directory directory = opened.directory();
    DirectoryReader reader;
    try {
      reader = DirectoryReader.open(directory);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
    Closeable resources = () -> {
      try (directory) {
        reader.close();
      }
    };
    return new IndexView(library, reader, opened.generation(), resources);
  }

  private static Directory inMemory(Library library) throws IOException {
    Directory directory = new ByteBuffersDirectory();
    write(directory, library, Map.of());
    return directory;
  }

  /** Writes every passage of the library into an empty directory and commits with {@code commitData}. */
  static void write(Directory directory, Library library, Map<String, String> commitData)
      throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(PassageDocuments.analyzer(new BriefAnalyzer()))
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
        .setSimilarity(new BM25Similarity())
        // One bulk load: buffer generously and merge at the end, rather than flush small segments.
        .setRAMBufferSizeMB(64);
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      int ordinal = 0;
      for (Brief brief : library.briefs()) {
        for (Passage passage : brief.passages()) {
          writer.addDocument(PassageDocuments.document(passage, brief, ordinal++));
        }
      }
      if (!commitData.isEmpty()) writer.setLiveCommitData(commitData.entrySet());
      writer.commit();
    }
  }

  /** Answers with the default number of passages. */
  public Answer ask(String question) {
    return ask(Question.of(question));
  }

  /**
   * Advanced search in the full classic Lucene syntax ({@code section:conclusion AND trump*}),
   * for users who ask for it explicitly; the most relevant passages first.
   *
   * @throws QuerySyntaxException with a one-line hint when the query does not parse
   */
  public java.util.List<Hit> search(String query, int limit) throws QuerySyntaxException {
    if (limit < 1 || limit > Question.MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1 to " + Question.MAX_LIMIT + ", was " + limit);
    }
    IndexView view = acquire();
    try {
      return AdvancedSearch.search(query, limit, view, new BriefAnalyzer());
    } finally {
      view.release();
    }
  }

  /** Answers a question; never throws for anything a user can type. */
  public Answer ask(Question question) {
    IndexView view = acquire();
    try {
      return pipeline.answer(question, view);
    } finally {
      view.release();
    }
  }

  /**
   * Swaps to an index of {@code library}: built (or, on disk, reused) beside the version in use,
   * then made current in one step. Answers already running finish on the version they started
   * with, which is closed after the last of them.
   */
  public void reload(Library library) {
    synchronized (reloading) {
      if (closed) throw new IllegalStateException("the index is closed");
      IndexView next;
      try {
        next = view(library);
      } catch (IOException e) {
        throw new BriefIndexException("cannot rebuild the index: " + e.getMessage(), e);
      }
      IndexView previous = current.getAndSet(next);
      previous.release();
      LOG.log(Level.INFO, "index now at {0}: {1} briefs, {2} passages", next.generation(),
          library.briefs().size(), next.reader().numDocs());
    }
  }

  /**
   * Reloads the watched folder now, as the watch does on a change; false, with the reason logged,
   * when the folder does not load (the version in use stays). For a watch that has no folder, false.
   */
  boolean reloadQuietly() {
    Optional<Path> folder = options.watchedFolder();
    if (folder.isEmpty() || closed) return false;
    try {
      reload(Library.load(folder.get()));
      return true;
    } catch (LibraryException | BriefFormatException | BriefIndexException e) {
      LOG.log(Level.WARNING, "briefs folder {0} changed but does not load, so the index stays as it"
          + " was: {1}", folder.get(), e.getMessage());
      return false;
    } catch (IllegalStateException e) {
      return false; // closed meanwhile
    } finally {
      synchronized (reloading) {
        changesHandled++;
        reloading.notifyAll();
      }
    }
  }

  /**
   * Waits until the watch has handled more than {@code handled} changes of the folder, or the
   * timeout passes; returns how many it has handled. For tests and tools that must know a change
   * was seen.
   */
  int awaitChanges(int handled, java.time.Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (reloading) {
      while (changesHandled <= handled) {
        long left = deadline - System.nanoTime();
        if (left <= 0) break;
        java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(reloading, left);
      }
      return changesHandled;
    }
  }

  /** How many changes of the watched folder have been handled. */
  int changesHandled() {
    synchronized (reloading) {
      return changesHandled;
    }
  }

  private IndexView acquire() {
    while (true) {
      IndexView view = current.get();
      if (view.tryAcquire()) return view;
      // Retired between the read and the acquire: the next read sees its successor.
      if (closed) throw new IllegalStateException("the index is closed");
    }
  }

  /** The library this index answers from now. */
  public Library library() {
    return current.get().library();
  }

  /** How many passages are indexed now. */
  public int passageCount() {
    IndexView view = acquire();
    try {
      return view.reader().numDocs();
    } finally {
      view.release();
    }
  }

  /** The on-disk generation in use, or {@link IndexView#IN_MEMORY}: tells a reuse from a rebuild. */
  String generation() {
    return current.get().generation();
  }

  @Override
  public void close() {
    synchronized (reloading) {
      if (closed) return;
      closed = true;
    }
    if (watch != null) watch.close();
    current.get().release();
  }
}
