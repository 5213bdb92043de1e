package org.briefbot.index.ranking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Merges the ranking by words (the {@link Ranker}'s) with the ranking by meaning (the cosine of
 * each passage's vector with the question's) into one order.
 */
final class Fusion {
  /** How the two rankings are merged. */
  enum Method {
    /**
     * Reciprocal rank fusion: each ranking gives a passage 1/(k + its rank), the meaning ranking
     * times its weight. Uses ranks only, so needs no calibration of two unlike scores.
     */
    RECIPROCAL_RANK,
    /**
     * A linear mix of the two scores, each first calibrated to [0, 1] over the question's
     * candidates (the best scores 1, the worst 0), weighted by the meaning share alpha.
     */
    LINEAR
  }

  /** A passage with its place in the merged order. */
  record Fused(Ranker.Scored scored, double score) {}

  private Fusion() {}

  /**
   * The lexical ranking reordered by meaning as well.
   *
   * @param lexical passages best first, as the Ranker ordered them
   * @param similarity each passage's cosine with the question, by passage id; a passage missing
   *     from it (beyond the nearest ones searched) counts as the least similar
   */
  static List<Fused> fuse(List<Ranker.Scored> lexical, Map<String, Double> similarity,
      SemanticWeights weights) {
    if (lexical.isEmpty()) return List.of();
    double least = similarity.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
    double[] cosine = new double[lexical.size()];
    for (int i = 0; i < cosine.length; i++) {
      cosine[i] = similarity.getOrDefault(lexical.get(i).passage().id(), least);
    }
    double[] fused = weights.method() == Method.RECIPROCAL_RANK
        ? reciprocalRank(cosine, weights.rrfK(), weights.rrfWeight())
        : linear(lexical, cosine, weights.alpha());
    List<Fused> merged = new ArrayList<>();
    for (int i = 0; i < fused.length; i++) merged.add(new Fused(lexical.get(i), fused[i]));
    // Stable: ties keep the lexical order.
    merged.sort(Comparator.comparingDouble(Fused::score).reversed());
    return merged;
  }

  /** 1/(k + lexical rank) + weight/(k + meaning rank); ranks from 1, ties sharing the best rank. */
  static double[] reciprocalRank(double[] cosine, double k, double weight) {
    int n = cosine.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) order[i] = i;
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> cosine[i]).reversed());
    int[] semanticRank = new int[n];
    for (int r = 0; r < n; r++) {
      boolean tie = r > 0 && cosine[order[r]] == cosine[order[r - 1]];
      semanticRank[order[r]] = tie ? semanticRank[order[r - 1]] : r + 1;
    }
    double[] fused = new double[n];
    for (int i = 0; i < n; i++) fused[i] = 1 / (k + i + 1) + weight / (k + semanticRank[i]);
    return fused;
  }

  /** (1 - alpha) * calibrated lexical score + alpha * calibrated cosine. */
  static double[] linear(List<Ranker.Scored> lexical, double[] cosine, double alpha) {
    double[] words = new double[lexical.size()];
    for (int i = 0; i < words.length; i++) words[i] = lexical.get(i).score();
    double[] wordsScaled = minMax(words);
    double[] meaningScaled = minMax(cosine);
    double[] fused = new double[words.length];
    for (int i = 0; i < fused.length; i++) {
      fused[i] = (1 - alpha) * wordsScaled[i] + alpha * meaningScaled[i];
    }
    return fused;
  }

  /** Scales to [0, 1], best 1; all equal scale to 1, so one ranking alone decides. */
  static double[] minMax(double[] values) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double v : values) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    double[] scaled = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      scaled[i] = max - min < 1e-12 ? 1 : (values[i] - min) / (max - min);
    }
    return scaled;
  }

  /** Passage ids in fused order; for tests and tools. */
  static List<String> ids(List<Fused> fused) {
    List<String> ids = new ArrayList<>();
    for (Fused f : fused) ids.add(f.scored().passage().id());
    return ids;
  }
}
