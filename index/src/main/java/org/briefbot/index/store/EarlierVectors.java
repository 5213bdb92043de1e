package org.briefbot.index.store;

import java.io.Closeable;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * The vectors the version being replaced stored (the index folder's current generation, or the
 * index kept in memory), found by passage text. Embedding is most of a build's time (a minute for
 * seventy briefs on two cores), so a folder of many briefs that gains or edits one is rebuilt by
 * embedding only the passages that are new or read differently and copying the rest. Vectors are
 * only taken from a version of the same index format and embedding model, and only where the
 * passage still splits into as many sentences as were stored.
 *
 * <p>A copied vector is the stored one, rounded to bytes as {@link PassageVectors} keeps it: every
 * cosine the answers weigh is read from those stored bytes anyway, so answers are the same; only
 * the nearest-neighbour search's copy of the passage's vector moves, by about 0.001 in cosine.
 */
public final class EarlierVectors implements Closeable {
  /** None to reuse: the first build, or a build without a model. */
  public static final EarlierVectors NONE = new EarlierVectors();

  private static final System.Logger LOG = System.getLogger(EarlierVectors.class.getName());

  private final Map<String, Integer> documentByText = new HashMap<>();
  private final StoredFields stored;
  private final Closeable owned;

  private EarlierVectors() {
    this.stored = null;
    this.owned = null;
  }

  /** The vectors {@code reader} stores; closing closes {@code owned} (null: the caller's). */
  private EarlierVectors(IndexReader reader, Closeable owned) throws IOException {
    this.stored = reader.storedFields();
    this.owned = owned;
    for (LeafReaderContext leaf : reader.leaves()) {
      Bits live = leaf.reader().getLiveDocs();
      for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
        if (live != null && !live.get(doc)) continue;
        int global = leaf.docBase + doc;
        Document body = stored.document(global, Set.of(Fields.BODY));
        String text = body.get(Fields.BODY);
        if (text != null) documentByText.putIfAbsent(text, global);
      }
    }
  }

  /**
   * The vectors of the current generation in {@code folder}, when it was built in this index format
   * with the vectors of {@code model}; else {@link #NONE}. An earlier generation that cannot be
   * read only means everything is embedded afresh.
   */
  static EarlierVectors of(Path folder, String format, String model) {
    if (IndexStore.NO_MODEL.equals(model)) return NONE;
    Directory directory = null;
    DirectoryReader reader = null;
    try {
      Path path = IndexStore.currentGeneration(folder);
      if (path == null) return NONE;
      directory = FSDirectory.open(path);
      reader = DirectoryReader.open(directory);
      Map<String, String> data = reader.getIndexCommit().getUserData();
      if (!format.equals(data.get(IndexStore.KEY_FORMAT))
          || !model.equals(data.get(IndexStore.KEY_MODEL))) {
        closeQuietly(reader);
        closeQuietly(directory);
        return NONE;
      }
      DirectoryReader opened = reader;
      Directory folderDirectory = directory;
      return new EarlierVectors(
          reader,
          () -> {
            try (folderDirectory) {
              opened.close();
            }
          });
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.DEBUG, "not reusing the vectors in {0}: {1}", folder, e.toString());
      closeQuietly(reader);
      closeQuietly(directory);
      return NONE;
    }
  }

  /**
   * The vectors of the version in use, when it holds {@code model}'s: an index kept in memory (a
   * bot without an index folder) rebuilt after its watched folder changed. The caller keeps {@code
   * view} acquired until this is closed.
   */
  public static EarlierVectors in(IndexView view, String model) {
    if (IndexStore.NO_MODEL.equals(model) || !model.equals(view.vectorModel())) return NONE;
    try {
      return new EarlierVectors(view.reader(), null);
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.DEBUG, "not reusing the vectors in use: {0}", e.toString());
      return NONE;
    }
  }

  /**
   * The stored vectors of a passage with this {@code text}, when it was stored with {@code
   * sentences} sentence vectors of {@code dimension} numbers; else null, and the passage is
   * embedded afresh.
   */
  PassageVectors find(String text, int sentences, int dimension) {
    Integer doc = documentByText.get(text);
    if (doc == null) return null;
    try {
      PassageVectors vectors = PassageVectors.read(stored, doc);
      if (vectors == null
          || vectors.passage().length != dimension
          || vectors.sentences().size() != sentences) {
        return null;
      }
      return vectors;
    } catch (IOException | RuntimeException e) {
      return null; // a damaged stored field: embed this passage again
    }
  }

  @Override
  public void close() {
    closeQuietly(owned);
  }

  private static void closeQuietly(Closeable closeable) {
    if (closeable == null) return;
    try {
      closeable.close();
    } catch (IOException e) {
      // only read from; nothing was written that closing could lose
    }
  }
}
