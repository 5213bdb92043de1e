package org.briefbot.index.ranking;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.briefbot.core.Brief;
import org.briefbot.core.Passage;
import org.briefbot.core.PassageKind;
import org.briefbot.core.Sentence;
import org.briefbot.index.Answer;
import org.briefbot.index.Embedder;
import org.briefbot.index.Hit;
import org.briefbot.index.Question;
import org.briefbot.index.analysis.Abbreviations;
import org.briefbot.index.analysis.BackgroundFrequencies;
import org.briefbot.index.analysis.SynonymTable;
import org.briefbot.index.analysis.TextAnalysis;
import org.briefbot.index.question.AnswerType;
import org.briefbot.index.question.BriefPart;
import org.briefbot.index.question.Concept;
import org.briefbot.index.question.QuestionPlan;
import org.briefbot.index.question.QuestionPlanner;
import org.briefbot.index.store.Fields;
import org.briefbot.index.store.IndexView;
import org.briefbot.index.store.PassageVectors;
import org.briefbot.index.store.PassageZones;
import org.briefbot.index.store.StoredPassage;

/**
 * Question in, answer out, against one {@link IndexView}: plan the question, gather candidates by
 * words (BM25) and by meaning (the passages nearest the question's vector), read the evidence of
 * each ({@link Ranker}, cosines of passage and sentences), and let the fitted {@link AnswerModels}
 * rank the passages, pick each one's sentence and decide whether the library answers at all.
 *
 * <p>{@link #trace} stops before the models, so that fitting them ({@link ModelFitting}) reads
 * exactly what answering reads.
 */
public final class AnswerPipeline {
  /** Concepts the library mentions a question needs besides its unknown names to be answered. */
  static final int MIN_REST_CONCEPTS = 2;

  /** How many of a brief's candidate passages must mention a concept for it to name the brief. */
  static final int SUBJECT_PASSAGES = 2;

  /** Passages BM25 hands over; the rest cannot reach the top few anyway. */
  private static final int CANDIDATES = 200;

  /** Passages nearest in meaning added to them, which may share no word with the question. */
  private static final int NEAREST = 50;

  /** The key of {@link #aboutTheBriefDocuments} among the values a library version keeps. */
  private static final Object ABOUT_THE_BRIEF_DOCUMENTS = new Object();

  /** Names no brief mentions are counted up to this many; more say no more. */
  private static final int UNKNOWN_CAP = 3;

  private final TextAnalysis analysis;
  private final SynonymTable synonyms;
  private final Ranker ranker;
  private final AnswerModels models;

  public AnswerPipeline(TextAnalysis analysis, SynonymTable synonyms) {
    this(analysis, synonyms, AnswerModels.bundled());
  }

  public AnswerPipeline(TextAnalysis analysis, SynonymTable synonyms, AnswerModels models) {
    this.analysis = analysis;
    this.synonyms = synonyms;
    this.ranker = new Ranker(analysis);
    this.models = models;
  }

  /**
   * One candidate as the models see it.
   *
   * @param evidence what its words say
   * @param features its {@link Features.Passage} values, in order, measured with the word
   *     statistics of the whole library
   * @param sentenceFeatures for each sentence, its {@link Features.Sentence} values, likewise
   * @param inBrief its passage values measured with the statistics of its own brief alone, as if
   *     the question were asked of that brief: they order a brief's passages among themselves (the
   *     same arrays as {@code features} when one brief is loaded)
   * @param sentencesInBrief its sentence values measured likewise
   * @param vectors the stored embeddings of the passage and its sentences when answering by
   *     meaning; null by words alone; read, never written
   */
  public record Candidate(
      Ranker.Evidence evidence,
      double[] features,
      double[][] sentenceFeatures,
      double[] inBrief,
      double[][] sentencesInBrief,
      PassageVectors vectors) {

    /** A candidate whose brief is the whole library, or whose brief's statistics are its own. */
    public Candidate(
        Ranker.Evidence evidence,
        double[] features,
        double[][] sentenceFeatures,
        PassageVectors vectors) {
      this(evidence, features, sentenceFeatures, features, sentenceFeatures, vectors);
    }
  }

  /**
   * Everything the models read about one question.
   *
   * @param plan the question planned
   * @param candidates the passages that could answer it, unordered
   * @param meaning true when cosines were measured (an embedder and vectors were at hand)
   * @param unknown names, acronyms and numbers no brief mentions, as typed
   * @param unknownShare their share of the question's weight (see {@link Features.Question})
   * @param knownConcepts how many of the question's concepts the library mentions
   * @param weighted the question's concepts with the weights its evidence is measured in
   * @param unmentioned how specific the question's words no brief mentions are, summed: each counts
   *     from 0 (a word in every English document) to 1 (a word in none), names or not
   * @param withoutAnswer true when nothing can answer it whatever the models say: nothing to search
   *     for, no candidate, or no concept the library mentions and no part of a brief named
   * @param questionVector the question's embedding when answering by meaning, else null; read,
   *     never written
   * @param leftOut embeds the question's words a passage leaves out, when answering by meaning;
   *     else null
   */
  public record Trace(
      QuestionPlan plan,
      List<Candidate> candidates,
      boolean meaning,
      List<String> unknown,
      double unknownShare,
      int knownConcepts,
      Ranker.WeightedQuestion weighted,
      double unmentioned,
      boolean withoutAnswer,
      float[] questionVector,
      LeftOutWords leftOut) {

    /**
     * This trace with its candidates' {@link Features.Passage#ABOUT_ASKED} read as {@code chance}:
     * fitting puts there what an about model fitted without the question's brief says of it.
     */
    public Trace withAboutAsked(double chance) {
      int at = Features.Passage.ABOUT_ASKED.ordinal();
      List<Candidate> read = new ArrayList<>(candidates.size());
      for (Candidate c : candidates) {
        double value = Ranker.aboutTheBrief(c.evidence().passage()) ? chance : 0;
        double[] features = c.features().clone();
        features[at] = value;
        double[] inBrief = c.inBrief() == c.features() ? features : c.inBrief().clone();
        inBrief[at] = value;
        read.add(
            new Candidate(
                c.evidence(),
                features,
                c.sentenceFeatures(),
                inBrief,
                c.sentencesInBrief(),
                c.vectors()));
      }
      return new Trace(
          plan,
          read,
          meaning,
          unknown,
          unknownShare,
          knownConcepts,
          weighted,
          unmentioned,
          withoutAnswer,
          questionVector,
          leftOut);
    }
  }

