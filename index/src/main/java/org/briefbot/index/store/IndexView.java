package org.briefbot.index.store;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.briefbot.core.Brief;
import org.briefbot.core.Library;
import org.briefbot.core.Passage;
import org.briefbot.index.analysis.Vocabulary;

/**
 * One consistent version of the index: a searcher over a reader, and the library that reader was
 * built from. An answer is computed against one view from start to end, so a reload in between can
 * never mix two versions.
 *
 * <p>A view counts its users: it starts with one reference (the index's, dropped when a newer view
 * replaces it) and every answer holds one more while it runs, so the reader is closed only after
 * the last answer using it has finished.
 */
public final class IndexView {
  /** The generation name of a view kept in memory. */
  public static final String IN_MEMORY = "memory";

  private final Library library;
  private final String generation;
  private final Closeable resources;
  private final AtomicInteger references = new AtomicInteger(1);
  private final IndexSearcher searcher;
  private final Map<String, StoredPassage> passages;
  private final double averageLength;
  private final Vocabulary vocabulary;
  private final String vectorModel;

  public IndexView(Library library, IndexReader reader) {
    this(library, reader, IN_MEMORY, reader);
  }

  /**
   * A view named {@code generation} (the index folder's generation, or {@value #IN_MEMORY}) that
   * closes {@code resources} (the reader, and its directory) when its last reference is dropped.
   */
  public IndexView(Library library, IndexReader reader, String generation, Closeable resources) {
    this.library = library;
    this.generation = generation;
    this.resources = resources;
    this.searcher = new IndexSearcher(reader);
    this.searcher.setSimilarity(new BM25Similarity());
    Map<String, StoredPassage> byId = new HashMap<>();
    for (Brief brief : library.briefs()) {
      for (Passage passage : brief.passages())
        byId.put(passage.id(), new StoredPassage(passage, brief));
    }
    this.passages = Map.copyOf(byId);
    try {
      CollectionStatistics body = searcher.collectionStatistics(Fields.BODY);
      this.averageLength = body == null ? 1 : (double) body.sumTotalTermFreq() / body.docCount();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.vocabulary = new LuceneVocabulary(reader);
    this.vectorModel =
        reader instanceof DirectoryReader directoryReader
            ? vectorModel(directoryReader)
            : IndexStore.NO_MODEL;
  }

  private static String vectorModel(DirectoryReader reader) {
    try {
      return reader
          .getIndexCommit()
          .getUserData()
          .getOrDefault(IndexStore.KEY_MODEL, IndexStore.NO_MODEL);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Frequencies of analyzed forms, asked again and again for synonyms; fixed for this view. */
  private final Map<java.util.List<String>, Integer> formFrequencies =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * How many passages contain the form (terms in a row, stop words aside) in any searched field,
   * remembered for this view's life.
   */
  public int formFrequency(
      java.util.List<String> terms,
      java.util.function.ToIntFunction<java.util.List<String>> count) {
    if (formFrequencies.size() > 100_000) formFrequencies.clear();
    return formFrequencies.computeIfAbsent(java.util.List.copyOf(terms), count::applyAsInt);
  }

  private final Map<Object, Object> derived = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * A value computed once from this version of the library (its abbreviations, say) and kept as
   * long as the version is: a reload brings a new view, so nothing stale is ever read.
   */
  @SuppressWarnings("unchecked")
  public <T> T derived(Object key, java.util.function.Supplier<T> compute) {
    return (T) derived.computeIfAbsent(key, k -> compute.get());
  }

  /** Takes a reference for one answer; false when the view has been retired and closed. */
  public boolean tryAcquire() {
    for (int n = references.get(); n > 0; n = references.get()) {
      if (references.compareAndSet(n, n + 1)) return true;
    }
    return false;
  }

  /** Drops a reference; the last one closes the reader. */
  public void release() {
    int left = references.decrementAndGet();
    if (left == 0) {
      try {
        resources.close();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot close index generation " + generation, e);
      }
    } else if (left < 0) {
      throw new IllegalStateException(
          "index view " + generation + " released more often than acquired");
    }
  }

  public String generation() {
    return generation;
  }

  public Library library() {
    return library;
  }

  public IndexSearcher searcher() {
    return searcher;
  }

  public IndexReader reader() {
    return searcher.getIndexReader();
  }

  /** The passage (with its brief) behind a stored id, or null if the library has no such id. */
  public StoredPassage passage(String id) {
    return passages.get(id);
  }

  /**
   * The vectors stored for a document: the passage's and its sentences'; null when this version was
   * indexed without a model.
   */
  public PassageVectors vectors(int doc) {
    try {
      return PassageVectors.read(searcher.storedFields(), doc);
    } catch (IOException e) {
      throw new UncheckedIOException("the index could not be read", e);
    }
  }

  public double averageLength() {
    return averageLength;
  }

  public Vocabulary vocabulary() {
    return vocabulary;
  }

  /** The embedding model whose vectors this version holds, or {@link IndexStore#NO_MODEL}. */
  public String vectorModel() {
    return vectorModel;
  }
}
