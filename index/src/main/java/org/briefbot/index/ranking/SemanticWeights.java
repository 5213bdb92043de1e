package org.briefbot.index.ranking;

/**
 * The knobs of semantic search, tuned by measurement (briefbot eval on dev.tsv and
 * paraphrase.tsv, never on the holdout set). Measured there against the word ranking of
 * 27 November: the linear mix at alpha 0.1 to 0.3 gains two paraphrase questions and loses one
 * (net +1 of 81 at hit@1), and nets 0 on dev (at 0.25 and more it gains one and loses one);
 * 0.15 nets 0 on both. 0.1 is the smallest change with the gain; from 0.2 up, the README's own
 * question, "When was the ITPP signed?", loses its dated answer to a passage that names the ITPP
 * without the date (the model cannot read the acronym). Reciprocal rank fusion, at any
 * k (2, 10, 60) and meaning weight (0.1 to 1) tried, ties the words alone at best and at k 60,
 * weight 1 loses 10 points, as the meaning ranking alone is far weaker than the words'.
 * Closeness in meaning did not choose better sentences (equal at light weights, worse at heavy
 * ones), nor did it separate unanswerable questions from answerable ones (their nearest passages'
 * cosines overlap, 0.31 to 0.65 against 0.15 to 0.7), so sentences and abstention are left to
 * words.
 *
 * @param method how the word and meaning rankings are merged
 * @param rrfK reciprocal rank fusion's k: larger flattens the difference between ranks
 * @param rrfWeight the meaning ranking's weight in reciprocal rank fusion (words weigh 1)
 * @param alpha the meaning share of the linear mix
 * @param nearest passages the vector search hands to fusion besides the word candidates
 */
record SemanticWeights(Fusion.Method method, double rrfK, double rrfWeight, double alpha,
    int nearest) {
  SemanticWeights {
    if (alpha < 0 || alpha > 1) throw new IllegalArgumentException("alpha must be 0 to 1, was " + alpha);
    if (rrfK < 0) throw new IllegalArgumentException("rrfK must not be negative, was " + rrfK);
    if (nearest < 1) throw new IllegalArgumentException("nearest must be positive, was " + nearest);
  }

  static final SemanticWeights DEFAULT =
      new SemanticWeights(Fusion.Method.LINEAR, 60, 1.0, 0.1, 50);
}
