package org.briefbot.index.ranking;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.briefbot.core.Passage;
import org.briefbot.core.PassageKind;
import org.briefbot.core.Sentence;
import org.briefbot.core.Sentences;
import org.briefbot.index.analysis.BackgroundFrequencies;
import org.briefbot.index.analysis.TextAnalysis;
import org.briefbot.index.analysis.Token;
import org.briefbot.index.question.Concept;
import org.briefbot.index.question.QuestionPlan;
import org.briefbot.index.store.PassageZones;
import org.briefbot.index.store.StoredPassage;

/**
 * Reads, for each candidate passage, the evidence in its words that it answers a question: how much
 * of the question it mentions and where (text, heading, header lines), how close together, and
 * which of its sentences carry the question's concepts or the kind of answer asked for.
 *
 * <p>It decides nothing: the evidence becomes features, and fitted models ({@link AnswerModels})
 * weigh them. Every figure is a share of the question's weight, so a long question and a short one
 * give figures on the same scale.
 */
public final class Ranker {
  /** BM25 term-frequency saturation. */
  static final double K1 = 1.2;

  /** BM25 length normalisation. */
  static final double B = 0.5;

  /** Positions a phrase-sized window spans, for proximity. */
  static final int WINDOW = 8;

  /**
   * How much a word's commonness in English at large lowers its weight, so that everyday words
   * ("go", "gain") rare in a small library do not outweigh names.
   */
  static final double BACKGROUND = 0.6;

  private final TextAnalysis analysis;

