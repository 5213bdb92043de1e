package org.briefbot.index;

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
import org.apache.lucene.index.VectorSimilarityFunction;
import org.briefbot.core.Brief;
import org.briefbot.core.Passage;

/** How a passage becomes a Lucene document, and the analyzers for each field. */
final class PassageDocuments {
  /**
   * The body is stored verbatim and indexed with offsets, so a highlighter (or the advanced
   * search) can point into the text without re-analysing it.
   */
  private static final FieldType BODY_TYPE = new FieldType(TextField.TYPE_STORED);

  static {
    BODY_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    BODY_TYPE.freeze();
  }

  private PassageDocuments() {}

  /** The briefbot analyzer everywhere, except the spelling field, which keeps words whole. */
  static Analyzer analyzer(BriefAnalyzer analyzer) {
    return new PerFieldAnalyzerWrapper(analyzer, Map.of(Fields.SPELL, spellingAnalyzer()));
  }

  static Analyzer spellingAnalyzer() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source,
            new ASCIIFoldingFilter(new LowerCaseFilter(source)));
      }
    };
  }

  static Document document(Passage passage, Brief brief, int libraryOrdinal) {
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
   * compared by dot product, as embedders give unit vectors.
   */
  static Document document(Passage passage, Brief brief, int libraryOrdinal, float[] vector) {
    Document doc = document(passage, brief, libraryOrdinal);
    doc.add(new KnnFloatVectorField(Fields.VECTOR, vector, VectorSimilarityFunction.DOT_PRODUCT));
    return doc;
  }
}
