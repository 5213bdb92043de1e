package org.briefbot.index.ranking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.briefbot.core.Brief;
import org.briefbot.core.Passage;
import org.briefbot.core.Sentence;
import org.briefbot.core.Sentences;
import org.briefbot.index.analysis.BackgroundFrequencies;
import org.briefbot.index.analysis.TextAnalysis;
import org.briefbot.index.analysis.Token;
import org.briefbot.index.question.Concept;
import org.briefbot.index.question.QuestionPlan;
import org.briefbot.index.store.PassageZones;

/**
 * Scores candidate passages against a question's concepts and picks each one's best sentence.
 *
 * <p>A passage earns, per concept, a BM25-shaped score over its body (saturating in how often the
 * concept occurs, normalised by length), or the concept's weight if it appears only in the
 * passage's heading or about-words. A concept matched through a synonym counts for its lower
 * weight. On top come two things BM25 alone misses: how much of the question one sentence
 * answers (proximity, at the grain people read), and whether that sentence holds the kind of
 * answer asked for (a date for "when", a figure for "how much").
 */
public final class Ranker {
  private final TextAnalysis analysis;
  private final RankingWeights weights;

  Ranker(TextAnalysis analysis, RankingWeights weights) {
    this.analysis = analysis;
    this.weights = weights;
  }

  /** Collection figures the score needs: passage count, average length, concept frequencies. */
  public interface Statistics {
    int passageCount();

    double averageLength();

    /** How many passages mention the concept in any of its forms. */
    int documentFrequency(Concept concept);

    /** How many passages mention one form (terms in a row, stop words aside). */
    int documentFrequency(List<String> terms);
  }

  /** A passage with its score, best sentence, and the share of the question it covers. */
  public record Scored(Passage passage, double score, Sentence sentence, double coverage,
      double sentenceCoverage, java.util.BitSet matched, double questionWeight) {}

  List<Scored> rank(QuestionPlan plan, List<Candidate> candidates, Statistics statistics) {
    List<Concept> weighted = new ArrayList<>();
    double[] idf = new double[plan.concepts().size()];
    double totalIdf = 0;
    for (int c = 0; c < idf.length; c++) {
      Concept concept = plan.concepts().get(c);
      weighted.add(weigh(concept, statistics));
      // A concept no passage mentions cannot tell passages apart; it is left out of the
      // question's weight here and judged by the abstention rule instead.
      idf[c] = conceptIdf(concept, statistics)
          * (1 - weights.background() + weights.background()
              * BackgroundFrequencies.instance().specificity(concept.ownTerms()));
      totalIdf += idf[c];
    }
    plan = plan.withConcepts(weighted);
    List<Scored> scored = new ArrayList<>();
    for (Candidate candidate : candidates) {
      scored.add(score(plan, candidate, idf, totalIdf, statistics.averageLength()));
    }
    scored.sort(Comparator.comparingDouble(Scored::score).reversed()
        .thenComparingInt(s -> s.passage().ordinal())
        .thenComparing(s -> s.passage().id()));
    return scored;
  }

  private static double idf(int df, int n) {
    return df == 0 ? 0 : Math.log(1 + (Math.max(n, df) - df + 0.5) / (df + 0.5));
  }

  /** The concept's weight: the rarity of the user's own words, or of its best other form. */
  private double conceptIdf(Concept concept, Statistics statistics) {
    int n = statistics.passageCount();
    double own = idf(statistics.documentFrequency(concept.ownTerms()), n);
    if (own > 0) return own;
    double best = 0;
    for (Concept.Alternative alternative : concept.alternatives()) {
      best = Math.max(best, alternative.weight() * idf(statistics.documentFrequency(alternative.terms()), n));
    }
    return best;
  }

