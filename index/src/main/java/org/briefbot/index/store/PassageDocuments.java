package org.briefbot.index.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;
import org.briefbot.core.Brief;
import org.briefbot.core.Library;
import org.briefbot.core.Passage;
import org.briefbot.core.Progress;
import org.briefbot.core.Sentence;
import org.briefbot.core.Sentences;
import org.briefbot.index.Embedder;
import org.briefbot.index.analysis.BriefAnalyzer;

/** How a passage becomes a Lucene document, and the analyzers for each field. */
public final class PassageDocuments {
  /** The stage {@link #write} reports, in passages. */
  public static final String INDEXING = "indexing passages";

  /**
   * The body is stored verbatim and indexed with offsets, so a highlighter (or the advanced search)
   * can point into the text without re-analysing it.
   */
  private static final FieldType BODY_TYPE = new FieldType(TextField.TYPE_STORED);

  static {
    BODY_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    BODY_TYPE.freeze();
  }

  private PassageDocuments() {}

  /** The briefbot analyzer everywhere, except the spelling field, which keeps words whole. */
  public static Analyzer analyzer(BriefAnalyzer analyzer) {
    return new PerFieldAnalyzerWrapper(analyzer, Map.of(Fields.SPELL, spellingAnalyzer()));
  }

  static Analyzer spellingAnalyzer() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(
            source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
      }
    };
  }

  public static Document document(Passage passage, Brief brief, int libraryOrdinal) {
    Document doc = new Document();
    doc.add(new StringField(Fields.ID, passage.id(), Field.Store.YES));
    doc.add(new StringField(Fields.BRIEF, passage.briefId(), Field.Store.YES));
    doc.add(new Field(Fields.BODY, passage.text(), BODY_TYPE));
    doc.add(new TextField(Fields.HEADING, PassageZones.heading(passage, brief), Field.Store.NO));
    doc.add(new TextField(Fields.ABOUT, PassageZones.about(passage), Field.Store.NO));
    doc.add(new TextField(Fields.SPELL, passage.text(), Field.Store.NO));
    doc.add(new NumericDocValuesField(Fields.ORDINAL, libraryOrdinal));
    doc.add(new StoredField(Fields.ORDINAL, libraryOrdinal));
    return doc;
  }

  /**
   * The document of a passage with its meaning: the passage's vector for nearest-neighbour search,
   * compared by dot product, as embedders give unit vectors; and the passage's and its sentences'
   * vectors stored, to weigh every candidate and pick sentences by meaning.
   */
  public static Document document(
      Passage passage, Brief brief, int libraryOrdinal, PassageVectors vectors) {
    Document doc = document(passage, brief, libraryOrdinal);
    doc.add(
        new KnnFloatVectorField(
            Fields.VECTOR, vectors.passage(), VectorSimilarityFunction.DOT_PRODUCT));
    doc.add(new StoredField(Fields.VECTORS, vectors.encode()));
    return doc;
  }

  /**
   * Writes every passage of the library into an empty directory and commits with {@code
   * commitData}.
   */
  public static void write(Directory directory, Library library, Map<String, String> commitData)
      throws IOException {
    write(directory, library, commitData, null, EarlierVectors.NONE, Progress.NONE);
  }

  /**
   * Writes every passage of the library into an empty directory, with its vectors when there is an
   * {@code embedder} (copied from {@code earlier} for passages it holds, embedded for the rest),
   * and commits with {@code commitData}; tells {@code progress} per brief.
   */
  public static void write(
      Directory directory,
      Library library,
      Map<String, String> commitData,
      Embedder embedder,
      EarlierVectors earlier,
      Progress progress)
      throws IOException {
    int total = 0;
    for (Brief brief : library.briefs()) total += brief.passages().size();
    Map<String, String> data = new HashMap<>(commitData);
    data.put(IndexStore.KEY_MODEL, embedder == null ? IndexStore.NO_MODEL : embedder.modelId());
    commitData = Map.copyOf(data);
    IndexWriterConfig config =
        new IndexWriterConfig(PassageDocuments.analyzer(new BriefAnalyzer()))
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
            .setSimilarity(new BM25Similarity())
            // One bulk load: buffer generously and merge at the end, rather than flush small
            // segments.
            .setRAMBufferSizeMB(64);
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      int ordinal = 0;
      for (Brief brief : library.briefs()) {
        if (embedder == null) {
          for (Passage passage : brief.passages()) {
            writer.addDocument(document(passage, brief, ordinal++));
          }
          progress.advanced(INDEXING, ordinal, total);
          continue;
        }
        // One brief at a time, the passages the earlier generation lacks and their sentences in
        // one batch, so the embedder can spread them over the cores.
        List<Passage> passages = brief.passages();
        PassageVectors[] known = new PassageVectors[passages.size()];
        List<List<Sentence>> split = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int p = 0; p < passages.size(); p++) {
          List<Sentence> sentences = Sentences.split(passages.get(p).text());
          split.add(sentences);
          // A passage of one sentence is its own sentence: embedding it twice would only cost.
          int stored = sentences.size() > 1 ? sentences.size() : 1;
          known[p] = earlier.find(passages.get(p).text(), stored, embedder.dimension());
          if (known[p] == null) texts.add(passages.get(p).text());
        }
        int fresh = texts.size();
        for (int p = 0; p < passages.size(); p++) {
          if (known[p] == null && split.get(p).size() > 1) {
            for (Sentence sentence : split.get(p)) texts.add(sentence.text());
          }
        }
        List<float[]> vectors = texts.isEmpty() ? List.of() : embedder.embedPassages(texts);
        int nextPassage = 0;
        int nextSentence = fresh; // the sentences follow the passages embedded afresh
        for (int p = 0; p < passages.size(); p++) {
          PassageVectors passageVectors = known[p];
          if (passageVectors == null) {
            float[] passage = vectors.get(nextPassage++);
            int count = split.get(p).size();
            List<float[]> sentenceVectors =
                count > 1 ? vectors.subList(nextSentence, nextSentence + count) : List.of(passage);
            if (count > 1) nextSentence += count;
            passageVectors = new PassageVectors(passage, sentenceVectors);
          }
          writer.addDocument(document(passages.get(p), brief, ordinal++, passageVectors));
        }
        progress.advanced(INDEXING, ordinal, total);
      }
      if (!commitData.isEmpty()) writer.setLiveCommitData(commitData.entrySet());
      writer.commit();
    }
  }
}
