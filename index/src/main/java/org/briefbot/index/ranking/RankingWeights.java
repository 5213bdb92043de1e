package org.briefbot.index.ranking;

/**
 * The knobs of {@link Ranker}, in one place so they are tuned by measurement (briefbot eval on
 * question sets), not by hand in the code.
 *
 * @param k1 BM25 term-frequency saturation
 * @param b BM25 length normalisation
 * @param heading a concept in the heading counts this much of a match in the text
 * @param about about-words (author, date, ISSN) of the header and footer count this much
 * @param sentence the share of the question one sentence answers, times the question's weight
 * @param type a best sentence holding the kind of answer asked for (a date for "when")
 * @param proximity the share of the question found within one phrase-sized window
 * @param window positions that window spans
 * @param summaryPrior key issues restate the body; they score this fraction when matched alike
 * @param background how much a word's commonness in English at large lowers its weight, so that
 *     everyday words ("go", "gain") rare in a small library do not outweigh names
 * @param structure a passage in the part of the brief the question names ("the conclusion")
 */
record RankingWeights(double k1, double b, double heading, double about, double sentence,
    double type, double proximity, int window, double summaryPrior, double background,
    double structure) {

  static final RankingWeights DEFAULT =
      new RankingWeights(1.2, 0.5, 1.0, 1.0, 0.8, 0.25, 0.2, 8, 0.9, 0.6, 1.0);
}