  /**
   * The concept with each form's weight scaled by how rare the form is next to the user's own
   * words: a common synonym ("ties") of a rare word ("rapprochement") must not match as well as
   * the word itself, or every passage mentioning ties would rank with the one passage that
   * answers.
   */
  private Concept weigh(Concept concept, Statistics statistics) {
    int n = statistics.passageCount();
    double reference = conceptIdf(concept, statistics);
    if (reference == 0) return concept;
    boolean ownKnown = statistics.documentFrequency(concept.ownTerms()) > 0;
    List<Concept.Alternative> alternatives = new ArrayList<>();
    for (Concept.Alternative alternative : concept.alternatives()) {
      double rarity = idf(statistics.documentFrequency(alternative.terms()), n);
      // With the user's word in the library, other forms count less as they are commoner. Without
      // it, the concept's weight already comes from its best other form, which then counts fully.
      double strength = ownKnown
          ? alternative.weight() * Math.min(1, rarity / reference)
          : Math.min(1, alternative.weight() * rarity / reference);
      if (strength > 0) alternatives.add(new Concept.Alternative(alternative.terms(), strength, alternative.source()));
    }
    if (alternatives.isEmpty()) return concept;
    return new Concept(concept.surface(), alternatives, concept.salient());
  }

  /** A passage to score, with the brief it belongs to (its place there decides its heading zone). */
  public record Candidate(Passage passage, Brief brief) {}

  /** A passage analysed once: the same passages come back question after question. */
  private record Analyzed(Passage passage, Tokens body, Tokens heading,
      List<Tokens> aboutLines, Tokens about, List<Sentence> sentences) {}

  /** Tokens with, for each term, where it occurs: a concept is matched by lookup, not by scan. */
  record Tokens(List<Token> list, java.util.Map<String, List<Integer>> at) {
    static Tokens of(List<Token> tokens) {
      java.util.Map<String, List<Integer>> at = new java.util.HashMap<>();
      for (int i = 0; i < tokens.size(); i++) {
        at.computeIfAbsent(tokens.get(i).term(), t -> new ArrayList<>()).add(i);
      }
      return new Tokens(List.copyOf(tokens), at);
    }

    int size() {
      return list.size();
    }
  }

  /** Bounded so a library of thousands of briefs cannot fill memory; cleared when full. */
  private static final int CACHE_LIMIT = 20_000;
  private final java.util.concurrent.ConcurrentHashMap<String, Analyzed> analyzed =
      new java.util.concurrent.ConcurrentHashMap<>();

  private Analyzed analyze(Candidate candidate) {
    Passage passage = candidate.passage();
    Analyzed cached = analyzed.get(passage.id());
    // A reload may bring a changed passage under the same id; only an equal one is reused.
    if (cached != null && cached.passage().equals(passage)) return cached;
    List<String> aboutLines = PassageZones.aboutLines(passage);
    List<Tokens> aboutLineTokens = new ArrayList<>();
    for (String line : aboutLines) aboutLineTokens.add(Tokens.of(analysis.tokens(line)));
    Analyzed fresh = new Analyzed(passage, Tokens.of(analysis.tokens(passage.text())),
        Tokens.of(analysis.tokens(PassageZones.heading(passage, candidate.brief()))), aboutLineTokens,
        Tokens.of(analysis.tokens(String.join(" ", aboutLines))), Sentences.split(passage.text()));
    if (analyzed.size() >= CACHE_LIMIT) analyzed.clear();
    analyzed.put(passage.id(), fresh);
    return fresh;
  }

