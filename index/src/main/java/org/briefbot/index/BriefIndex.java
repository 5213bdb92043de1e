package org.briefbot.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.briefbot.core.Brief;
import org.briefbot.core.Library;
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
 * <p>Thread-safe: any number of threads may ask at once.
 */
public final class BriefIndex implements AutoCloseable {
  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexView view;
  private final AnswerPipeline pipeline;

  private BriefIndex(Library library, Directory directory, AnswerPipeline pipeline)
      throws IOException {
    this.directory = directory;
    this.reader = DirectoryReader.open(directory);
    this.view = new IndexView(library, reader);
    this.pipeline = pipeline;
  }

  /** An in-memory index of the library, with the bundled synonyms. */
  public static BriefIndex build(Library library) {
    return open(library, IndexOptions.defaults());
  }

  /**
   * An index of the library as the options say: in memory, or in a folder where it is reused
   * while the library is unchanged and rebuilt when it changes.
   *
   * @throws BriefIndexException for a malformed synonyms file or an unusable index folder
   */
  public static BriefIndex open(Library library, IndexOptions options) {
    TextAnalysis analysis = new TextAnalysis(new BriefAnalyzer());
    SynonymTable synonyms = options.synonyms()
        .map(file -> SynonymTable.withUserFile(file, analysis))
        .orElseGet(() -> SynonymTable.defaults(analysis));
    try {
      Directory directory = options.directory().isPresent()
          ? IndexStore.openOrBuild(options.directory().get(), library, BriefIndex::write)
          : inMemory(library);
      return new BriefIndex(library, directory, new AnswerPipeline(analysis, synonyms));
    } catch (IOException e) {
      throw new BriefIndexException("cannot open the index: " + e.getMessage(), e);
    }
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
        .setSimilarity(new BM25Similarity());
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

  /** Answers a question; never throws for anything a user can type. */
  public Answer ask(Question question) {
    return pipeline.answer(question, view);
  }

  /** The library this index answers from. */
  public Library library() {
    return view.library();
  }

  /** How many passages are indexed. */
  public int passageCount() {
    return reader.numDocs();
  }

  @Override
  public void close() {
    try {
      reader.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
