package org.briefbot.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.briefbot.core.Brief;
import org.briefbot.core.Passage;
import org.briefbot.core.Sentence;
import org.briefbot.core.Sentences;

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
final class Ranker {
  private static final double K1 = 1.2;
  private static final double B = 0.5;
  /** A concept only in the heading is good evidence, but less than in the text itself. */
  private static final double HEADING_WEIGHT = 0.6;
  /** About-words (author, date, ISSN) are what a header or footer line is. */
  private static final double ABOUT_WEIGHT = 1.0;
  /** The share of the question one sentence answers, times the question's weight. */
  private static final double SENTENCE_WEIGHT = 0.8;
  /** A sentence holding the kind of answer asked for. */
  private static final double TYPE_WEIGHT = 0.25;
  /** Two of the question's neighbouring concepts side by side in the passage ("Trump presidency"). */
  private static final double PROXIMITY_WEIGHT = 0.5;
  /**
   * Key issues restate what the body says in detail; when both match alike, the body paragraph is
   * the better quote (a question naming "the key issues" still finds them through their heading).
   */
  private static final double SUMMARY_PRIOR = 0.9;

  /**
   * How much a word's commonness in English at large lowers its weight: everyday words ("go",
   * "gain") that happen to be rare in a small library should not outweigh names.
   */
  private static final double BACKGROUND_WEIGHT = 0.6;

  private final TextAnalysis analysis;

  Ranker(TextAnalysis analysis) {
    this.analysis = analysis;
  }

  /** Collection figures the score needs: passage count, average length, concept frequencies. */
  interface Statistics {
    int passageCount();

    double averageLength();

    /** How many passages mention the concept in any of its forms. */
    int documentFrequency(Concept concept);
  }

  /** A passage with its score, best sentence, and the share of the question it covers. */
  record Scored(Passage passage, double score, Sentence sentence, double coverage,
      double sentenceCoverage, java.util.BitSet matched) {}

  List<Scored> rank(QuestionPlan plan, List<Candidate> candidates, Statistics statistics) {
    double[] idf = new double[plan.concepts().size()];
    double totalIdf = 0;
    for (int c = 0; c < idf.length; c++) {
      int df = statistics.documentFrequency(plan.concepts().get(c));
      int n = Math.max(statistics.passageCount(), df);
      // A concept no passage mentions cannot tell passages apart; it is left out of the
      // question's weight here and judged by the abstention rule instead.
      idf[c] = df == 0 ? 0 : Math.log(1 + (n - df + 0.5) / (df + 0.5))
          * (1 - BACKGROUND_WEIGHT + BACKGROUND_WEIGHT
              * BackgroundFrequencies.instance().specificity(plan.concepts().get(c).ownTerms()));
      totalIdf += idf[c];
    }
    List<Scored> scored = new ArrayList<>();
    for (Candidate candidate : candidates) {
      scored.add(score(plan, candidate, idf, totalIdf, statistics.averageLength()));
    }
    scored.sort(Comparator.comparingDouble(Scored::score).reversed()
        .thenComparingInt(s -> s.passage().ordinal())
        .thenComparing(s -> s.passage().id()));
    return scored;
  }

  /** A passage to score, with the brief it belongs to (its place there decides its heading zone). */
  record Candidate(Passage passage, Brief brief) {}

