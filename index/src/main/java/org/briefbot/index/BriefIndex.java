package org.briefbot.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
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
  /** Passages BM25 hands to the reranker; the rest cannot reach the top few anyway. */
  private static final int CANDIDATES = 200;
  /** Below this share of the question's weight, the best passage does not answer it. */
  private static final double MIN_COVERAGE = 0.34;
  /** When the question names something no brief mentions, a passage must cover nearly all the rest. */
  private static final double MIN_COVERAGE_WITH_UNKNOWN = 0.8;

  private final Library library;
  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final TextAnalysis analysis;
  private final QuestionPlanner planner;
  private final Ranker ranker;
  private final Vocabulary vocabulary;
  private final Map<String, Ranker.Candidate> passages;
  private final double averageLength;

  private BriefIndex(Library library, Directory directory, SynonymTable synonyms,
      TextAnalysis analysis) throws IOException {
    this.library = library;
    this.directory = directory;
    this.reader = DirectoryReader.open(directory);
    this.searcher = new IndexSearcher(reader);
    this.searcher.setSimilarity(new BM25Similarity());
    this.analysis = analysis;
    this.planner = new QuestionPlanner(analysis, synonyms);
    this.ranker = new Ranker(analysis);
    this.vocabulary = new LuceneVocabulary(reader);
    Map<String, Ranker.Candidate> byId = new HashMap<>();
    for (Brief brief : library.briefs()) {
      for (Passage passage : brief.passages()) byId.put(passage.id(), new Ranker.Candidate(passage, brief));
    }
    this.passages = Map.copyOf(byId);
    CollectionStatistics body = searcher.collectionStatistics(Fields.BODY);
    this.averageLength = body == null ? 1 : (double) body.sumTotalTermFreq() / body.docCount();
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
      return new BriefIndex(library, directory, synonyms, analysis);
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
    QuestionPlan plan = planner.plan(question.text(), vocabulary);
    if (plan.isEmpty()) {
      return new Answer(question.text(), List.of(), plan.suggestion(), true, List.of());
    }
    try {
      List<Ranker.Candidate> candidates = candidates(plan, question.briefId());
      List<Ranker.Scored> ranked = ranker.rank(plan, candidates, statistics());
      List<String> unknown = new ArrayList<>();
      for (Concept concept : plan.concepts()) {
        if (concept.salient() && documentFrequency(concept) == 0) unknown.add(concept.surface());
      }
      boolean abstain = ranked.isEmpty()
          || ranked.get(0).coverage() < MIN_COVERAGE
          || !unknown.isEmpty() && ranked.get(0).coverage() < MIN_COVERAGE_WITH_UNKNOWN;
      List<Hit> hits = new ArrayList<>();
      for (Ranker.Scored scored : ranked.subList(0, Math.min(question.limit(), ranked.size()))) {
        hits.add(new Hit(scored.passage(), scored.sentence(), round(scored.score())));
      }
      return new Answer(question.text(), hits, plan.suggestion(), abstain, unknown);
    } catch (IOException e) {
      throw new UncheckedIOException("the index could not be read", e);
    }
  }

  private List<Ranker.Candidate> candidates(QuestionPlan plan, Optional<String> briefId)
      throws IOException {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (Concept concept : plan.concepts()) any.add(conceptQuery(concept), BooleanClause.Occur.SHOULD);
    query.add(any.build(), plan.phrases().isEmpty() ? BooleanClause.Occur.MUST : BooleanClause.Occur.SHOULD);
    for (List<String> phrase : plan.phrases()) {
      query.add(termsQuery(Fields.BODY, phrase), BooleanClause.Occur.MUST);
    }
    for (String excluded : plan.excluded()) {
      query.add(new TermQuery(new Term(Fields.BODY, excluded)), BooleanClause.Occur.MUST_NOT);
    }
    briefId.ifPresent(id -> query.add(new TermQuery(new Term(Fields.BRIEF, id)), BooleanClause.Occur.FILTER));
    TopDocs top = searcher.search(query.build(), CANDIDATES);
    List<Ranker.Candidate> candidates = new ArrayList<>();
    var stored = searcher.storedFields();
    for (ScoreDoc hit : top.scoreDocs) {
      Document doc = stored.document(hit.doc, java.util.Set.of(Fields.ID));
      Ranker.Candidate candidate = passages.get(doc.get(Fields.ID));
      if (candidate != null) candidates.add(candidate);
    }
    return candidates;
  }

  /** Any form of the concept in body, heading or about-words, each form boosted by its weight. */
  private static Query conceptQuery(Concept concept) {
    BooleanQuery.Builder forms = new BooleanQuery.Builder();
    for (Concept.Alternative alternative : concept.alternatives()) {
      for (String field : new String[] {Fields.BODY, Fields.HEADING, Fields.ABOUT}) {
        forms.add(new BoostQuery(termsQuery(field, alternative.terms()), (float) alternative.weight()),
            BooleanClause.Occur.SHOULD);
      }
    }
    return forms.build();
  }

  private static Query termsQuery(String field, List<String> terms) {
    if (terms.size() == 1) return new TermQuery(new Term(field, terms.get(0)));
    PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(2);
    for (String term : terms) phrase.add(new Term(field, term));
    return phrase.build();
  }

  private int documentFrequency(Concept concept) {
    try {
      return searcher.count(conceptQuery(concept));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Ranker.Statistics statistics() {
    Map<Concept, Integer> cache = new HashMap<>();
    return new Ranker.Statistics() {
      @Override
      public int passageCount() {
        return reader.numDocs();
      }

      @Override
      public double averageLength() {
        return averageLength;
      }

      @Override
      public int documentFrequency(Concept concept) {
        return cache.computeIfAbsent(concept, BriefIndex.this::documentFrequency);
      }
    };
  }

  private static double round(double score) {
    return Math.round(score * 1000) / 1000.0;
  }

  /** The library this index answers from. */
  public Library library() {
    return library;
  }

  /** How many passages are indexed. */
  public int passageCount() {
    return reader.numDocs();
  }

  IndexReader reader() {
    return reader;
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