  private Scored score(QuestionPlan plan, Candidate candidate, double[] idf, double totalIdf,
      double averageLength) {
    Passage passage = candidate.passage();
    Analyzed analyzedPassage = analyze(candidate);
    Tokens body = analyzedPassage.body();
    Tokens heading = analyzedPassage.heading();
    List<Tokens> aboutLines = analyzedPassage.aboutLines();
    Tokens about = analyzedPassage.about();
    List<Sentence> sentences = analyzedPassage.sentences();

    double lengthNorm = 1 - weights.b() + weights.b() * body.size() / Math.max(1.0, averageLength);
    double score = 0;
    double covered = 0;
    double[][] perSentence = new double[plan.concepts().size()][sentences.size()];
    java.util.BitSet matched = new java.util.BitSet();
    List<List<Match>> bodyMatches = new ArrayList<>();
    for (int c = 0; c < plan.concepts().size(); c++) {
      Concept concept = plan.concepts().get(c);
      List<Match> inBody = matches(concept, body);
      bodyMatches.add(inBody);
      double bodyScore = 0;
      double bestWeight = 0;
      if (!inBody.isEmpty()) {
        double tf = 0;
        for (Match m : inBody) {
          tf += m.weight();
          bestWeight = Math.max(bestWeight, m.weight());
          int s = sentenceOf(sentences, m.start());
          if (s >= 0) perSentence[c][s] = Math.max(perSentence[c][s], m.weight());
        }
        bodyScore = idf[c] * bestWeight * tf * (weights.k1() + 1) / (tf + weights.k1() * lengthNorm);
      }
      double headingWeight = bestWeightOf(matches(concept, heading));
      double aboutWeight = aboutLines.isEmpty() ? 0 : bestWeightOf(matches(concept, about));
      if (aboutWeight > 0) markAboutLines(concept, aboutLines, sentences, passage.text(), perSentence[c]);
      // The heading adds to the text: "the conclusion" plus a topic finds the conclusion's
      // paragraph on that topic. About-words stand in for text the header and footer lack.
      score += Math.max(bodyScore, idf[c] * weights.about() * aboutWeight)
          + idf[c] * weights.heading() * headingWeight;
      double zoneWeight = Math.max(bestWeight, Math.max(weights.heading() * headingWeight, aboutWeight));
      covered += idf[c] * Math.min(1, zoneWeight);
      if (zoneWeight > 0) matched.set(c);
    }
    score += weights.proximity() * windowCoverage(bodyMatches, idf, weights.window()) * totalIdf;
    int best = -1;
    double bestSentenceScore = -1;
    double bestSentenceCoverage = 0;
    for (int s = 0; s < sentences.size(); s++) {
      double mass = 0;
      for (int c = 0; c < idf.length; c++) mass += idf[c] * perSentence[c][s];
      double sentenceScore = mass + (plan.type().satisfiedBy(sentences.get(s).text(), plan.cleaned())
          ? weights.type() * Math.max(1, totalIdf / Math.max(1, idf.length)) : 0);
      if (sentenceScore > bestSentenceScore + 1e-9) {
        bestSentenceScore = sentenceScore;
        best = s;
        bestSentenceCoverage = totalIdf == 0 ? 0 : mass / totalIdf;
      }
    }
    Sentence sentence = best >= 0 ? sentences.get(best)
        : new Sentence(0, passage.text().length(), passage.text());
    boolean typeMatch = plan.type().satisfiedBy(sentence.text(), plan.cleaned());
    double coverage = totalIdf == 0 ? 0 : covered / totalIdf;
    double total = score
        + weights.sentence() * bestSentenceCoverage * totalIdf
        + (typeMatch ? weights.type() * totalIdf / Math.max(1, idf.length) : 0);
    if (plan.part().isPresent()) {
      // The question names a part of the brief: passages there are what it asks about.
      double partWeight = weights.structure() * Math.max(totalIdf, 1);
      if (plan.part().get().contains(passage, candidate.brief())) {
        total += partWeight;
        if (plan.opening() && passage.number() == 1) total += partWeight;
      }
    } else if (plan.opening() && passage.number() == 1 && weights.heading() > 0
        && headingMatched(plan, heading)) {
      total += weights.structure() * Math.max(totalIdf, 1);
    } else if (passage.kind() == org.briefbot.core.PassageKind.KEY_ISSUE) {
      total *= weights.summaryPrior();
    }
    return new Scored(passage, total, sentence, coverage, bestSentenceCoverage, matched, totalIdf);
  }

  private static boolean headingMatched(QuestionPlan plan, Tokens heading) {
    for (Concept concept : plan.concepts()) {
      if (!matches(concept, heading).isEmpty()) return true;
    }
    return false;
  }

