package org.briefbot.index.ranking;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.briefbot.index.Answer;
import org.briefbot.index.Embedder;
import org.briefbot.index.Hit;
import org.briefbot.index.Question;
import org.briefbot.index.analysis.SynonymTable;
import org.briefbot.index.analysis.TextAnalysis;
import org.briefbot.index.question.Concept;
import org.briefbot.index.question.QuestionPlan;
import org.briefbot.index.question.QuestionPlanner;
import org.briefbot.index.store.Fields;
import org.briefbot.index.store.IndexView;

/**
 * Question in, answer out, against one {@link IndexView}: plan the question, fetch candidates
 * with BM25, rerank them, pick sentences, and decide whether the library answers at all. With an
 * {@link Embedder}, the passages nearest the question in meaning join the candidates, and the
 * word ranking and the meaning ranking are fused ({@link Fusion}).
 */
public final class AnswerPipeline {
  /** Passages BM25 hands to the reranker; the rest cannot reach the top few anyway. */
  private static final int CANDIDATES = 200;

  private final QuestionPlanner planner;
  private final Ranker ranker;
  private final SemanticWeights semanticWeights;

  public AnswerPipeline(TextAnalysis analysis, SynonymTable synonyms) {
    this(analysis, synonyms, RankingWeights.DEFAULT);
  }

  public AnswerPipeline(TextAnalysis analysis, SynonymTable synonyms, RankingWeights weights) {
    this(analysis, synonyms, weights, SemanticWeights.DEFAULT);
  }

  public AnswerPipeline(TextAnalysis analysis, SynonymTable synonyms, RankingWeights weights,
      SemanticWeights semanticWeights) {
    this.planner = new QuestionPlanner(analysis, synonyms);
    this.ranker = new Ranker(analysis, weights);
    this.semanticWeights = semanticWeights;
  }

  /** Answers from words alone. */
  public Answer answer(Question question, IndexView view) {
    return answer(question, view, null);
  }

  /**
   * Answers by words and, when {@code embedder} is not null (it must be the model whose vectors
   * the view holds), by meaning too.
   */
  public Answer answer(Question question, IndexView view, Embedder embedder) {
    QuestionPlan plan = planner.plan(question.text(), view.vocabulary());
    if (plan.isEmpty()) {
      return new Answer(question.text(), List.of(), plan.suggestion(), true, List.of());
    }
    try {
      Map<Concept, Integer> frequencies = new HashMap<>();
      Ranker.Statistics statistics = statistics(view, frequencies);
      List<Ranker.Candidate> candidates = candidates(plan, question.briefId(), view);
      Map<String, Double> similarity = null;
      Set<String> byWords = new HashSet<>();
      for (Ranker.Candidate candidate : candidates) byWords.add(candidate.passage().id());
      if (embedder != null) {
        // As many as the words bring, so that (in all but large libraries) every candidate has
        // its cosine for fusion; the nearest few join the candidates.
        similarity = SemanticSearch.nearest(view, embedder.embedQuery(plan.cleaned()),
            Math.max(CANDIDATES, semanticWeights.nearest()), question.briefId());
        addNearest(candidates, similarity, semanticWeights.nearest(), view);
      }
      List<Ranker.Scored> ranked = ranker.rank(plan, candidates, statistics);
      // The ranking of the passages the words found: abstention reads it, and an abstaining
      // answer shows it, exactly as without semantic search.
      List<Ranker.Scored> lexical = similarity == null ? ranked
          : ranked.stream().filter(s -> byWords.contains(s.passage().id())).toList();
      List<String> unknown = new ArrayList<>();
      int known = 0;
      for (Concept concept : plan.concepts()) {
        if (statistics.documentFrequency(concept) > 0) {
          known++;
        } else if (concept.salient()) {
          unknown.add(concept.surface());
        }
      }
      int n = statistics.passageCount();
      double rarest = Math.log(1 + (n + 0.5) / 0.5);
      boolean abstain = Abstention.abstain(unknown, known, plan.part().isPresent(),
          lexical.isEmpty() ? null : lexical.get(0), rarest);
      List<Hit> hits = new ArrayList<>();
      if (similarity != null && !abstain) {
        hits = fusedHits(ranked, similarity, question.limit());
      } else {
        for (Ranker.Scored scored : lexical.subList(0, Math.min(question.limit(), lexical.size()))) {
          hits.add(new Hit(scored.passage(), scored.sentence(), round(scored.score())));
        }
      }
      return new Answer(question.text(), hits, plan.suggestion(), abstain, unknown);
    } catch (IOException e) {
      throw new UncheckedIOException("the index could not be read", e);
    }
  }