  public Ranker(TextAnalysis analysis) {
    this.analysis = analysis;
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

  /**
   * What one passage's words say about one question. Shares are of the question's weight (the sum
   * of its concepts' weights), from 0 to 1, except {@code bm25}, which saturates higher.
   *
   * @param candidate the passage
   * @param bm25 BM25 over the text, per concept, weighted by the concept's rarity
   * @param coverage the share of the question mentioned anywhere in the passage's zones
   * @param window the largest share found within one phrase-sized window of the text
   * @param heading the share mentioned in its section heading
   * @param about the share mentioned in the header or footer lines' about-words
   * @param inPart the passage lies in the part of the brief the question names
   * @param opens the question asks how a part opens and this is its first paragraph
   * @param sentences the passage's sentences, verbatim
   * @param sentenceShare for each sentence, the share of the question it mentions
   * @param sentenceAbout for each sentence (a header or footer line), the share of the question its
   *     about-words mention
   * @param sentenceType for each sentence, whether it holds the kind of answer asked for
   * @param matched the question's concepts the passage mentions, by index
   * @param questionWeight the question's weight (the sum its shares are of)
   */
  public record Evidence(
      StoredPassage candidate,
      double bm25,
      double coverage,
      double window,
      double heading,
      double about,
      boolean inPart,
      boolean opens,
      List<Sentence> sentences,
      double[] sentenceShare,
      double[] sentenceAbout,
      boolean[] sentenceType,
      BitSet matched,
      double questionWeight) {

    public Passage passage() {
      return candidate.passage();
    }
  }

  /**
   * The question's concepts with the weights evidence is measured in: each concept's rarity in the
   * library, lowered for words common in English at large, and each other form of it weighed
   * against the user's own word.
   */
  public record WeightedQuestion(QuestionPlan plan, double[] conceptWeight, double total) {}

  public WeightedQuestion weigh(QuestionPlan plan, Statistics statistics) {
    List<Concept> weighted = new ArrayList<>();
    double[] idf = new double[plan.concepts().size()];
    double total = 0;
    for (int c = 0; c < idf.length; c++) {
      Concept concept = plan.concepts().get(c);
      weighted.add(weighForms(concept, statistics));
      // A concept no passage mentions cannot tell passages apart; it weighs 0 here and counts
      // against answering instead (see Answerability).
      idf[c] =
          conceptIdf(concept, statistics)
              * (1
                  - BACKGROUND
                  + BACKGROUND * BackgroundFrequencies.instance().specificity(concept.ownTerms()));
      total += idf[c];
    }
    return new WeightedQuestion(plan.withConcepts(weighted), idf, total);
  }

  /** The evidence of each candidate, in the candidates' order. */
  public List<Evidence> evidence(
      WeightedQuestion question, List<StoredPassage> candidates, Statistics statistics) {
    List<Evidence> evidence = new ArrayList<>(candidates.size());
    for (StoredPassage candidate : candidates) {
      evidence.add(evidence(question, candidate, statistics.averageLength()));
    }
    return evidence;
  }

  private static double idf(int df, int n) {
    return df == 0 ? 0 : Math.log(1 + (Math.max(n, df) - df + 0.5) / (df + 0.5));
  }

  /** The concept's weight: the rarity of the user's own words, or of its best other form. */
  private static double conceptIdf(Concept concept, Statistics statistics) {
    int n = statistics.passageCount();
    double own = idf(statistics.documentFrequency(concept.ownTerms()), n);
    if (own > 0) return own;
    double best = 0;
    for (Concept.Alternative alternative : concept.alternatives()) {
      best =
          Math.max(
              best,
              alternative.weight() * idf(statistics.documentFrequency(alternative.terms()), n));
    }
    return best;
  }

  /**
   * The concept with each form's weight scaled by how rare the form is next to the user's own
   * words: a common synonym ("ties") of a rare word ("rapprochement") must not match as well as the
   * word itself, or every passage mentioning ties would rank with the one passage that answers.
   */
  private static Concept weighForms(Concept concept, Statistics statistics) {
    int n = statistics.passageCount();
    double reference = conceptIdf(concept, statistics);
    if (reference == 0) return concept;
    boolean ownKnown = statistics.documentFrequency(concept.ownTerms()) > 0;
    List<Concept.Alternative> alternatives = new ArrayList<>();
    for (Concept.Alternative alternative : concept.alternatives()) {
      double rarity = idf(statistics.documentFrequency(alternative.terms()), n);
      // With the user's word in the library, other forms count less as they are commoner. Without
      // it, the concept's weight already comes from its best other form, which then counts fully.
      double strength =
          ownKnown
              ? alternative.weight() * Math.min(1, rarity / reference)
              : Math.min(1, alternative.weight() * rarity / reference);
      if (strength > 0) {
        alternatives.add(
            new Concept.Alternative(alternative.terms(), strength, alternative.source()));
      }
    }
    if (alternatives.isEmpty()) return concept;
    return new Concept(concept.surface(), alternatives, concept.salient());
  }

  /** A passage analysed once: the same passages come back question after question. */
  private record Analyzed(
      Passage passage,
      Tokens body,
      Tokens heading,
      List<Tokens> aboutLines,
      Tokens about,
      List<Sentence> sentences) {}

  /** Tokens with, for each term, where it occurs: a concept is matched by lookup, not by scan. */
  record Tokens(List<Token> list, Map<String, List<Integer>> at) {
    static Tokens of(List<Token> tokens) {
      Map<String, List<Integer>> at = new HashMap<>();
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

  private final ConcurrentHashMap<String, Analyzed> analyzed = new ConcurrentHashMap<>();

  private Analyzed analyze(StoredPassage candidate) {
    Passage passage = candidate.passage();
    Analyzed cached = analyzed.get(passage.id());
    // A reload may bring a changed passage under the same id; only an equal one is reused.
    if (cached != null && cached.passage().equals(passage)) return cached;
    List<String> aboutLines = PassageZones.aboutLines(passage);
    List<Tokens> aboutLineTokens = new ArrayList<>();
    for (String line : aboutLines) aboutLineTokens.add(Tokens.of(analysis.tokens(line)));
    Analyzed fresh =
        new Analyzed(
            passage,
            Tokens.of(analysis.tokens(passage.text())),
            Tokens.of(analysis.tokens(PassageZones.heading(passage, candidate.brief()))),
            aboutLineTokens,
            Tokens.of(analysis.tokens(String.join(" ", aboutLines))),
            Sentences.split(passage.text()));
    if (analyzed.size() >= CACHE_LIMIT) analyzed.clear();
    analyzed.put(passage.id(), fresh);
    return fresh;
  }

  private Evidence evidence(
      WeightedQuestion question, StoredPassage candidate, double averageLength) {
    QuestionPlan plan = question.plan();
    double[] idf = question.conceptWeight();
    double total = question.total();
    Passage passage = candidate.passage();
    Analyzed analyzedPassage = analyze(candidate);
    Tokens body = analyzedPassage.body();
    List<Sentence> sentences = analyzedPassage.sentences();

    double lengthNorm = 1 - B + B * body.size() / Math.max(1.0, averageLength);
    double bm25 = 0;
    double covered = 0;
    double headingShare = 0;
    double aboutShare = 0;
    double[][] perSentence = new double[idf.length][sentences.size()];
    double[][] aboutPerSentence = new double[idf.length][sentences.size()];
    BitSet matched = new BitSet();
    List<List<Match>> bodyMatches = new ArrayList<>();
    for (int c = 0; c < idf.length; c++) {
      Concept concept = plan.concepts().get(c);
      List<Match> inBody = matches(concept, body);
      bodyMatches.add(inBody);
      double bestWeight = 0;
      if (!inBody.isEmpty()) {
        double tf = 0;
        for (Match m : inBody) {
          tf += m.weight();
          bestWeight = Math.max(bestWeight, m.weight());
          int s = sentenceOf(sentences, m.start());
          if (s >= 0) perSentence[c][s] = Math.max(perSentence[c][s], m.weight());
        }
        bm25 += idf[c] * bestWeight * tf * (K1 + 1) / (tf + K1 * lengthNorm);
      }
      double headingWeight = bestWeightOf(matches(concept, analyzedPassage.heading()));
      double aboutWeight =
          analyzedPassage.aboutLines().isEmpty()
              ? 0
              : bestWeightOf(matches(concept, analyzedPassage.about()));
      if (aboutWeight > 0) {
        markAboutLines(
            concept, analyzedPassage.aboutLines(), sentences, passage.text(), aboutPerSentence[c]);
        for (int l = 0; l < sentences.size(); l++) {
          perSentence[c][l] = Math.max(perSentence[c][l], aboutPerSentence[c][l]);
        }
      }
      headingShare += idf[c] * headingWeight;
      aboutShare += idf[c] * aboutWeight;
      double zoneWeight = Math.max(bestWeight, Math.max(headingWeight, aboutWeight));
      covered += idf[c] * Math.min(1, zoneWeight);
      if (zoneWeight > 0) matched.set(c);
    }
    double[] sentenceShare = new double[sentences.size()];
    double[] sentenceAbout = new double[sentences.size()];
    boolean[] sentenceType = new boolean[sentences.size()];
    for (int s = 0; s < sentences.size(); s++) {
      double mass = 0;
      for (int c = 0; c < idf.length; c++) mass += idf[c] * perSentence[c][s];
      sentenceShare[s] = share(mass, total);
      double aboutMass = 0;
      for (int c = 0; c < idf.length; c++) aboutMass += idf[c] * aboutPerSentence[c][s];
      sentenceAbout[s] = share(aboutMass, total);
      sentenceType[s] = plan.type().satisfiedBy(sentences.get(s).text(), plan.cleaned());
    }
    boolean inPart =
        plan.part().isPresent() && plan.part().get().contains(passage, candidate.brief());
    boolean opens =
        plan.opening()
            && passage.number() == 1
            && (plan.part().isPresent() ? inPart : headingMatched(plan, analyzedPassage.heading()));
    return new Evidence(
        candidate,
        share(bm25, total),
        share(covered, total),
        windowCoverage(bodyMatches, idf, WINDOW),
        share(headingShare, total),
        share(aboutShare, total),
        inPart,
        opens,
        sentences,
        sentenceShare,
        sentenceAbout,
        sentenceType,
        matched,
        total);
  }

  private static double share(double part, double total) {
    return total <= 0 ? 0 : part / total;
  }

  private static boolean headingMatched(QuestionPlan plan, Tokens heading) {
    for (Concept concept : plan.concepts()) {
      if (!matches(concept, heading).isEmpty()) return true;
    }
    return false;
  }

  /**
   * Header and footer lines are sentences; a concept met in a line's about-words marks that line.
   */
  private static void markAboutLines(
      Concept concept,
      List<Tokens> aboutLines,
      List<Sentence> sentences,
      String text,
      double[] perSentence) {
    String[] lines = text.split("\n");
    int offset = 0;
    for (int i = 0; i < lines.length && i < aboutLines.size(); i++) {
      double weight = bestWeightOf(matches(concept, aboutLines.get(i)));
      if (weight > 0) {
        int s = sentenceOf(sentences, offset + Math.min(lines[i].length(), leadingSpace(lines[i])));
        if (s >= 0) perSentence[s] = Math.max(perSentence[s], weight);
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

  /**
   * Where any form of the concept occurs; multi-word forms must be consecutive (stop words aside).
   */
  static List<Match> matches(Concept concept, Tokens tokens) {
    Map<Integer, Double> best = new java.util.TreeMap<>();
    for (Concept.Alternative alternative : concept.alternatives()) {
      List<Integer> starts = tokens.at().get(alternative.terms().get(0));
      if (starts == null) continue;
      for (int i : starts) {
        if (matchesAt(alternative.terms(), tokens.list(), i))
          best.merge(i, alternative.weight(), Math::max);
      }
    }
    List<Match> matches = new ArrayList<>(best.size());
    best.forEach(
        (i, weight) -> {
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
   * The largest share of the question's weight whose concepts all occur within one window of the
   * window positions; a concept counts once, at its strongest match in the window.
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
      for (int end = start;
          end < events.size() && events.get(end)[0] - events.get(start)[0] < window;
          end++) {
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

  /** True for the header and footer, whose text is lines of facts about the brief. */
  public static boolean aboutTheBrief(Passage passage) {
    return passage.kind() == PassageKind.HEADER || passage.kind() == PassageKind.FOOTER;
  }
}