  private Scored score(QuestionPlan plan, Candidate candidate, double[] idf, double totalIdf,
      double averageLength) {
    Passage passage = candidate.passage();
    List<Token> body = analysis.tokens(passage.text());
    List<Token> heading = analysis.tokens(PassageZones.heading(passage, candidate.brief()));
    List<String> aboutLines = PassageZones.aboutLines(passage);
    List<Token> about = analysis.tokens(String.join(" ", aboutLines));
    List<Sentence> sentences = Sentences.split(passage.text());

    double lengthNorm = 1 - B + B * body.size() / Math.max(1.0, averageLength);
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
        bodyScore = idf[c] * bestWeight * tf * (K1 + 1) / (tf + K1 * lengthNorm);
      }
      double headingWeight = bestWeightOf(matches(concept, heading));
      double aboutWeight = bestWeightOf(matches(concept, about));
      if (aboutWeight > 0) markAboutLines(concept, aboutLines, sentences, passage.text(), perSentence[c]);
      // The heading adds to the text: "the conclusion" plus a topic finds the conclusion's
      // paragraph on that topic. About-words stand in for text the header and footer lack.
      score += Math.max(bodyScore, idf[c] * ABOUT_WEIGHT * aboutWeight)
          + idf[c] * HEADING_WEIGHT * headingWeight;
      double zoneWeight = Math.max(bestWeight, Math.max(HEADING_WEIGHT * headingWeight, aboutWeight));
      covered += idf[c] * Math.min(1, zoneWeight);
      if (zoneWeight > 0) matched.set(c);
    }
    for (int c = 0; c + 1 < bodyMatches.size(); c++) {
      int distance = closest(bodyMatches.get(c), bodyMatches.get(c + 1));
      if (distance <= 3) {
        score += PROXIMITY_WEIGHT * Math.min(idf[c], idf[c + 1]) * (distance <= 1 ? 1 : 0.5);
      }
    }
    int best = -1;
    double bestSentenceScore = -1;
    double bestSentenceCoverage = 0;
    for (int s = 0; s < sentences.size(); s++) {
      double mass = 0;
      for (int c = 0; c < idf.length; c++) mass += idf[c] * perSentence[c][s];
      double sentenceScore = mass + (plan.type().satisfiedBy(sentences.get(s).text())
          ? TYPE_WEIGHT * Math.max(1, totalIdf / Math.max(1, idf.length)) : 0);
      if (sentenceScore > bestSentenceScore + 1e-9) {
        bestSentenceScore = sentenceScore;
        best = s;
        bestSentenceCoverage = totalIdf == 0 ? 0 : mass / totalIdf;
      }
    }
    Sentence sentence = best >= 0 ? sentences.get(best)
        : new Sentence(0, passage.text().length(), passage.text());
    boolean typeMatch = plan.type().satisfiedBy(sentence.text());
    double coverage = totalIdf == 0 ? 0 : covered / totalIdf;
    double total = score
        + SENTENCE_WEIGHT * bestSentenceCoverage * totalIdf
        + (typeMatch ? TYPE_WEIGHT * totalIdf / Math.max(1, idf.length) : 0);
    if (passage.kind() == org.briefbot.core.PassageKind.KEY_ISSUE) total *= SUMMARY_PRIOR;
    return new Scored(passage, total, sentence, coverage, bestSentenceCoverage, matched);
  }

  /** Header and footer lines are sentences; a concept met in a line's about-words marks that line. */
  private void markAboutLines(Concept concept, List<String> aboutLines, List<Sentence> sentences,
      String text, double[] perSentence) {
    String[] lines = text.split("\n");
    int offset = 0;
    for (int i = 0; i < lines.length && i < aboutLines.size(); i++) {
      double weight = bestWeightOf(matches(concept, analysis.tokens(aboutLines.get(i))));
      if (weight > 0) {
        int s = sentenceOf(sentences, offset + Math.min(lines[i].length(), leadingSpace(lines[i])));
        if (s >= 0) perSentence[s] = Math.max(perSentence[s], weight * ABOUT_WEIGHT);
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
  static List<Match> matches(Concept concept, List<Token> tokens) {
    List<Match> matches = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      double weight = 0;
      for (Concept.Alternative alternative : concept.alternatives()) {
        if (alternative.weight() > weight && matchesAt(alternative.terms(), tokens, i)) {
          weight = alternative.weight();
        }
      }
      if (weight > 0) matches.add(new Match(tokens.get(i).position(), tokens.get(i).start(), weight));
    }
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

  /** The fewest positions between a match of one concept and a match of the other. */
  private static int closest(List<Match> a, List<Match> b) {
    int best = Integer.MAX_VALUE;
    for (Match x : a) {
      for (Match y : b) best = Math.min(best, Math.abs(x.position() - y.position()));
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
