package org.briefbot.index.ranking;

import java.util.ArrayList;
import java.util.List;

/**
 * Fits the {@link LinearModel}s of {@link AnswerModels} from examples: plain, deterministic
 * gradient descent (Adam) on standardised features with an L2 penalty, so that anyone rerunning the
 * fit on the same questions gets the same weights.
 *
 * <ul>
 *   <li>Ranking (passages of a question, sentences of a passage): listwise softmax, the probability
 *       the model gives the right items among the group, as in ListNet.
 *   <li>Answerability: logistic regression, each class weighed to count equally.
 * </ul>
 */
public final class ModelFitting {
  private static final int ITERATIONS = 1500;
  private static final double LEARNING_RATE = 0.05;

  private ModelFitting() {}

  /**
   * One group to rank: a question's candidate passages, or a passage's sentences.
   *
   * @param rows the items' features, one array each
   * @param right which items are right answers (at least one)
   */
  public record Group(List<double[]> rows, boolean[] right) {
    public Group {
      rows = List.copyOf(rows);
      if (rows.size() != right.length) throw new IllegalArgumentException("one label per row");
      boolean any = false;
      for (boolean r : right) any |= r;
      if (!any) throw new IllegalArgumentException("a group needs a right item");
    }
  }

  /** A question for the answerability model: its features, and whether the library answers it. */
  public record Labelled(double[] row, boolean answerable) {}