  /** Adds the {@code count} passages nearest in meaning that the words did not bring. */
  private static void addNearest(List<Ranker.Candidate> candidates, Map<String, Double> similarity,
      int count, IndexView view) {
    Set<String> present = new HashSet<>();
    for (Ranker.Candidate candidate : candidates) present.add(candidate.passage().id());
    int added = 0;
    for (String id : similarity.keySet()) {
      if (added++ >= count) break;
      Ranker.Candidate candidate = view.passage(id);
      if (candidate != null && present.add(id)) candidates.add(candidate);
    }
  }

  /**
   * The first {@code limit} passages in the fused order, each with the sentence the words chose
   * and its fused score.
   */
  private List<Hit> fusedHits(List<Ranker.Scored> ranked, Map<String, Double> similarity,
      int limit) {
    List<Fusion.Fused> fused = Fusion.fuse(ranked, similarity, semanticWeights);
    List<Hit> hits = new ArrayList<>();
    for (Fusion.Fused f : fused.subList(0, Math.min(limit, fused.size()))) {
      Ranker.Scored scored = f.scored();
      hits.add(new Hit(scored.passage(), scored.sentence(), Math.round(f.score() * 10_000) / 10_000.0));
    }
    return hits;
  }

  private static List<Ranker.Candidate> candidates(QuestionPlan plan, Optional<String> briefId,
      IndexView view) throws IOException {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (Concept concept : plan.concepts()) any.add(conceptQuery(concept), BooleanClause.Occur.SHOULD);
    query.add(any.build(), BooleanClause.Occur.SHOULD);
    if (plan.part().isPresent() || plan.opening()) {
      // A question naming a part of the brief may have no topic words at all.
      query.add(new org.apache.lucene.search.MatchAllDocsQuery(), BooleanClause.Occur.SHOULD);
    }
    for (List<String> phrase : plan.phrases()) {
      // A quoted phrase no passage contains is taken as the user's paraphrase, not as a filter
      // that would leave nothing to show.
      Query inAnyField = anyField(phrase);
      if (view.searcher().count(inAnyField) > 0) query.add(inAnyField, BooleanClause.Occur.MUST);
    }
    for (String excluded : plan.excluded()) {
      query.add(new TermQuery(new Term(Fields.BODY, excluded)), BooleanClause.Occur.MUST_NOT);
    }
    briefId.ifPresent(id -> query.add(new TermQuery(new Term(Fields.BRIEF, id)), BooleanClause.Occur.FILTER));
    TopDocs top = view.searcher().search(query.build(), CANDIDATES);
    List<Ranker.Candidate> candidates = new ArrayList<>();
    var stored = view.searcher().storedFields();
    for (ScoreDoc hit : top.scoreDocs) {
      Document doc = stored.document(hit.doc, Set.of(Fields.ID));
      Ranker.Candidate candidate = view.passage(doc.get(Fields.ID));
      if (candidate != null) candidates.add(candidate);
    }
    return candidates;
  }

  /** Any form of the concept in body, heading or about-words, each form boosted by its weight. */
  static Query conceptQuery(Concept concept) {
    BooleanQuery.Builder forms = new BooleanQuery.Builder();
    for (Concept.Alternative alternative : concept.alternatives()) {
      for (String field : new String[] {Fields.BODY, Fields.HEADING, Fields.ABOUT}) {
        forms.add(new BoostQuery(termsQuery(field, alternative.terms()), (float) alternative.weight()),
            BooleanClause.Occur.SHOULD);
      }
    }
    return forms.build();
  }

  private static Query anyField(List<String> terms) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String field : new String[] {Fields.BODY, Fields.HEADING, Fields.ABOUT}) {
      any.add(termsQuery(field, terms), BooleanClause.Occur.SHOULD);
    }
    return any.build();
  }

  private static Query termsQuery(String field, List<String> terms) {
    if (terms.size() == 1) return new TermQuery(new Term(field, terms.get(0)));
    PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(2);
    for (String term : terms) phrase.add(new Term(field, term));
    return phrase.build();
  }

  private static Ranker.Statistics statistics(IndexView view, Map<Concept, Integer> cache) {
    return new Ranker.Statistics() {
      @Override
      public int passageCount() {
        return view.reader().numDocs();
      }

      @Override
      public double averageLength() {
        return view.averageLength();
      }

      @Override
      public int documentFrequency(List<String> terms) {
        return view.formFrequency(terms, t -> {
          try {
            return view.searcher().count(anyField(t));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      }

      @Override
      public int documentFrequency(Concept concept) {
        return cache.computeIfAbsent(concept, c -> {
          try {
            return view.searcher().count(conceptQuery(c));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      }
    };
  }

  private static double round(double score) {
    return Math.round(score * 1000) / 1000.0;
  }
}