  /** Header and footer lines are sentences; a concept met in a line's about-words marks that line. */
  private void markAboutLines(Concept concept, List<Tokens> aboutLines, List<Sentence> sentences,
      String text, double[] perSentence) {
    String[] lines = text.split("\n");
    int offset = 0;
    for (int i = 0; i < lines.length && i < aboutLines.size(); i++) {
      double weight = bestWeightOf(matches(concept, aboutLines.get(i)));
      if (weight > 0) {
        int s = sentenceOf(sentences, offset + Math.min(lines[i].length(), leadingSpace(lines[i])));
        if (s >= 0) perSentence[s] = Math.max(perSentence[s], weight * weights.about());
      }
      offset += lines[i].length() + 1;
    }
  }

  private static int leadingSpace(String line) {
    int i = 0;
    while (i < line.length() && Character.isWhitespace(line.charAt(i))) i++;
    return i;
  }

  /** One place a concept is mentioned. */
  record Match(int position, int start, double weight) {}

  /** Where any form of the concept occurs; multi-word forms must be consecutive (stop words aside). */
  static List<Match> matches(Concept concept, Tokens tokens) {
    java.util.Map<Integer, Double> best = new java.util.TreeMap<>();
    for (Concept.Alternative alternative : concept.alternatives()) {
      List<Integer> starts = tokens.at().get(alternative.terms().get(0));
      if (starts == null) continue;
      for (int i : starts) {
        if (matchesAt(alternative.terms(), tokens.list(), i)) best.merge(i, alternative.weight(), Math::max);
      }
    }
    List<Match> matches = new ArrayList<>(best.size());
    best.forEach((i, weight) -> {
      Token token = tokens.list().get(i);
      matches.add(new Match(token.position(), token.start(), weight));
    });
    return matches;
  }

  private static boolean matchesAt(List<String> terms, List<Token> tokens, int at) {
    if (at + terms.size() > tokens.size()) return false;
    for (int k = 0; k < terms.size(); k++) {
      Token token = tokens.get(at + k);
      if (!token.term().equals(terms.get(k))) return false;
      if (k > 0 && token.position() - tokens.get(at + k - 1).position() > 2) return false;
    }
    return true;
  }

  /**
   * The largest share of the question's weight whose concepts all occur within one window of
   * the window positions; a concept counts once, at its strongest match in the window.
   */
  static double windowCoverage(List<List<Match>> matchesByConcept, double[] idf, int window) {
    double total = 0;
    for (double w : idf) total += w;
    if (total == 0) return 0;
    List<int[]> events = new ArrayList<>(); // position, concept, strength in thousandths
    for (int c = 0; c < matchesByConcept.size(); c++) {
      for (Match m : matchesByConcept.get(c)) {
        events.add(new int[] {m.position(), c, (int) Math.round(m.weight() * 1000)});
      }
    }
    events.sort(Comparator.comparingInt(e -> e[0]));
    double best = 0;
    for (int start = 0; start < events.size(); start++) {
      double[] strongest = new double[idf.length];
      for (int end = start; end < events.size() && events.get(end)[0] - events.get(start)[0] < window; end++) {
        int[] e = events.get(end);
        strongest[e[1]] = Math.max(strongest[e[1]], e[2] / 1000.0);
      }
      double mass = 0;
      for (int c = 0; c < idf.length; c++) mass += idf[c] * Math.min(1, strongest[c]);
      best = Math.max(best, mass / total);
    }
    return best;
  }

  private static double bestWeightOf(List<Match> matches) {
    double best = 0;
    for (Match m : matches) best = Math.max(best, m.weight());
    return best;
  }

  private static int sentenceOf(List<Sentence> sentences, int offset) {
    for (int s = 0; s < sentences.size(); s++) {
      if (offset < sentences.get(s).end()) return s;
    }
    return sentences.isEmpty() ? -1 : sentences.size() - 1;
  }
}
