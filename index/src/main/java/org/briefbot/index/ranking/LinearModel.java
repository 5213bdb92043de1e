package org.briefbot.index.ranking;

import java.util.List;
import java.util.Locale;

/**
 * A fitted linear model: a bias and one weight per feature, applied to features in the order of
 * {@code features}. Ranking models compare scores within one question; the answerability model
 * reads its score as log-odds.
 *
 * @param features the feature names, in the order of {@code weights}
 * @param bias the score of all-zero features
 * @param weights one per feature
 */
public record LinearModel(List<String> features, double bias, double[] weights) {
  public LinearModel {
    features = List.copyOf(features);
    weights = weights.clone();
    if (weights.length != features.size()) {
      throw new IllegalArgumentException(
          "a model needs one weight per feature: "
              + features.size()
              + " features, "
              + weights.length
              + " weights");
    }
    for (double w : weights) {
      if (!Double.isFinite(w)) throw new IllegalArgumentException("weights must be finite numbers");
    }
  }

  /** The weight of a feature by name, 0 when the model does not have it. */
  double weight(String feature) {
    int i = features.indexOf(feature.toLowerCase(Locale.ROOT));
    return i < 0 ? 0 : weights[i];
  }

  @Override
  public double[] weights() {
    return weights.clone();
  }

  /** bias + the weighted sum of {@code x}, which holds one value per feature, in order. */
  public double score(double[] x) {
    if (x.length != weights.length) {
      throw new IllegalArgumentException(
          "expected " + weights.length + " features, got " + x.length);
    }
    double sum = bias;
    for (int i = 0; i < x.length; i++) sum += weights[i] * x[i];
    return sum;
  }

  /** The probability a logistic model gives: the score read as log-odds. */
  public double probability(double[] x) {
    return 1 / (1 + Math.exp(-score(x)));
  }
}
