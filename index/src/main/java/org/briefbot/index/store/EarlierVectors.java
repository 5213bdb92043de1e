package org.briefbot.index.store;

import java.io.Closeable;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * The vectors the generation being replaced stored, found by passage text. Embedding is most of a
 * build's time (a minute for seventy briefs on two cores), so a folder of many briefs that gains or
 * edits one is rebuilt by embedding only the passages that are new or read differently and copying
 * the rest. Vectors are only taken from a generation of the same index format and embedding model,
 * and only where the passage still splits into as many sentences as were stored.
 *
 * <p>A copied vector is the stored one, rounded to bytes as {@link PassageVectors} keeps it: every
 * cosine the answers weigh is read from those stored bytes anyway, so answers are the same; only
 * the nearest-neighbour search's copy of the passage's vector moves, by about 0.001 in cosine.
 */
public final class EarlierVectors implements Closeable {
  /** None to reuse: the first build, a build without a model, or one in memory. */
  public static final EarlierVectors NONE = new EarlierVectors(null, null, Map.of(), null);

  private static final System.Logger LOG = System.getLogger(EarlierVectors.class.getName());

  private final Directory directory;
  private final DirectoryReader reader;
  private final Map<String, Integer> documentByText;
  private final StoredFields stored;

  private EarlierVectors(
      Directory directory,
      DirectoryReader reader,
      Map<String, Integer> documentByText,
      StoredFields stored) {
    this.directory = directory;
    this.reader = reader;
    this.documentByText = documentByText;
    this.stored = stored;
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
      Path pointer = folder.resolve(IndexStore.CURRENT);
      if (!Files.isRegularFile(pointer)) return NONE;
      String generation = Files.readString(pointer, StandardCharsets.UTF_8).strip();
      Path path = folder.resolve(generation);
      if (generation.isEmpty()
          || !path.normalize().startsWith(folder.normalize())
          || !Files.isDirectory(path)) {
        return NONE;
      }
      directory = FSDirectory.open(path);
      reader = DirectoryReader.open(directory);
      Map<String, String> data = reader.getIndexCommit().getUserData();
      if (!format.equals(data.get(IndexStore.KEY_FORMAT))
          || !model.equals(data.get(IndexStore.KEY_MODEL))) {
        reader.close();
        directory.close();
        return NONE;
      }
      StoredFields stored = reader.storedFields();
      Map<String, Integer> documentByText = new HashMap<>();
      for (LeafReaderContext leaf : reader.leaves()) {
        LeafReader leafReader = leaf.reader();
        Bits live = leafReader.getLiveDocs();
        for (int doc = 0; doc < leafReader.maxDoc(); doc++) {
          if (live != null && !live.get(doc)) continue;
          int global = leaf.docBase + doc;
          Document body = stored.document(global, Set.of(Fields.BODY));
          String text = body.get(Fields.BODY);
          if (text != null) documentByText.putIfAbsent(text, global);
        }
      }
      return new EarlierVectors(directory, reader, documentByText, stored);
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.DEBUG, "not reusing the vectors in {0}: {1}", folder, e.toString());
      closeQuietly(reader);
      closeQuietly(directory);
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
    closeQuietly(reader);
    closeQuietly(directory);
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