  /**
   * Embeds the words of one question that a passage leaves out, each distinct set of words once:
   * fitting asks again under every fold's ranking, and the best passage seldom changes.
   */
  public static final class LeftOutWords {
    private final Embedder embedder;
    private final Map<String, float[]> embedded = new ConcurrentHashMap<>();

    LeftOutWords(Embedder embedder) {
      this.embedder = embedder;
    }

    float[] vector(String words) {
      // Nothing left out: the zero vector, which a model of wording scores by its bias alone, as
      // it was fitted.
      if (words.isEmpty()) return new float[embedder.dimension()];
      return embedded.computeIfAbsent(words, embedder::embedQuery);
    }
  }

  private static final Pattern POSSESSIVE = Pattern.compile("['’]s\\b");
  private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}\\p{N}]");

  /**
   * The words of {@code question} that {@code passage} does not contain, in the question's order. A
   * word counts as contained when the passage holds its first five letters anywhere ("sanctions" in
   * "sanctioned"; "Oman's" as "Oman"): a cheap stem, good enough to tell "what" and "signed" from
   * "fine" and "2025".
   */
  static String wordsLeftOut(String question, String passage) {
    String text = passage.toLowerCase(java.util.Locale.ROOT);
    StringBuilder left = new StringBuilder();
    for (String word : question.split("\\s+")) {
      String lower = word.toLowerCase(java.util.Locale.ROOT);
      String bare = NOT_A_LETTER.matcher(POSSESSIVE.matcher(lower).replaceAll("")).replaceAll("");
      if (bare.isEmpty()) continue;
      String stem = bare.length() > 5 ? bare.substring(0, 5) : bare;
      if (text.contains(stem)) continue;
      if (left.length() > 0) left.append(' ');
      left.append(word);
    }
    return left.toString();
  }

  private static float[] leftOutVector(Trace trace, Ranked top) {
    if (trace.leftOut() == null) return null;
    String passage = top.candidate().evidence().passage().text();
    return trace.leftOut().vector(wordsLeftOut(trace.plan().cleaned(), passage));
  }

  /**
   * The question's embedding times the best sentence's (the passage's, when the whole passage is
   * the sentence), component by component; null by words alone. Its sum is the sentence's cosine.
   */
  private static float[] matchedVector(Trace trace, Ranked top) {
    float[] question = trace.questionVector();
    PassageVectors vectors = top.candidate().vectors();
    if (question == null || vectors == null) return null;
    float[] sentence =
        top.sentence() < 0 ? vectors.passage() : vectors.sentences().get(top.sentence());
    if (sentence.length != question.length) return null;
    float[] product = new float[question.length];
    for (int i = 0; i < product.length; i++) product[i] = question[i] * sentence[i];
    return product;
  }

  /**
   * Answers by words and, when {@code embedder} is not null (the model whose vectors the view
   * holds), by meaning.
   */
  public Answer answer(Question question, IndexView view, Embedder embedder) {
    return decide(trace(question, view, embedder), question.text(), question.limit(), models);
  }

  /** Gathers and measures the candidates, stopping before any model weighs them. */
  public Trace trace(Question question, IndexView view, Embedder embedder) {
    QuestionPlan plan = planner(view).plan(question.text(), view.vocabulary());
    if (plan.isEmpty()) {
      return new Trace(
          plan,
          List.of(),
          false,
          List.of(),
          0,
          0,
          new Ranker.WeightedQuestion(plan, new double[0], 0),
          0,
          true,
          null,
          null);
    }
    try {
      Ranker.Statistics statistics = statistics(view, new HashMap<>());
      boolean meaning = embedder != null;
      float[] questionVector = meaning ? embedder.embedQuery(plan.cleaned()) : null;
      double aboutAsked = models.aboutChance(questionVector);
      Map<Integer, Double> lexical =
          lexicalCandidates(plan, question.briefId(), view, aboutAsked >= 0.5);
      Map<Integer, Double> found = new LinkedHashMap<>(lexical);
      if (meaning) {
        for (int doc : nearest(view, questionVector, question.briefId()))
          found.putIfAbsent(doc, 0.0);
      }
      List<StoredPassage> passages = new ArrayList<>();
      List<Integer> docs = new ArrayList<>();
      var stored = view.searcher().storedFields();
      for (int doc : found.keySet()) {
        Document document = stored.document(doc, Set.of(Fields.ID));
        StoredPassage passage = view.passage(document.get(Fields.ID));
        if (passage == null) continue;
        passages.add(passage);
        docs.add(doc);
      }
      Ranker.WeightedQuestion weighted = ranker.weigh(plan, statistics);
      List<Ranker.Evidence> evidence = ranker.evidence(weighted, passages, statistics);

      List<String> unknown = new ArrayList<>();
      int known = 0;
      double unmentioned = 0;
      for (Concept concept : plan.concepts()) {
        if (statistics.documentFrequency(concept) > 0) {
          known++;
          continue;
        }
        unmentioned += BackgroundFrequencies.instance().specificity(concept.ownTerms());
        if (concept.salient()) unknown.add(concept.surface());
      }
      int n = statistics.passageCount();
      double rarest = Math.log(1 + (n + 0.5) / 0.5);
      double unknownWeight = rarest * unknown.size();
      double unknownShare =
          unknownWeight == 0 ? 0 : unknownWeight / (unknownWeight + weighted.total());

      List<Candidate> candidates =
          withinBriefs(
              candidates(evidence, docs, lexical, view, questionVector, weighted, aboutAsked),
              plan,
              passages,
              docs,
              lexical,
              view,
              questionVector,
              aboutAsked);
      boolean withoutAnswer = candidates.isEmpty() || known == 0 && plan.part().isEmpty();
      return new Trace(
          plan,
          candidates,
          meaning,
          unknown,
          unknownShare,
          known,
          weighted,
          unmentioned,
          withoutAnswer,
          questionVector,
          meaning ? new LeftOutWords(embedder) : null);
    } catch (IOException e) {
      throw new UncheckedIOException("the index could not be read", e);
    }
  }

  /**
   * The planner for a version of the library: the synonym table plus the abbreviations its briefs
   * define ("Individually Tailored Partnership Programme (ITPP)").
   */
  private QuestionPlanner planner(IndexView view) {
    return view.derived(
        this,
        () -> {
          List<String> texts = new ArrayList<>();
          for (var brief : view.library().briefs()) {
            for (var passage : brief.passages()) texts.add(passage.text());
          }
          return new QuestionPlanner(
              analysis, synonyms.withGroups(Abbreviations.groups(texts, analysis)));
        });
  }

  /**
   * The candidates with their values measured again with each brief's own word statistics, where
   * several briefs are loaded. With the whole library's, a word of one brief's subject ("Nile") is
   * rare and weighs much, so within that brief it lifts the passages that repeat it over the one
   * that answers; asked of the brief alone it would weigh little. The library's values choose among
   * briefs, these order a brief's own passages (see {@link #rank}), so a brief answers the same
   * whatever else is loaded. A brief with one candidate has no order to keep and is skipped.
   */
  private List<Candidate> withinBriefs(
      List<Candidate> candidates,
      QuestionPlan plan,
      List<StoredPassage> passages,
      List<Integer> docs,
      Map<Integer, Double> lexical,
      IndexView view,
      float[] questionVector,
      double aboutAsked)
      throws IOException {
    Map<String, List<Integer>> byBrief = new LinkedHashMap<>();
    for (int i = 0; i < candidates.size(); i++) {
      byBrief
          .computeIfAbsent(candidates.get(i).evidence().passage().briefId(), b -> new ArrayList<>())
          .add(i);
    }
    if (byBrief.size() < 2) return candidates;
    List<Candidate> measured = new ArrayList<>(candidates);
    for (Map.Entry<String, List<Integer>> brief : byBrief.entrySet()) {
      List<Integer> members = brief.getValue();
      if (members.size() < 2) continue;
      Ranker.Statistics statistics = briefStatistics(view, brief.getKey());
      Ranker.WeightedQuestion weighted = ranker.weigh(plan, statistics);
      List<StoredPassage> own = new ArrayList<>(members.size());
      List<Integer> ownDocs = new ArrayList<>(members.size());
      Map<Integer, Double> ownLexical = new HashMap<>();
      for (int i : members) {
        own.add(passages.get(i));
        ownDocs.add(docs.get(i));
        Double score = lexical.get(docs.get(i));
        if (score != null) ownLexical.put(docs.get(i), score);
      }
      List<Candidate> alone =
          candidates(
              ranker.evidence(weighted, own, statistics),
              ownDocs,
              ownLexical,
              view,
              questionVector,
              weighted,
              aboutAsked);
      for (int k = 0; k < members.size(); k++) {
        Candidate library = candidates.get(members.get(k));
        measured.set(
            members.get(k),
            new Candidate(
                library.evidence(),
                library.features(),
                library.sentenceFeatures(),
                alone.get(k).features(),
                alone.get(k).sentenceFeatures(),
                library.vectors()));
      }
    }
    return measured;
  }

  private static List<Candidate> candidates(
      List<Ranker.Evidence> evidence,
      List<Integer> docs,
      Map<Integer, Double> lexical,
      IndexView view,
      float[] questionVector,
      Ranker.WeightedQuestion weighted,
      double aboutAsked) {
    int count = evidence.size();
    double bestLucene = 0;
    for (double score : lexical.values()) bestLucene = Math.max(bestLucene, score);
    double[] cosine = new double[count];
    double[][] sentenceCosines = new double[count][];
    PassageVectors[] stored = new PassageVectors[count];
    for (int i = 0; i < count; i++) {
      PassageVectors vectors = questionVector == null ? null : view.vectors(docs.get(i));
      int sentences = evidence.get(i).sentences().size();
      if (vectors != null && vectors.sentences().size() == sentences) {
        stored[i] = vectors;
        cosine[i] = vectors.passageCosine(questionVector);
        sentenceCosines[i] = vectors.sentenceCosines(questionVector);
      } else {
        sentenceCosines[i] = new double[sentences];
      }
    }
    // What each brief as a whole says to the question, read off its candidates: a question
    // naming one brief's subject prefers that brief's passages.
    Map<String, BitSet> briefMatched = new HashMap<>();
    Map<String, Double> briefCosine = new HashMap<>();
    for (int i = 0; i < count; i++) {
      String brief = evidence.get(i).passage().briefId();
      briefMatched.computeIfAbsent(brief, b -> new BitSet()).or(evidence.get(i).matched());
      briefCosine.merge(brief, cosine[i], Math::max);
    }
    List<Candidate> candidates = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Ranker.Evidence e = evidence.get(i);
      String brief = e.passage().briefId();
      double briefShare = 0;
      BitSet matched = briefMatched.get(brief);
      for (int c = matched.nextSetBit(0); c >= 0; c = matched.nextSetBit(c + 1)) {
        briefShare += weighted.conceptWeight()[c];
      }
      briefShare = weighted.total() <= 0 ? 0 : briefShare / weighted.total();
      double bestShare = 0;
      boolean typeMet = false;
      double bestSentenceCosine = 0;
      double[][] sentenceFeatures = new double[e.sentences().size()][];
      for (int s = 0; s < e.sentences().size(); s++) {
        bestShare = Math.max(bestShare, e.sentenceShare()[s]);
        typeMet |= e.sentenceType()[s] && e.sentenceShare()[s] > 0;
        bestSentenceCosine = Math.max(bestSentenceCosine, sentenceCosines[i][s]);
        sentenceFeatures[s] =
            new double[] {
              e.sentenceShare()[s],
              e.sentenceType()[s] ? 1 : 0,
              sentenceCosines[i][s],
              s == 0 ? 1 : 0,
              Math.log(Math.max(1, e.sentences().get(s).text().length())),
              e.sentenceAbout()[s],
              PassageZones.titleLine(e.passage(), e.sentences().get(s).text()) ? 1 : 0
            };
      }
      PassageKind kind = e.passage().kind();
      double lucene = bestLucene <= 0 ? 0 : lexical.getOrDefault(docs.get(i), 0.0) / bestLucene;
      double[] features = {
        e.bm25(),
        e.coverage(),
        e.window(),
        e.heading(),
        e.about(),
        bestShare,
        typeMet ? 1 : 0,
        e.inPart() ? 1 : 0,
        e.opens() ? 1 : 0,
        kind == PassageKind.KEY_ISSUE ? 1 : 0,
        Ranker.aboutTheBrief(e.passage()) ? 1 : 0,
        lucene,
        briefShare,
        cosine[i],
        bestSentenceCosine,
        briefCosine.get(brief),
        Ranker.aboutTheBrief(e.passage()) ? aboutAsked : 0
      };
      candidates.add(new Candidate(e, features, sentenceFeatures, stored[i]));
    }
    return candidates;
  }

  /** A candidate ranked, with the sentence chosen. */
  public record Ranked(Candidate candidate, double score, int sentence) {
    public Sentence bestSentence() {
      List<Sentence> sentences = candidate.evidence().sentences();
      String text = candidate.evidence().passage().text();
      return sentence < 0 ? new Sentence(0, text.length(), text) : sentences.get(sentence);
    }
  }

  /**
   * The candidates best first by {@code models}, each with its best sentence. Scored with the
   * library's statistics, the candidates give each brief its places in the answer; a brief's own
   * passages then fill its places in the order its own statistics give them, as asked of it alone.
   */
  static List<Ranked> rank(Trace trace, AnswerModels models) {
    LinearModel passageModel = models.passage(trace.meaning());
    LinearModel sentenceModel = models.sentence(trace.meaning());
    List<Ranked> ranked = new ArrayList<>();
    Map<String, List<Ranked>> byBrief = new LinkedHashMap<>();
    for (Candidate candidate : trace.candidates()) {
      Ranked r =
          new Ranked(
              candidate,
              passageModel.score(candidate.features()),
              bestSentence(candidate.sentencesInBrief(), sentenceModel));
      ranked.add(r);
      byBrief
          .computeIfAbsent(candidate.evidence().passage().briefId(), b -> new ArrayList<>())
          .add(r);
    }
    ranked.sort(BEST_FIRST);
    if (byBrief.size() < 2) return ranked;
    Map<String, List<Ranked>> inBriefOrder = new HashMap<>();
    for (Map.Entry<String, List<Ranked>> brief : byBrief.entrySet()) {
      List<Ranked> own = new ArrayList<>();
      for (Ranked r : brief.getValue()) {
        own.add(
            new Ranked(r.candidate(), passageModel.score(r.candidate().inBrief()), r.sentence()));
      }
      own.sort(BEST_FIRST);
      inBriefOrder.put(brief.getKey(), own);
    }
    Map<String, Integer> taken = new HashMap<>();
    List<Ranked> placed = new ArrayList<>(ranked.size());
    for (Ranked slot : ranked) {
      String brief = slot.candidate().evidence().passage().briefId();
      int next = taken.merge(brief, 1, Integer::sum) - 1;
      Ranked own = inBriefOrder.get(brief).get(next);
      // The place's score stays, so scores still fall down the list.
      placed.add(new Ranked(own.candidate(), slot.score(), own.sentence()));
    }
    return placed;
  }

  /** Best score first; ties go to reading order, so equal passages come as the brief tells them. */
  private static final Comparator<Ranked> BEST_FIRST =
      Comparator.comparingDouble(Ranked::score)
          .reversed()
          .thenComparingInt(r -> r.candidate().evidence().passage().ordinal())
          .thenComparing(r -> r.candidate().evidence().passage().id());

  static int bestSentence(Candidate candidate, LinearModel sentenceModel) {
    return bestSentence(candidate.sentenceFeatures(), sentenceModel);
  }

  private static int bestSentence(double[][] sentenceFeatures, LinearModel sentenceModel) {
    int best = -1;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int s = 0; s < sentenceFeatures.length; s++) {
      double score = sentenceModel.score(sentenceFeatures[s]);
      if (score > bestScore + 1e-12) {
        bestScore = score;
        best = s;
      }
    }
    return best;
  }

  /** A candidate's score under a passage model. */
  public static double score(LinearModel passageModel, Candidate candidate) {
    return passageModel.score(candidate.features());
  }

  /**
   * What answerability reads of a question under one ranking.
   *
   * @param features its {@link Features.Question} values
   * @param leftOutVector the embedding of its words the best passage leaves out, the left-out
   *     model's input; null by words alone
   * @param matchedVector its embedding times its best sentence's, the matched model's input; null
   *     by words alone
   */
  public record Answerability(double[] features, float[] leftOutVector, float[] matchedVector) {}

  /**
   * A trace's {@link Answerability} under {@code models}' ranking, ranked once for both; null when
   * it has no candidates.
   */
  public static Answerability answerability(Trace trace, AnswerModels models) {
    if (trace.candidates().isEmpty()) return null;
    List<Ranked> ranked = rank(trace, models);
    float[] leftOut = leftOutVector(trace, ranked.get(0));
    float[] matched = matchedVector(trace, ranked.get(0));
    double[] features =
        questionFeatures(
            trace,
            ranked,
            models.asked(trace.questionVector()),
            models.leftOut(leftOut),
            models.matched(matched));
    return new Answerability(features, leftOut, matched);
  }

  private static double[] questionFeatures(Trace trace, List<Ranked> ranked, AnswerModels models) {
    return questionFeatures(
        trace,
        ranked,
        models.asked(trace.questionVector()),
        models.leftOut(leftOutVector(trace, ranked.get(0))),
        models.matched(matchedVector(trace, ranked.get(0))));
  }

  /**
   * The {@link Features.Question} values of a question whose candidates rank as {@code ranked},
   * {@code asked}, {@code leftOut} and {@code matched} the models of wording's log-odds for it.
   */
  static double[] questionFeatures(
      Trace trace, List<Ranked> ranked, double asked, double leftOut, double matched) {
    Ranked top = ranked.get(0);
    double[] passage = top.candidate().features();
    double[] sentence =
        top.sentence() < 0
            ? new double[Features.Sentence.values().length]
            : top.candidate().sentenceFeatures()[top.sentence()];
    double margin = ranked.size() < 2 ? 1 : Math.min(1, top.score() - ranked.get(1).score());
    AnswerType type = trace.plan().type();
    boolean specific =
        type == AnswerType.DATE
            || type == AnswerType.NUMBER
            || type == AnswerType.PERSON
            || type == AnswerType.PLACE;
    boolean typeUnmet = specific && sentence[Features.Sentence.TYPE_MET.ordinal()] == 0;
    boolean passageTypeUnmet = specific && passage[Features.Passage.TYPE_MET.ordinal()] == 0;
    Ranker.WeightedQuestion weighted = trace.weighted();
    String topBrief = top.candidate().evidence().passage().briefId();
    BitSet inBrief = new BitSet();
    List<Double> sentenceCosines = new ArrayList<>();
    List<Double> passageCosines = new ArrayList<>();
    for (Ranked r : ranked) {
      Candidate c = r.candidate();
      if (c.evidence().passage().briefId().equals(topBrief)) inBrief.or(c.evidence().matched());
      passageCosines.add(c.features()[Features.Passage.COSINE.ordinal()]);
      for (double[] s : c.sentenceFeatures()) {
        sentenceCosines.add(s[Features.Sentence.COSINE.ordinal()]);
      }
    }
    double briefMissing = 0;
    double passageMissing = 0;
    BitSet inPassage = top.candidate().evidence().matched();
    for (int c = 0; c < weighted.conceptWeight().length; c++) {
      double share = weighted.total() <= 0 ? 0 : weighted.conceptWeight()[c] / weighted.total();
      if (!inBrief.get(c)) briefMissing += share;
      if (!inPassage.get(c)) passageMissing = Math.max(passageMissing, share);
    }
    return new double[] {
      passage[Features.Passage.COVERAGE.ordinal()],
      passage[Features.Passage.WINDOW.ordinal()],
      sentence[Features.Sentence.SHARE.ordinal()],
      passage[Features.Passage.COSINE.ordinal()],
      sentence[Features.Sentence.COSINE.ordinal()],
      margin,
      trace.unknownShare(),
      Math.min(UNKNOWN_CAP, trace.unknown().size()),
      typeUnmet ? 1 : 0,
      trace.plan().part().isPresent() ? 1 : 0,
      Math.log(1 + trace.plan().concepts().size()),
      Math.min(UNKNOWN_CAP, trace.unmentioned()),
      briefMissing,
      passageMissing,
      gap(sentence[Features.Sentence.COSINE.ordinal()], sentenceCosines, 10),
      gap(passage[Features.Passage.COSINE.ordinal()], passageCosines, 5),
      passageTypeUnmet ? 1 : 0,
      asked,
      leftOut,
      matched
    };
  }

  /** How far {@code value} stands above the {@code rank}-th largest of {@code values}. */
  private static double gap(double value, List<Double> values, int rank) {
    if (values.isEmpty()) return 0;
    values.sort(Comparator.reverseOrder());
    return value - values.get(Math.min(rank, values.size()) - 1);
  }

  /** The answer the models give on a trace. */
  public static Answer decide(Trace trace, String question, int limit, AnswerModels models) {
    if (trace.candidates().isEmpty()) {
      return new Answer(question, List.of(), trace.plan().suggestion(), true, asTyped(trace));
    }
    EachBrief ordered = eachBriefAboutItself(rank(trace, models), trace.plan().concepts());
    List<Ranked> ranked = ordered.ranked();
    double[] features = trace.withoutAnswer() ? null : questionFeatures(trace, ranked, models);
    double probability =
        features == null ? 0 : models.answerable(trace.meaning()).probability(features);
    boolean abstain = features == null || !answerable(trace, features, probability, models);
    // One note per answer: with names no brief mentions, the note saying so already asks the
    // reader to judge the match (and an answer from the rest of the question falls short anyway).
    boolean cautioned =
        !abstain && trace.unknown().isEmpty() && probability < models.caution(trace.meaning());
    // An answer for each brief is shown whole, whatever the limit: cutting it would answer for
    // some briefs and silently not for the others. Not an answer, it is only the nearest
    // passages, and those keep to the limit like any others.
    int eachBrief = abstain ? 0 : ordered.size();
    int shown = Math.min(Math.max(limit, eachBrief), ranked.size());
    List<Hit> hits = new ArrayList<>();
    for (Ranked r : ranked.subList(0, shown)) {
      hits.add(
          new Hit(
              r.candidate().evidence().passage(),
              r.bestSentence(),
              Math.round(r.score() * 1000) / 1000.0));
    }
    return new Answer(
        question, hits, trace.plan().suggestion(), abstain, asTyped(trace), eachBrief, cautioned);
  }

  /**
   * Candidates in answer order, the first {@code size} of them one per brief when the question is
   * answered for each brief (0 otherwise).
   */
  record EachBrief(List<Ranked> ranked, int size) {}

  /**
   * A question about the brief itself ("who wrote this paper?", "when was it published?") or about
   * a part every brief has ("what does the last recommendation propose?") asked of several briefs,
   * which it fits each of alike, is answered for each: after the best header, footer or passage of
   * the part come the other briefs' best headers or footers (or passages of the part) whose briefs
   * mention every word that singles out the first one ({@link #subjectOf}), then the rest. A
   * question naming one brief's subject keeps its single answer.
   */
  static EachBrief eachBriefAboutItself(List<Ranked> ranked, List<Concept> concepts) {
    if (ranked.isEmpty()) return new EachBrief(ranked, 0);
    Ranked top = ranked.get(0);
    var topPassage = top.candidate().evidence().passage();
    double[] topFeatures = top.candidate().features();
    boolean aboutItself = Ranker.aboutTheBrief(topPassage);
    boolean inPart = topFeatures[Features.Passage.IN_PART.ordinal()] > 0;
    if (!aboutItself && !inPart) return new EachBrief(ranked, 0);
    Map<String, BitSet> briefMatched = new HashMap<>();
    for (Ranked r : ranked) {
      briefMatched
          .computeIfAbsent(r.candidate().evidence().passage().briefId(), b -> new BitSet())
          .or(r.candidate().evidence().matched());
    }
    BitSet topSubject = subjectOf(topPassage.briefId(), ranked, concepts);
    // A common word most of the briefs mention ("put" in "who puts out this paper?") cannot say
    // which of them is meant, however often the first brief repeats it.
    for (int c = topSubject.nextSetBit(0); c >= 0; c = topSubject.nextSetBit(c + 1)) {
      if (c < concepts.size() && concepts.get(c).salient()) continue;
      int mentioning = 0;
      for (BitSet matched : briefMatched.values()) if (matched.get(c)) mentioning++;
      if (2 * mentioning > briefMatched.size()) topSubject.clear(c);
    }
    if (topPassage.kind() == PassageKind.FOOTER) {
      // A footer's own common words ("published", "based in") are what a question about the paper
      // asks of it, not which paper it means, however often its brief repeats them elsewhere: any
      // brief's footer may answer them. Names it matches still single it out. (A header is
      // different: it holds the title, whose words are the brief's subject.)
      BitSet asked = top.candidate().evidence().matched();
      for (int c = asked.nextSetBit(0); c >= 0; c = asked.nextSetBit(c + 1)) {
        if (c >= concepts.size() || !concepts.get(c).salient()) topSubject.clear(c);
      }
    }
    List<Ranked> first = new ArrayList<>(List.of(top));
    Set<String> briefs = new java.util.HashSet<>(Set.of(topPassage.briefId()));
    for (Ranked r : ranked.subList(1, ranked.size())) {
      var passage = r.candidate().evidence().passage();
      double[] f = r.candidate().features();
      // Header and footer both tell about their brief, and a brief may lack either.
      boolean sameKind =
          aboutItself ? Ranker.aboutTheBrief(passage) : passage.kind() == topPassage.kind();
      if (!sameKind
          || !(aboutItself || f[Features.Passage.IN_PART.ordinal()] > 0)
          || briefs.contains(passage.briefId())) {
        continue;
      }
      BitSet lacking = (BitSet) topSubject.clone();
      lacking.andNot(briefMatched.get(passage.briefId()));
      if (lacking.isEmpty()) {
        briefs.add(passage.briefId());
        first.add(r);
      }
    }
    if (first.size() == 1) return new EachBrief(ranked, 0);
    // At most as many as an answer may hold: a library of hundreds lists the first fifty.
    first = first.subList(0, Math.min(first.size(), Question.MAX_LIMIT));
    List<Ranked> reordered = new ArrayList<>(first);
    for (Ranked r : ranked) if (!first.contains(r)) reordered.add(r);
    return new EachBrief(reordered, first.size());
  }

  /**
   * The question's concepts that single out a brief: a name, number or other salient word it
   * mentions anywhere ("Ana Lobo" in its byline, its ISSN), or a common word at least {@link
   * #SUBJECT_PASSAGES} of its candidate passages mention, as a brief's subject recurs through it. A
   * common word in one passage only ("think tank" in one footer, "propose" in one recommendation)
   * says nothing about which brief "this paper" means.
   */
  static BitSet subjectOf(String briefId, List<Ranked> ranked, List<Concept> concepts) {
    Map<Integer, Integer> passages = new HashMap<>();
    for (Ranked r : ranked) {
      Ranker.Evidence e = r.candidate().evidence();
      if (!e.passage().briefId().equals(briefId)) continue;
      BitSet matched = e.matched();
      for (int c = matched.nextSetBit(0); c >= 0; c = matched.nextSetBit(c + 1)) {
        passages.merge(c, 1, Integer::sum);
      }
    }
    BitSet subject = new BitSet();
    passages.forEach(
        (c, n) ->
            subject.set(
                c, n >= SUBJECT_PASSAGES || (c < concepts.size() && concepts.get(c).salient())));
    return subject;
  }

  /**
   * Whether the library answers the question: its probability reaches the fitted threshold, or it
   * falls short only for names no brief mentions while the rest of it is answered as strongly as a
   * typical answerable question ("What did Putin get?" asked of a brief that says Russia): then the
   * answer comes with its unknown names, which front ends show as a note.
   */
  private static boolean answerable(
      Trace trace, double[] features, double probability, AnswerModels models) {
    // "What is the GDP of Peru?" asks about Peru: with a name no brief mentions and at most one
    // concept besides, any brief on that concept would match, so no fitted weight may answer it.
    if (!trace.unknown().isEmpty() && trace.knownConcepts() < MIN_REST_CONCEPTS) return false;
    if (probability >= models.threshold(trace.meaning())) return true;
    if (!restCanAnswer(trace)) return false;
    return models.answerable(trace.meaning()).probability(withoutUnknownNames(features))
        >= models.rest(trace.meaning());
  }

  /**
   * True when the question names something no brief mentions and its rest still asks something:
   * then the rest alone may answer it, with a note. A rest of one concept ("What is the GDP of
   * Peru?" leaves "GDP") names a topic, not a question, and is refused.
   */
  public static boolean restCanAnswer(Trace trace) {
    return !trace.unknown().isEmpty() && trace.knownConcepts() >= MIN_REST_CONCEPTS;
  }

  /**
   * The unknown names as the user wrote them: the analysis splits "F-35s" into "F" and "35s", and a
   * note saying no brief mentions "F, 35s" reads as nonsense; each is widened to the whole word
   * around it in the question (hyphens and all) and told once.
   */
  static List<String> asTyped(Trace trace) {
    String text = trace.plan().cleaned();
    Set<String> words = new LinkedHashSet<>();
    for (String surface : trace.unknown()) {
      Matcher m =
          Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(surface) + "(?![\\p{L}\\p{N}])")
              .matcher(text);
      if (!m.find()) {
        words.add(surface);
        continue;
      }
      int start = m.start();
      int end = m.end();
      while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) start--;
      while (end < text.length() && !Character.isWhitespace(text.charAt(end))) end++;
      String word = WORD_EDGES.matcher(text.substring(start, end)).replaceAll("");
      // The possessive is grammar, not name: "Quuxland's harvest" asks about Quuxland.
      word = word.replaceFirst("['’]s$", "");
      words.add(word.isEmpty() ? surface : word);
    }
    return List.copyOf(words);
  }

  /** Punctuation around a word ("F-35s?", "(MQ-9B)"), not part of the name. */
  private static final Pattern WORD_EDGES =
      Pattern.compile(
          "^[\\p{Punct}\\p{Pi}\\p{Pf}\\p{Ps}\\p{Pe}]+|[\\p{Punct}\\p{Pi}\\p{Pf}\\p{Ps}\\p{Pe}]+$");

  /** Question features as if the names no brief mentions had not been asked. */
  public static double[] withoutUnknownNames(double[] features) {
    double[] rest = features.clone();
    rest[Features.Question.UNKNOWN_SHARE.ordinal()] = 0;
    rest[Features.Question.UNKNOWN_NAMES.ordinal()] = 0;
    return rest;
  }

  /** The passages nearest the question in meaning, as Lucene document numbers. */
  private static List<Integer> nearest(IndexView view, float[] question, Optional<String> briefId)
      throws IOException {
    Query filter = briefId.<Query>map(id -> new TermQuery(new Term(Fields.BRIEF, id))).orElse(null);
    TopDocs top =
        view.searcher()
            .search(new KnnFloatVectorQuery(Fields.VECTOR, question, NEAREST, filter), NEAREST);
    List<Integer> docs = new ArrayList<>();
    for (ScoreDoc hit : top.scoreDocs) docs.add(hit.doc);
    return docs;
  }

  /** The BM25 candidates: Lucene document number to score, best first. */
  private static Map<Integer, Double> lexicalCandidates(
      QuestionPlan plan, Optional<String> briefId, IndexView view, boolean aboutItself)
      throws IOException {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (Concept concept : plan.concepts())
      any.add(conceptQuery(concept), BooleanClause.Occur.SHOULD);
    query.add(any.build(), BooleanClause.Occur.SHOULD);
    if (plan.part().isPresent() || plan.opening()) {
      // A question naming a part of the brief may have no topic words at all.
      query.add(new MatchAllDocsQuery(), BooleanClause.Occur.SHOULD);
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
    briefId.ifPresent(
        id -> query.add(new TermQuery(new Term(Fields.BRIEF, id)), BooleanClause.Occur.FILTER));
    TopDocs top = view.searcher().search(query.build(), CANDIDATES);
    Map<Integer, Double> candidates = new LinkedHashMap<>();
    for (ScoreDoc hit : top.scoreDocs) candidates.put(hit.doc, (double) hit.score);
    // Candidates by right, whatever their words, in place of the weakest matches (the work stays
    // bounded). A question with hardly a topic word besides the part it names ("what does the last
    // recommendation propose?") matches every passage alike, so with more than a few briefs
    // loaded the named part of some would not be among the best matches.
    Set<Integer> byRight = new LinkedHashSet<>();
    if (plan.part().isPresent()) {
      BriefPart.Reference named = plan.part().get();
      byRight.addAll(documentsWhere(named::contains, briefId, view, CANDIDATES / 2));
    }
    if (aboutItself
        || !candidates.isEmpty()
            && aboutTheBriefDocuments(view).contains(candidates.keySet().iterator().next())) {
      // The question asks about a brief itself ("which think tank publishes this paper?"), as its
      // wording says by meaning or its best match, a header or footer, says by words; asked of
      // many briefs it is answered for each, from its header or footer. But one that shares little
      // or nothing with the question (a publisher's name and city, a disclaimer) falls out of the
      // best matches beside many briefs' paragraphs, and its brief would go unanswered.
      byRight.addAll(
          documentsWhere(
              (passage, brief) -> Ranker.aboutTheBrief(passage), briefId, view, CANDIDATES / 2));
    }
    if (byRight.isEmpty()) return candidates;
    Map<Integer, Double> withByRight = new LinkedHashMap<>();
    int others = 0;
    for (Map.Entry<Integer, Double> c : candidates.entrySet()) {
      if (byRight.contains(c.getKey())) {
        withByRight.put(c.getKey(), c.getValue());
      } else if (others < CANDIDATES - byRight.size()) {
        withByRight.put(c.getKey(), c.getValue());
        others++;
      }
    }
    for (int doc : byRight) withByRight.putIfAbsent(doc, 0.0);
    return withByRight;
  }

  /** Every brief's header and footer document, found once for each version of the library. */
  private static Set<Integer> aboutTheBriefDocuments(IndexView view) {
    return view.derived(
        ABOUT_THE_BRIEF_DOCUMENTS,
        () -> {
          try {
            return Set.copyOf(
                documentsWhere(
                    (passage, brief) -> Ranker.aboutTheBrief(passage),
                    Optional.empty(),
                    view,
                    Integer.MAX_VALUE));
          } catch (IOException e) {
            throw new UncheckedIOException("the index could not be read", e);
          }
        });
  }

  /**
   * The documents of the passages that {@code wanted} picks (those lying in a named part, the
   * headers and footers), in every brief or in {@code briefId}, up to {@code most}.
   */
  private static List<Integer> documentsWhere(
      BiPredicate<Passage, Brief> wanted, Optional<String> briefId, IndexView view, int most)
      throws IOException {
    List<BytesRef> ids = new ArrayList<>();
    briefs:
    for (Brief brief : view.library().briefs()) {
      if (briefId.isPresent() && !briefId.get().equals(brief.id())) continue;
      for (Passage passage : brief.passages()) {
        if (ids.size() == most) break briefs;
        if (wanted.test(passage, brief)) ids.add(new BytesRef(passage.id()));
      }
    }
    List<Integer> docs = new ArrayList<>();
    if (ids.isEmpty()) return docs;
    // One query for them all, however many: a clause each could pass Lucene's clause limit.
    Query query = new TermInSetQuery(Fields.ID, ids);
    for (ScoreDoc hit : view.searcher().search(query, ids.size()).scoreDocs) docs.add(hit.doc);
    return docs;
  }

  /** Any form of the concept in body, heading or about-words, each form boosted by its weight. */
  static Query conceptQuery(Concept concept) {
    BooleanQuery.Builder forms = new BooleanQuery.Builder();
    for (Concept.Alternative alternative : concept.alternatives()) {
      for (String field : new String[] {Fields.BODY, Fields.HEADING, Fields.ABOUT}) {
        forms.add(
            new BoostQuery(termsQuery(field, alternative.terms()), (float) alternative.weight()),
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

  /**
   * The word statistics of one brief of the library, as an index of that brief alone would count
   * them. Passage length is the library's average: it only scales BM25's length normalisation.
   */
  private static Ranker.Statistics briefStatistics(IndexView view, String briefId)
      throws IOException {
    Query inBrief = new TermQuery(new Term(Fields.BRIEF, briefId));
    int passages = view.searcher().count(inBrief);
    Map<List<String>, Integer> forms = new HashMap<>();
    Map<Concept, Integer> concepts = new HashMap<>();
    Function<Query, Integer> countInBrief =
        query -> {
          try {
            return view.searcher()
                .count(
                    new BooleanQuery.Builder()
                        .add(query, BooleanClause.Occur.MUST)
                        .add(inBrief, BooleanClause.Occur.FILTER)
                        .build());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        };
    return new Ranker.Statistics() {
      @Override
      public int passageCount() {
        return passages;
      }

      @Override
      public double averageLength() {
        return view.averageLength();
      }

      @Override
      public int documentFrequency(List<String> terms) {
        return forms.computeIfAbsent(List.copyOf(terms), t -> countInBrief.apply(anyField(t)));
      }

      @Override
      public int documentFrequency(Concept concept) {
        return concepts.computeIfAbsent(concept, c -> countInBrief.apply(conceptQuery(c)));
      }
    };
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
        return view.formFrequency(
            terms,
            t -> {
              try {
                return view.searcher().count(anyField(t));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
      }

      @Override
      public int documentFrequency(Concept concept) {
        return cache.computeIfAbsent(
            concept,
            c -> {
              try {
                return view.searcher().count(conceptQuery(c));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
      }
    };
  }
}
