package org.briefbot.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.briefbot.core.Brief;
import org.briefbot.core.Library;
import org.briefbot.core.Passage;

/**
 * One consistent version of the index: a searcher over a reader, and the library that reader was
 * built from. An answer is computed against one view from start to end, so a reload in between
 * can never mix two versions.
 */
final class IndexView {
  private final Library library;
  private final IndexSearcher searcher;
  private final Map<String, Ranker.Candidate> passages;
  private final double averageLength;
  private final Vocabulary vocabulary;

  IndexView(Library library, IndexReader reader) {
    this.library = library;
    this.searcher = new IndexSearcher(reader);
    this.searcher.setSimilarity(new BM25Similarity());
    Map<String, Ranker.Candidate> byId = new HashMap<>();
    for (Brief brief : library.briefs()) {
      for (Passage passage : brief.passages()) byId.put(passage.id(), new Ranker.Candidate(passage, brief));
    }
    this.passages = Map.copyOf(byId);
    try {
      CollectionStatistics body = searcher.collectionStatistics(Fields.BODY);
      this.averageLength = body == null ? 1 : (double) body.sumTotalTermFreq() / body.docCount();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.vocabulary = new LuceneVocabulary(reader);
  }

  Library library() {
    return library;
  }

  IndexSearcher searcher() {
    return searcher;
  }

  IndexReader reader() {
    return searcher.getIndexReader();
  }

  /** The passage (with its brief) behind a stored id, or null if the library has no such id. */
  Ranker.Candidate passage(String id) {
    return passages.get(id);
  }

  double averageLength() {
    return averageLength;
  }

  Vocabulary vocabulary() {
    return vocabulary;
  }
}