  /** A linear model ranking the right items of each group first, as far as it can. */
  public static LinearModel fitRanking(List<String> features, List<Group> groups, double l2) {
    int d = features.size();
    List<double[]> all = new ArrayList<>();
    for (Group g : groups) all.addAll(g.rows());
    Scaling scaling = Scaling.of(all, d);
    List<double[][]> scaled = new ArrayList<>();
    for (Group g : groups) {
      double[][] rows = new double[g.rows().size()][];
      for (int i = 0; i < rows.length; i++) rows[i] = scaling.apply(g.rows().get(i));
      scaled.add(rows);
    }
    double[] w = new double[d];
    Adam adam = new Adam(d);
    for (int iteration = 0; iteration < ITERATIONS; iteration++) {
      double[] gradient = new double[d];
      for (int k = 0; k < groups.size(); k++) {
        double[][] rows = scaled.get(k);
        boolean[] right = groups.get(k).right();
        double[] score = new double[rows.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < rows.length; i++) {
          score[i] = dot(w, rows[i]);
          max = Math.max(max, score[i]);
        }
        double sumAll = 0;
        double sumRight = 0;
        double[] p = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
          p[i] = Math.exp(score[i] - max);
          sumAll += p[i];
          if (right[i]) sumRight += p[i];
        }
        // -log(sum over right of softmax): its gradient is E_all[x] - E_right[x].
        for (int i = 0; i < rows.length; i++) {
          double coefficient = p[i] / sumAll - (right[i] ? p[i] / sumRight : 0);
          if (coefficient == 0) continue;
          for (int j = 0; j < d; j++) gradient[j] += coefficient * rows[i][j];
        }
      }
      for (int j = 0; j < d; j++) gradient[j] = gradient[j] / groups.size() + 2 * l2 * w[j];
      adam.step(w, gradient);
    }
    return scaling.unscale(features, 0, w);
  }

  /** A logistic model of answerability, unanswerable and answerable questions weighing alike. */
  public static LinearModel fitLogistic(List<String> features, List<Labelled> examples, double l2) {
    int d = features.size();
    List<double[]> all = new ArrayList<>();
    int positives = 0;
    for (Labelled e : examples) {
      all.add(e.row());
      if (e.answerable()) positives++;
    }
    int negatives = examples.size() - positives;
    if (positives == 0 || negatives == 0) {
      throw new IllegalArgumentException(
          "answerability needs answerable and unanswerable questions");
    }
    Scaling scaling = Scaling.of(all, d);
    double[][] rows = new double[examples.size()][];
    for (int i = 0; i < rows.length; i++) rows[i] = scaling.apply(examples.get(i).row());
    double positiveWeight = examples.size() / (2.0 * positives);
    double negativeWeight = examples.size() / (2.0 * negatives);
    double[] w = new double[d + 1]; // the last is the bias
    Adam adam = new Adam(d + 1);
    for (int iteration = 0; iteration < ITERATIONS; iteration++) {
      double[] gradient = new double[d + 1];
      for (int i = 0; i < rows.length; i++) {
        double z = w[d] + dot(w, rows[i]);
        double p = 1 / (1 + Math.exp(-z));
        boolean y = examples.get(i).answerable();
        double error = (p - (y ? 1 : 0)) * (y ? positiveWeight : negativeWeight);
        for (int j = 0; j < d; j++) gradient[j] += error * rows[i][j];
        gradient[d] += error;
      }
      for (int j = 0; j <= d; j++) {
        gradient[j] = gradient[j] / rows.length + (j < d ? 2 * l2 * w[j] : 0);
      }
      adam.step(w, gradient);
    }
    double[] weights = new double[d];
    System.arraycopy(w, 0, weights, 0, d);
    return scaling.unscale(features, w[d], weights);
  }

  private static double dot(double[] w, double[] x) {
    double sum = 0;
    for (int j = 0; j < x.length; j++) sum += w[j] * x[j];
    return sum;
  }

  /** Standardisation of each feature to mean 0 and deviation 1, undone on the fitted weights. */
  private record Scaling(double[] mean, double[] deviation) {
    static Scaling of(List<double[]> rows, int d) {
      double[] mean = new double[d];
      double[] deviation = new double[d];
      for (double[] row : rows) for (int j = 0; j < d; j++) mean[j] += row[j];
      for (int j = 0; j < d; j++) mean[j] /= Math.max(1, rows.size());
      for (double[] row : rows) {
        for (int j = 0; j < d; j++) deviation[j] += (row[j] - mean[j]) * (row[j] - mean[j]);
      }
      for (int j = 0; j < d; j++) {
        deviation[j] = Math.sqrt(deviation[j] / Math.max(1, rows.size()));
        // A feature that never varies here is left out (weight 0) rather than blown up.
        if (deviation[j] < 1e-9) deviation[j] = Double.POSITIVE_INFINITY;
      }
      return new Scaling(mean, deviation);
    }

    double[] apply(double[] row) {
      double[] scaled = new double[row.length];
      for (int j = 0; j < row.length; j++) scaled[j] = (row[j] - mean[j]) / deviation[j];
      return scaled;
    }

    /** Weights on the raw features that give the same scores as {@code w} on scaled ones. */
    LinearModel unscale(List<String> features, double bias, double[] w) {
      double[] raw = new double[w.length];
      double rawBias = bias;
      for (int j = 0; j < w.length; j++) {
        raw[j] = w[j] / deviation[j];
        rawBias -= raw[j] * mean[j];
      }
      return new LinearModel(features, rawBias, raw);
    }
  }

  /** Adam's update, deterministic and free of tuning beyond its learning rate. */
  private static final class Adam {
    private final double[] first;
    private final double[] second;
    private int steps;

    Adam(int d) {
      first = new double[d];
      second = new double[d];
    }

    void step(double[] w, double[] gradient) {
      steps++;
      double beta1 = 0.9;
      double beta2 = 0.999;
      for (int j = 0; j < w.length; j++) {
        first[j] = beta1 * first[j] + (1 - beta1) * gradient[j];
        second[j] = beta2 * second[j] + (1 - beta2) * gradient[j] * gradient[j];
        double m = first[j] / (1 - Math.pow(beta1, steps));
        double v = second[j] / (1 - Math.pow(beta2, steps));
        w[j] -= LEARNING_RATE * m / (Math.sqrt(v) + 1e-8);
      }
    }
  }
}
