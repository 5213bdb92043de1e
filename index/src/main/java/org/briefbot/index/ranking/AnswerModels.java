package org.briefbot.index.ranking;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The fitted weights every answer is computed with: which passage ranks first, which of its
 * sentences is shown, and whether the library answers at all; each twice, for answers by words
 * alone and for answers by words and meaning. Fitted by {@code briefbot fit} on the development
 * corpus and shipped as data ({@code models.tsv}), never set by hand.
 *
 * @param passageByWords ranks candidate passages from their words
 * @param passageByMeaning ranks them from their words and meaning
 * @param sentenceByWords picks the best sentence of a passage from its words
 * @param sentenceByMeaning picks it from words and meaning
 * @param answerableByWords the log-odds that the library answers the question, from words
 * @param answerableByMeaning the same, from words and meaning
 * @param byWords the probabilities answering by words is decided by
 * @param byMeaning the same, with meaning
 * @param askedByMeaning the log-odds that a question worded as this one is answered by a brief at
 *     all, read off the question's embedding alone (features {@code v0}, {@code v1}, ...): asking
 *     for an official's name, an exact sum or how a fund splits is, across briefs, a near miss more
 *     often than asking what a brief argues. It enters answerability as {@link
 *     Features.Question#ASKED}; with no weights (an older model file), that feature is 0
 * @param leftOutByMeaning the same log-odds read off the embedding of the question's words the best
 *     passage does not contain (features {@code v0}, {@code v1}, ...): what a question asks beyond
 *     what its best passage says. Left out, "what" or "when" is a question the passage answers in
 *     its own words; "fine", "winner" or "in 2025" is a detail it does not give. It enters
 *     answerability as {@link Features.Question#LEFT_OUT}; with no weights, 0
 * @param matchedByMeaning the same log-odds read off the question's embedding times its best
 *     sentence's, component by component (features {@code v0}, {@code v1}, ...). Summed with equal
 *     weights, those products are the sentence's cosine; weighed by this model, the components in
 *     which a near miss agrees with its sentence as much as an answered question does (the subject,
 *     the place, the year) count for less than those it falls short in. It enters answerability as
 *     {@link Features.Question#MATCHED}; with no weights, 0
 * @param aboutByMeaning the log-odds that a question asks about a brief itself (who wrote it, who
 *     publishes it, when), so that a header or footer answers it, read off the question's embedding
 *     alone (features {@code v0}, {@code v1}, ...): "which think tank puts this out?" shares no
 *     word with a footer that says "published by the Centre for ...", but its wording is that of
 *     every question about a paper's maker. It enters ranking as {@link
 *     Features.Passage#ABOUT_ASKED}, and a likely one brings every brief's header and footer among
 *     the candidates; with no weights, both are 0
 */
public record AnswerModels(
    LinearModel passageByWords,
    LinearModel passageByMeaning,
    LinearModel sentenceByWords,
    LinearModel sentenceByMeaning,
    LinearModel answerableByWords,
    LinearModel answerableByMeaning,
    Bars byWords,
    Bars byMeaning,
    LinearModel askedByMeaning,
    LinearModel leftOutByMeaning,
    LinearModel matchedByMeaning,
    LinearModel aboutByMeaning) {

  static final String RESOURCE = "models.tsv";

  public AnswerModels {
    check(passageByWords, Features.Passage.class);
    check(passageByMeaning, Features.Passage.class);
    check(sentenceByWords, Features.Sentence.class);
    check(sentenceByMeaning, Features.Sentence.class);
    check(answerableByWords, Features.Question.class);
    check(answerableByMeaning, Features.Question.class);
    if (byWords == null || byMeaning == null) throw new IllegalArgumentException("bars missing");
    if (askedByMeaning == null) askedByMeaning = NO_OPINION;
    if (leftOutByMeaning == null) leftOutByMeaning = NO_OPINION;
    if (matchedByMeaning == null) matchedByMeaning = NO_OPINION;
    if (aboutByMeaning == null) aboutByMeaning = NO_OPINION;
    for (LinearModel wording :
        List.of(askedByMeaning, leftOutByMeaning, matchedByMeaning, aboutByMeaning)) {
      if (!wording.features().equals(vectorFeatures(wording.features().size()))) {
        throw new IllegalArgumentException(
            "a model of wording reads features v0, v1, ..., in order, not " + wording.features());
      }
    }
  }

  /** A model of wording with no weights: it scores every vector 0. */
  private static final LinearModel NO_OPINION = new LinearModel(List.of(), 0, new double[0]);

  /** The names of a question vector's components as model files write them: v0, v1, ... */
  public static List<String> vectorFeatures(int dimension) {
    List<String> names = new ArrayList<>(dimension);
    for (int i = 0; i < dimension; i++) names.add("v" + i);
    return names;
  }

  /**
   * The asked model's log-odds for a question's embedding; 0 (no opinion) without one, or when the
   * vector is not of the model's dimension (another embedding model than the one fitted on).
   */
  public double asked(float[] questionVector) {
    return asked(askedByMeaning, questionVector);
  }

  /**
   * The left-out model's log-odds for the embedding of a question's words its best passage does not
   * contain; 0 as for {@link #asked(float[])}.
   */
  public double leftOut(float[] leftOutVector) {
    return asked(leftOutByMeaning, leftOutVector);
  }

  /**
   * The matched model's log-odds for a question's embedding times its best sentence's; 0 as for
   * {@link #asked(float[])}.
   */
  public double matched(float[] matchedVector) {
    return asked(matchedByMeaning, matchedVector);
  }

  /**
   * The chance, from the about model, that a question so worded asks about a brief itself; 0 when
   * there is no such model or no embedding, so that nothing is read into its absence.
   */
  public double aboutChance(float[] questionVector) {
    return aboutChance(aboutByMeaning, questionVector);
  }

  /** {@link #aboutChance(float[])} under another about model; for fitting. */
  public static double aboutChance(LinearModel aboutModel, float[] questionVector) {
    int d = aboutModel.features().size();
    if (questionVector == null || d == 0 || questionVector.length != d) return 0;
    return 1 / (1 + Math.exp(-asked(aboutModel, questionVector)));
  }

  /**
   * {@link #asked(float[])} under another model of wording (asked, left out or matched); for
   * fitting.
   */
  public static double asked(LinearModel askedModel, float[] questionVector) {
    int d = askedModel.features().size();
    if (questionVector == null || d == 0 || questionVector.length != d) return 0;
    double[] x = new double[d];
    for (int i = 0; i < d; i++) x[i] = questionVector[i];
    return askedModel.score(x);
  }

  /**
   * The probabilities, from the answerability model, that decide what an answer says.
   *
   * @param threshold below this the library abstains
   * @param rest a question refused only for naming what no brief mentions is answered, with a note,
   *     when its probability without those names reaches this: the rest of the question is answered
   *     as strongly as the questions it was fitted on that the library answers
   * @param caution an answer below this (but at or above {@code threshold}) comes with a note that
   *     the brief may not answer the question exactly: near misses, a figure or a name the brief
   *     does not give, fall here more often than the questions it answers
   */
  public record Bars(double threshold, double rest, double caution) {
    public Bars {
      for (double bar : new double[] {threshold, rest, caution}) {
        if (!(bar >= 0 && bar <= 1)) {
          throw new IllegalArgumentException(
              "bars must be probabilities, were " + threshold + ", " + rest + " and " + caution);
        }
      }
      // An older model file has no caution bar: it then flags nothing.
      caution = Math.max(caution, threshold);
    }
  }

  private static void check(LinearModel model, Class<? extends Enum<?>> features) {
    if (!model.features().equals(Features.names(features))) {
      throw new IllegalArgumentException(
          "model features " + model.features() + " are not " + Features.names(features));
    }
  }

  /** The models shipped with briefbot, read once. */
  public static AnswerModels bundled() {
    return Bundled.MODELS;
  }

  private static final class Bundled {
    static final AnswerModels MODELS = readBundled();

    private static AnswerModels readBundled() {
      try (InputStream in = AnswerModels.class.getResourceAsStream(RESOURCE)) {
        if (in == null) throw new IllegalStateException(RESOURCE + " is missing from the jar");
        return parse(RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
    }
  }

  /**
   * Reads models written by {@link #write}.
   *
   * @throws IllegalArgumentException as {@code file:line: reason} for a malformed line
   */
  public static AnswerModels read(Path file) throws IOException {
    return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
  }

  /** Model names as the file writes them, in the order of the record's components. */
  private static final List<String> NAMES =
      List.of(
          "passage.words",
          "passage.meaning",
          "sentence.words",
          "sentence.meaning",
          "answerable.words",
          "answerable.meaning",
          "asked.meaning",
          "left_out.meaning",
          "matched.meaning",
          "about.meaning");

  static AnswerModels parse(String file, String text) {
    Map<String, Map<String, Double>> weights = new LinkedHashMap<>();
    for (String name : NAMES) weights.put(name, new LinkedHashMap<>());
    int lineNumber = 0;
    try (BufferedReader lines = new BufferedReader(new java.io.StringReader(text))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        lineNumber++;
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] fields = line.split("\t");
        if (fields.length != 3) {
          throw new IllegalArgumentException(
              file + ":" + lineNumber + ": expected model, feature and weight separated by tabs");
        }
        Map<String, Double> model = weights.get(fields[0]);
        if (model == null) {
          throw new IllegalArgumentException(
              file
                  + ":"
                  + lineNumber
                  + ": unknown model \""
                  + fields[0]
                  + "\"; models are "
                  + NAMES);
        }
        double value;
        try {
          value = Double.parseDouble(fields[2]);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(
              file + ":" + lineNumber + ": \"" + fields[2] + "\" is not a number");
        }
        model.put(fields[1].toLowerCase(Locale.ROOT), value);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      return new AnswerModels(
          model(weights.get("passage.words"), Features.Passage.class),
          model(weights.get("passage.meaning"), Features.Passage.class),
          model(weights.get("sentence.words"), Features.Sentence.class),
          model(weights.get("sentence.meaning"), Features.Sentence.class),
          model(weights.get("answerable.words"), Features.Question.class),
          model(weights.get("answerable.meaning"), Features.Question.class),
          bars(weights.get("answerable.words")),
          bars(weights.get("answerable.meaning")),
          vectorModel(weights.get("asked.meaning")),
          vectorModel(weights.get("left_out.meaning")),
          vectorModel(weights.get("matched.meaning")),
          vectorModel(weights.get("about.meaning")));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }

  private static Bars bars(Map<String, Double> answerable) {
    double threshold = answerable.getOrDefault("threshold", 0.5);
    return new Bars(
        threshold,
        // Without a fitted bar, a question naming what no brief mentions is refused, as before.
        answerable.getOrDefault("rest_threshold", 1.0),
        answerable.getOrDefault("caution", threshold));
  }

  /** A model of wording: features v0 to v(n-1), n the number of them the file gives. */
  private static LinearModel vectorModel(Map<String, Double> weights) {
    int dimension = 0;
    for (String feature : weights.keySet()) if (!feature.equals("bias")) dimension++;
    List<String> names = vectorFeatures(dimension);
    double[] w = new double[dimension];
    for (int i = 0; i < dimension; i++) {
      Double weight = weights.get(names.get(i));
      if (weight == null) {
        throw new IllegalArgumentException(
            "a model of wording needs weights v0 to v"
                + (dimension - 1)
                + "; v"
                + i
                + " is missing");
      }
      w[i] = weight;
    }
    return new LinearModel(names, weights.getOrDefault("bias", 0.0), w);
  }

  private static LinearModel model(Map<String, Double> weights, Class<? extends Enum<?>> features) {
    List<String> names = Features.names(features);
    for (String feature : weights.keySet()) {
      if (!feature.equals("bias")
          && !feature.equals("threshold")
          && !feature.equals("rest_threshold")
          && !feature.equals("caution")
          && !names.contains(feature)) {
        throw new IllegalArgumentException(
            "unknown feature \"" + feature + "\"; features are " + names);
      }
    }
    double[] w = new double[names.size()];
    for (int i = 0; i < w.length; i++) w[i] = weights.getOrDefault(names.get(i), 0.0);
    return new LinearModel(names, weights.getOrDefault("bias", 0.0), w);
  }

  /** The models as a file {@link #read} reads, with {@code header} lines as comments first. */
  public String write(List<String> header) {
    StringBuilder out = new StringBuilder();
    for (String line : header) out.append("# ").append(line).append('\n');
    List<LinearModel> models =
        List.of(
            passageByWords,
            passageByMeaning,
            sentenceByWords,
            sentenceByMeaning,
            answerableByWords,
            answerableByMeaning,
            askedByMeaning,
            leftOutByMeaning,
            matchedByMeaning,
            aboutByMeaning);
    for (int m = 0; m < models.size(); m++) {
      LinearModel model = models.get(m);
      String name = NAMES.get(m);
      if (model.features().isEmpty() && !name.startsWith("answerable.")) continue;
      out.append(name).append("\tbias\t").append(format(model.bias())).append('\n');
      for (int i = 0; i < model.features().size(); i++) {
        out.append(name)
            .append('\t')
            .append(model.features().get(i))
            .append('\t')
            .append(format(model.weights()[i]))
            .append('\n');
      }
      if (name.startsWith("answerable.")) {
        Bars bars = name.equals("answerable.words") ? byWords : byMeaning;
        out.append(name).append("\tthreshold\t").append(format(bars.threshold())).append('\n');
        out.append(name).append("\trest_threshold\t").append(format(bars.rest())).append('\n');
        out.append(name).append("\tcaution\t").append(format(bars.caution())).append('\n');
      }
    }
    return out.toString();
  }

  private static String format(double value) {
    return String.format(Locale.ROOT, "%.6f", value);
  }

  /** The passage model for answers with or without meaning. */
  LinearModel passage(boolean meaning) {
    return meaning ? passageByMeaning : passageByWords;
  }

  LinearModel sentence(boolean meaning) {
    return meaning ? sentenceByMeaning : sentenceByWords;
  }

  LinearModel answerable(boolean meaning) {
    return meaning ? answerableByMeaning : answerableByWords;
  }

  public Bars bars(boolean meaning) {
    return meaning ? byMeaning : byWords;
  }

  public double threshold(boolean meaning) {
    return bars(meaning).threshold();
  }

  public double rest(boolean meaning) {
    return bars(meaning).rest();
  }

  public double caution(boolean meaning) {
    return bars(meaning).caution();
  }

  /** These models with the answerability model of one kind and its bars replaced. */
  public AnswerModels withAnswerability(boolean meaning, LinearModel model, Bars bars) {
    return new AnswerModels(
        passageByWords,
        passageByMeaning,
        sentenceByWords,
        sentenceByMeaning,
        meaning ? answerableByWords : model,
        meaning ? model : answerableByMeaning,
        meaning ? byWords : bars,
        meaning ? bars : byMeaning,
        askedByMeaning,
        leftOutByMeaning,
        matchedByMeaning,
        aboutByMeaning);
  }

  /** These models with the models of wording (asked, left out, matched) replaced; for fitting. */
  public AnswerModels withWording(LinearModel asked, LinearModel leftOut, LinearModel matched) {
    return withWording(asked, leftOut, matched, aboutByMeaning);
  }

  /** These models with the about model replaced; for fitting. */
  public AnswerModels withAbout(LinearModel about) {
    return withWording(askedByMeaning, leftOutByMeaning, matchedByMeaning, about);
  }

  private AnswerModels withWording(
      LinearModel asked, LinearModel leftOut, LinearModel matched, LinearModel about) {
    return new AnswerModels(
        passageByWords,
        passageByMeaning,
        sentenceByWords,
        sentenceByMeaning,
        answerableByWords,
        answerableByMeaning,
        byWords,
        byMeaning,
        asked,
        leftOut,
        matched,
        about);
  }

  /** These models with one ranking model (passage or sentence) replaced; for fitting. */
  public AnswerModels with(String name, LinearModel model) {
    List<LinearModel> parts =
        new ArrayList<>(
            List.of(
                passageByWords,
                passageByMeaning,
                sentenceByWords,
                sentenceByMeaning,
                answerableByWords,
                answerableByMeaning));
    int i = NAMES.indexOf(name);
    if (i < 0 || i >= parts.size() || name.startsWith("answerable.")) {
      throw new IllegalArgumentException("not a ranking model: " + name);
    }
    parts.set(i, model);
    return new AnswerModels(
        parts.get(0),
        parts.get(1),
        parts.get(2),
        parts.get(3),
        parts.get(4),
        parts.get(5),
        byWords,
        byMeaning,
        askedByMeaning,
        leftOutByMeaning,
        matchedByMeaning,
        aboutByMeaning);
  }
}
