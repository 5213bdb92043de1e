package org.briefbot.index;

import java.io.Closeable;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.briefbot.core.BriefFormatException;
import org.briefbot.core.Library;
import org.briefbot.core.LibraryException;
import org.briefbot.core.Progress;
import org.briefbot.index.analysis.BackgroundFrequencies;
import org.briefbot.index.analysis.BriefAnalyzer;
import org.briefbot.index.analysis.SynonymTable;
import org.briefbot.index.analysis.TextAnalysis;
import org.briefbot.index.ranking.AdvancedSearch;
import org.briefbot.index.ranking.AnswerPipeline;
import org.briefbot.index.store.EarlierVectors;
import org.briefbot.index.store.EmbedderLoader;
import org.briefbot.index.store.FolderWatch;
import org.briefbot.index.store.IndexStore;
import org.briefbot.index.store.IndexView;
import org.briefbot.index.store.PassageDocuments;

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
 * version beside the one in use and swaps them in one step, and each answer is computed against one
 * version from start to end, so no answer fails or mixes two versions during a swap.
 */
public final class BriefIndex implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(BriefIndex.class.getName());
  private static final AtomicBoolean PRELOADING = new AtomicBoolean();

  private final IndexOptions options;
  private final AnswerPipeline pipeline;
  private final AtomicReference<IndexView> current = new AtomicReference<>();
  private final Object reloading = new Object();
  private final FolderWatch watch;

  /** Loads the embedding model in the background; null when semantic search is off. */
  private final EmbedderLoader embedderLoader;

  /** Completes with true once answers use semantic search, with false when they never will. */
  private final CompletableFuture<Boolean> semanticReady = new CompletableFuture<>();

  /** Changes of the watched folder handled so far, loaded or not; guarded by {@code reloading}. */
  private int changesHandled;

  private volatile boolean closed;

  private BriefIndex(Library library, IndexOptions options, AnswerPipeline pipeline)
      throws IOException {
    this.options = options;
    this.pipeline = pipeline;
    // The model loads while the words are indexed; answers never wait for it (see semanticUpgrade).
    this.embedderLoader = EmbedderLoader.start(options).orElse(null);
    this.current.set(view(library));
    this.watch =
        options
            .watchedFolder()
            .map(folder -> FolderWatch.start(folder, this::reloadQuietly, library.fingerprint()))
            .orElse(null);
    if (embedderLoader == null) {
      semanticReady.complete(false);
    } else {
      embedderLoader
          .whenLoaded()
          .whenCompleteAsync(
              (embedder, failure) -> {
                if (failure != null) {
                  semanticReady.complete(false);
                } else {
                  semanticReady.complete(semanticUpgrade(embedder));
                }
              },
              BriefIndex::runInBackground);
    }
  }

  private static void runInBackground(Runnable task) {
    Thread thread = new Thread(task, "briefbot-semantic-index");
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * Once the model has loaded: makes the version in use one with passage vectors, rebuilding it
   * unless it already has this model's vectors (reused from disk), so from then on answers search
   * by meaning too. Until then they are answered from words alone: a bot must connect and answer at
   * once, and a lexical answer now beats a better one after the model's seconds of loading. True
   * when semantic search is in use.
   */
  private boolean semanticUpgrade(Embedder embedder) {
    synchronized (reloading) {
      if (closed) return false;
      IndexView view = current.get();
      if (view.vectorModel().equals(embedder.modelId())) return true;
      try {
        reload(view.library());
        return current.get().vectorModel().equals(embedder.modelId());
      } catch (BriefIndexException | IllegalStateException e) {
        LOG.log(
            Level.WARNING,
            "semantic search is off: the index could not be rebuilt with "
                + "passage vectors ({0})",
            e.getMessage());
        return false;
      }
    }
  }

  /**
   * Waits until answers search by meaning as well as by words, or the timeout passes; true when
   * they do. False at once when semantic search is off or has no embedder; false when the model
   * failed to load (logged). For one-shot commands (the CLI) that would rather wait the model's few
   * seconds than answer without it; a bot never needs to call it.
   */
  public boolean awaitSemantic(Duration timeout) throws InterruptedException {
    try {
      return semanticReady.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (ExecutionException | TimeoutException e) {
      return false;
    }
  }

  /** The embedding model answers use now, if they search by meaning. */
  public Optional<String> semanticModel() {
    Embedder embedder = embedderNow(current.get());
    return embedder == null ? Optional.empty() : Optional.of(embedder.modelId());
  }

  /** The embedder to answer with against {@code view}: loaded, and the view holds its vectors. */
  private Embedder embedderNow(IndexView view) {
    Embedder embedder = embedderLoader == null ? null : embedderLoader.embedder();
    return embedder != null && view.vectorModel().equals(embedder.modelId()) ? embedder : null;
  }

  /**
   * Starts loading what every index needs whatever its briefs (the word lists behind the analysis,
   * the analysis classes) on a background thread, and returns at once. A front end calls it first
   * thing, so that this loading overlaps its own start-up and the reading of the briefs; an {@link
   * #open} that comes before it has finished waits for the rest. Calling it again does nothing.
   */
  public static void preload() {
    if (!PRELOADING.compareAndSet(false, true)) return;
    Thread thread =
        new Thread(
            () -> {
              try {
                BundledSynonyms.table();
                BackgroundFrequencies.instance();
              } catch (RuntimeException | Error e) {
                // open() loads the same data and reports the failure where it can be acted on
                LOG.log(Level.DEBUG, "preloading the analysis data failed", e);
              }
            },
            "briefbot-preload");
    thread.setDaemon(true);
    thread.start();
  }

  /** An in-memory index of the library, with the bundled synonyms. */
  public static BriefIndex build(Library library) {
    return open(library, IndexOptions.defaults());
  }

  /**
   * An index of the library as the options say: in memory, or in a folder where it is reused while
   * the library is unchanged and rebuilt when it changes; watching the briefs folder, or not.
   *
   * @throws BriefIndexException for a malformed synonyms file or an unusable index folder
   */
  public static BriefIndex open(Library library, IndexOptions options) {
    TextAnalysis analysis = new TextAnalysis(new BriefAnalyzer());
    SynonymTable synonyms =
        options
            .synonyms()
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
    Embedder embedder = embedderLoader == null ? null : embedderLoader.embedder();
    String model = embedder == null ? IndexStore.NO_MODEL : embedder.modelId();
    IndexStore.Writer writer =
        (directory, lib, data, earlier) ->
            PassageDocuments.write(directory, lib, data, embedder, earlier, options.progress());
    IndexStore.Opened opened = null;
    if (embedder == null && embedderLoader != null && embedderLoader.loading()) {
      // The model is still loading: reuse a stored index that has its vectors, or else index the
      // words in memory for now; the version with vectors is written once the model is ready.
      opened =
          options
              .directory()
              .map(
                  folder ->
                      IndexStore.openIfCurrent(folder, library, embedderLoader.expectedModel()))
              .orElse(null);
      if (opened == null)
        opened =
            new IndexStore.Opened(
                inMemory(library, null, EarlierVectors.NONE, options.progress()),
                IndexView.IN_MEMORY);
    } else if (options.directory().isPresent()) {
      opened = IndexStore.openOrBuild(options.directory().get(), library, model, writer);
    } else {
      // Kept in memory and rebuilt on a change of the watched folder: the version in use lends
      // the vectors of the passages that did not change.
      IndexView inUse = embedder == null ? null : current.get();
      boolean lent = inUse != null && inUse.tryAcquire();
      try (EarlierVectors earlier =
          lent ? EarlierVectors.in(inUse, embedder.modelId()) : EarlierVectors.NONE) {
        opened =
            new IndexStore.Opened(
                inMemory(library, embedder, earlier, options.progress()), IndexView.IN_MEMORY);
      } finally {
        if (lent) inUse.release();
      }
    }
    Directory directory = opened.directory();
    DirectoryReader reader;
    try {
      reader = DirectoryReader.open(directory);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
    Closeable resources =
        () -> {
          try (directory) {
            reader.close();
          }
        };
    return new IndexView(library, reader, opened.generation(), resources);
  }

  private static Directory inMemory(
      Library library, Embedder embedder, EarlierVectors earlier, Progress progress)
      throws IOException {
    Directory directory = new ByteBuffersDirectory();
    PassageDocuments.write(directory, library, Map.of(), embedder, earlier, progress);
    return directory;
  }

  /** Answers with the default number of passages. */
  public Answer ask(String question) {
    return ask(Question.of(question));
  }

  /**
   * Advanced search in the full classic Lucene syntax ({@code section:conclusion AND trump*}), for
   * users who ask for it explicitly; the most relevant passages first.
   *
   * @throws QuerySyntaxException with a one-line hint when the query does not parse
   */
  public java.util.List<Hit> search(String query, int limit) throws QuerySyntaxException {
    if (limit < 1 || limit > Question.MAX_LIMIT) {
      throw new IllegalArgumentException(
          "limit must be 1 to " + Question.MAX_LIMIT + ", was " + limit);
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
      return pipeline.answer(question, view, embedderNow(view));
    } finally {
      view.release();
    }
  }

  /**
   * What the answering models read for a question, before they weigh it; for fitting them ({@link
   * Fitting}), which must see exactly what answering sees.
   */
  AnswerPipeline.Trace trace(Question question, boolean meaning) {
    IndexView view = acquire();
    try {
      return pipeline.trace(question, view, meaning ? embedderNow(view) : null);
    } finally {
      view.release();
    }
  }

  /**
   * Swaps to an index of {@code library}: built (or, on disk, reused) beside the version in use,
   * then made current in one step. Answers already running finish on the version they started with,
   * which is closed after the last of them.
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
      LOG.log(
          Level.INFO,
          "index now at {0}: {1} briefs, {2} passages",
          next.generation(),
          library.briefs().size(),
          next.reader().numDocs());
    }
  }

  /**
   * Reloads the watched folder now, as the watch does on a change; false, with the reason logged,
   * when the folder does not load (the version in use stays). For a watch that has no folder,
   * false.
   */
  boolean reloadQuietly() {
    Optional<Path> folder = options.watchedFolder();
    if (folder.isEmpty() || closed) return false;
    try {
      reload(Library.load(folder.get()));
      return true;
    } catch (LibraryException | BriefFormatException | BriefIndexException e) {
      LOG.log(
          Level.WARNING,
          "briefs folder {0} changed but does not load, so the index stays as it" + " was: {1}",
          folder.get(),
          e.getMessage());
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

  /**
   * True when answers come from the index kept in the folder of {@link IndexOptions#withDirectory};
   * false when they come from memory: no folder was given, or it could not be written (logged once
   * when it happened).
   */
  public boolean onDisk() {
    return !current.get().generation().equals(IndexView.IN_MEMORY);
  }

  /**
   * The on-disk generation in use, or {@link IndexView#IN_MEMORY}: tells a reuse from a rebuild.
   */
  public String generation() {
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
