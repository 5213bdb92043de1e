package org.briefbot.index;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.briefbot.core.Brief;
import org.briefbot.core.Library;
import org.briefbot.index.ranking.AnswerModels;
import org.briefbot.index.ranking.AnswerPipeline;
import org.briefbot.index.ranking.Features;
import org.briefbot.index.ranking.LinearModel;
import org.briefbot.index.ranking.ModelFitting;
import org.briefbot.index.ranking.Ranker;

/**
 * Fits the answering models ({@link AnswerModels}) on question sets whose right answers are known,
 * and says how well they carry over to briefs they were not fitted on: each brief's questions are
 * scored by models fitted on the other briefs (leave-one-brief-out), which is the figure to trust,
 * not the fit on all.
 *
 * <p>Every question is asked twice: of its brief alone, and of a library of every brief at once, so
 * the models learn to prefer the brief a question is about.
 */
public final class Fitting {
  /** L2 penalties tried for the ranking models; cross-validation picks one. */
  private static final double[] PENALTIES = {0.001, 0.01, 0.1, 1};

  /** The answerability model's penalty. */
  private static final double LOGISTIC_PENALTY = 0.001;

  /**
   * L2 penalties tried for the asked model, on standardised embedding components; cross-validation
   * picks one. All are strong, because 384 components fitted on a few hundred unanswerable
   * questions would otherwise learn the briefs' topics rather than how a near miss is worded. On
   * twelve development briefs the fit chose 0.15 (AUC 0.840 left out), the weakest of those tried
   * then; 0.05, added to see past the grid's edge, scores 0.835, so the grid now brackets it.
   */
  private static final double[] ASKED_PENALTIES = {0.05, 0.15, 0.5, 1.5};

  /**
   * The shares of the fit's answerable questions the threshold may refuse, tried in turn: a higher
   * share abstains on more unanswerable questions and refuses more answerable ones.
   * Cross-validation picks the highest whose refusals, each set left out in turn, stay within
   * {@link #MAX_REFUSED_LEFT_OUT}. A share of the fit's own questions refuses fewer of them than of
   * briefs it never saw: on twelve development briefs, 2% refused 2.4% left out. Steps of a quarter
   * point, because with steps of half a point one question more refused left out (43 of 1691,
   * 2.54%, at 2.5%) moved the bar a whole step and abstained on 30 fewer development questions.
   */
  private static final double[] REFUSAL_SHARES = {0.015, 0.0175, 0.02, 0.0225, 0.025, 0.0275, 0.03};

  /**
   * At most this share of answerable questions may be refused on briefs the models were not fitted
   * on, as measured each set left out in turn: below the 3% the library must not exceed, by a
   * margin for briefs unlike the development ones.
   */
  private static final double MAX_REFUSED_LEFT_OUT = 0.025;

  /**
   * The share of the fit's answerable questions answered with a caution note: the least sure tenth.
   * On the development corpus, left out in turn, that note falls on about half the unanswerable
   * questions the threshold lets through and on one answerable question in ten: a user checks the
   * quote of one answer in ten that did not need it, and is warned on half the near misses.
   */
  private static final double CAUTION_SHARE = 0.10;

  /** Candidates per question the ranking models are fitted on: the rest are easy negatives. */
  private static final int FIT_CANDIDATES = 60;

  private Fitting() {}

  /**
   * Fitted models, and lines saying how they were fitted and how well they carry over.
   *
   * @param models the fitted models
   * @param lines how they were fitted and how well they carry over
   * @param questionFeatures a table, one row per question asked, of its answerability features as
   *     the answerability model was fitted on them (the models of wording's columns read off models
   *     fitted without the question's brief), with a header line: for studying new features
   */
  public record Report(AnswerModels models, List<String> lines, List<String> questionFeatures) {
    public Report {
      lines = List.copyOf(lines);
      questionFeatures = List.copyOf(questionFeatures);
    }
  }

  /**
   * One question with what answering reads for it, by words and with meaning.
   *
   * @param aboutItself true when a header or footer of its brief answers it: it asks about the
   *     brief itself (who wrote it, who publishes it), which the about model learns to tell
   */
  private record Example(
      String group,
      Evaluation.Case question,
      boolean together,
      AnswerPipeline.Trace byWords,
      AnswerPipeline.Trace byMeaning,
      boolean aboutItself) {
    AnswerPipeline.Trace trace(boolean meaning) {
      return meaning ? byMeaning : byWords;
    }

    /** This example with its candidates read as {@code chance} of asking about a brief itself. */
    Example withAboutAsked(double chance) {
      return new Example(
          group, question, together, byWords, byMeaning.withAboutAsked(chance), aboutItself);
    }
  }

  /**
   * Fits models on {@code sets}; each set is one group for cross-validation (one brief).
   *
   * @param progress told what is being done, a line at a time
   */
  public static Report fit(List<Evaluation.QuestionSet> sets, Consumer<String> progress)
      throws InterruptedException {
    if (sets.size() < 2)
      throw new IllegalArgumentException("fitting needs at least two question sets");
    List<Example> examples = new ArrayList<>();
    Map<String, Brief> everyBrief = new LinkedHashMap<>();
    for (Evaluation.QuestionSet set : sets) {
      for (Brief brief : set.library().briefs()) everyBrief.putIfAbsent(brief.id(), brief);
    }
    boolean several = everyBrief.size() > 1;
    try (BriefIndex together =
        several ? meaningIndex(Library.of(List.copyOf(everyBrief.values()))) : null) {
      for (Evaluation.QuestionSet set : sets) {
        progress.accept("asking " + set.cases().size() + " questions of " + set.name());
        try (BriefIndex alone = meaningIndex(set.library())) {
          for (Evaluation.Case c : set.cases()) {
            Question q = Question.of(c.question()).withLimit(Question.MAX_LIMIT);
            boolean about = answeredAboutItself(c, set.library());
            examples.add(
                new Example(
                    set.name(), c, false, alone.trace(q, false), alone.trace(q, true), about));
            if (several) {
              examples.add(
                  new Example(
                      set.name(),
                      c,
                      true,
                      together.trace(q, false),
                      together.trace(q, true),
                      about));
            }
          }
        }
      }
    }
    List<String> groups =
        new ArrayList<>(new LinkedHashSet<>(examples.stream().map(Example::group).toList()));
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(
            Locale.ROOT,
            "fitted on %d questions in %d sets (%s) about %d " + "brief(s)%s",
            examples.stream().filter(e -> !e.together()).count(),
            groups.size(),
            String.join(", ", groups),
            everyBrief.size(),
            several ? ", each asked of its brief alone and of every brief at once" : ""));

    // The about model first: the ranking reads it. Each question's candidates read what a model
    // fitted without its brief says, as answering a brief never fitted on will.
    progress.accept("fitting the about model");
    double aboutPenalty = bestAboutPenalty(examples, groups, lines);
    Map<String, LinearModel> aboutWithout =
        byGroup(groups, g -> fitAbout(without(examples, g), aboutPenalty));
    examples.replaceAll(
        e ->
            e.withAboutAsked(
                AnswerModels.aboutChance(
                    aboutWithout.get(e.group()), e.byMeaning().questionVector())));
    lines.add(String.format(Locale.ROOT, "about model: L2 penalty %s", aboutPenalty));
    AnswerModels models = AnswerModels.bundled().withAbout(fitAbout(examples, aboutPenalty));
    List<String> table = new ArrayList<>(List.of(FEATURE_TABLE_HEADER));
    for (boolean meaning : new boolean[] {false, true}) {
      String kind = meaning ? "meaning" : "words";
      progress.accept("fitting the ranking by " + kind);
      double penalty = bestPenalty(examples, groups, meaning, lines);
      LinearModel passage = fitPassages(examples, meaning, penalty);
      LinearModel sentence = fitSentences(examples, meaning, penalty);
      AnswerModels withRanking =
          models.with("passage." + kind, passage).with("sentence." + kind, sentence);
      double askedPenalty = meaning ? bestAskedPenalty(examples, groups, lines) : 0;
      FittedAnswerability fitted = withAnswerability(examples, withRanking, meaning, askedPenalty);
      table.addAll(featureLines(fitted.rows(), meaning));
      CrossValidation checked =
          crossValidated(examples, groups, meaning, penalty, askedPenalty, fitted.models(0));
      models = fitted.models(checked.share());
      lines.add(
          String.format(
              Locale.ROOT,
              "by %s: L2 penalty %s%s, abstain below %.3f (refusing %s of the fit's"
                  + " answerable questions), caution below %.3f",
              kind,
              penalty,
              meaning ? ", asked model's " + askedPenalty : "",
              models.threshold(meaning),
              percent(REFUSAL_SHARES[checked.share()]),
              models.caution(meaning)));
      lines.addAll(checked.lines());
    }
    return new Report(models, lines, table);
  }

  private static final String FEATURE_TABLE_HEADER =
      "model\tset\tid\tcategory\ttogether\tanswerable\t"
          + String.join("\t", Features.names(Features.Question.class));

  /**
   * The feature table's lines for the rows the answerability model of one kind was fitted on, as it
   * saw them: the models of wording's columns are read off models fitted without the question's own
   * brief. Read off the final models instead, fitted on every brief, they would look surer than
   * answering ever finds them, and a study of a new feature beside them would compare it with a
   * flattered baseline.
   */
  private static List<String> featureLines(List<QuestionRow> rows, boolean meaning) {
    List<String> lines = new ArrayList<>();
    for (QuestionRow r : rows) {
      Example e = r.example();
      StringBuilder line =
          new StringBuilder()
              .append(meaning ? "meaning" : "words")
              .append('\t')
              .append(e.group())
              .append('\t')
              .append(e.question().id())
              .append('\t')
              .append(e.question().category())
              .append('\t')
              .append(e.together())
              .append('\t')
              .append(e.question().answerable());
      for (double value : r.features()) {
        line.append('\t').append(String.format(Locale.ROOT, "%.5f", value));
      }
      lines.add(line.toString());
    }
    return lines;
  }

  /** True when a header or footer of {@code library} holds the question's answer. */
  private static boolean answeredAboutItself(Evaluation.Case c, Library library) {
    if (!c.answerable()) return false;
    for (Brief brief : library.briefs()) {
      for (var passage : brief.passages()) {
        if (Ranker.aboutTheBrief(passage) && c.matches(passage.text())) return true;
      }
    }
    return false;
  }

  private static BriefIndex meaningIndex(Library library) throws InterruptedException {
    BriefIndex index = BriefIndex.open(library, IndexOptions.defaults().withSemantic(true));
    if (!index.awaitSemantic(Duration.ofMinutes(10))) {
      index.close();
      throw new IllegalStateException(
          "fitting needs the embedding model (briefbot-semantic on the "
              + "class path), and it did not load");
    }
    return index;
  }

  /**
   * The asked model's penalty under which it best tells answerable from unanswerable questions of
   * briefs it was not fitted on: the area under the ROC curve of its scores, each brief left out in
   * turn. Chosen by the data rather than fixed, because how strongly 384 components must be held
   * back depends on how many questions, and how many briefs' topics, the fit has.
   */
  private static double bestAskedPenalty(
      List<Example> examples, List<String> groups, List<String> lines) {
    return bestQuestionPenalty(examples, groups, lines, "asked", e -> e.question().answerable());
  }

  /**
   * The about model's penalty, chosen as the asked model's is, by how well it tells questions about
   * a brief itself from the rest on briefs it was not fitted on.
   */
  private static double bestAboutPenalty(
      List<Example> examples, List<String> groups, List<String> lines) {
    return bestQuestionPenalty(examples, groups, lines, "about", Example::aboutItself);
  }

  /**
   * The penalty under which a model of the question's embedding alone best tells the questions
   * {@code label} marks from the rest, by the area under the ROC curve of its scores on each brief
   * left out in turn.
   */
  private static double bestQuestionPenalty(
      List<Example> examples,
      List<String> groups,
      List<String> lines,
      String name,
      Predicate<Example> label) {
    double best = ASKED_PENALTIES[0];
    double bestArea = -1;
    for (double penalty : ASKED_PENALTIES) {
      List<Double> marked = new ArrayList<>();
      List<Double> rest = new ArrayList<>();
      List<LinearModel> models =
          eachLeftOut(groups, held -> fitOnQuestion(without(examples, held), penalty, label));
      for (int g = 0; g < groups.size(); g++) {
        for (Example e : heldOut(examples, groups.get(g))) {
          float[] vector = e.byMeaning().questionVector();
          if (e.together() || vector == null) continue;
          double score = AnswerModels.asked(models.get(g), vector);
          (label.test(e) ? marked : rest).add(score);
        }
      }
      double area = areaUnderCurve(marked, rest);
      lines.add(
          String.format(Locale.ROOT, "  %s model, L2 %s: AUC %.3f left out", name, penalty, area));
      if (area > bestArea + 1e-9) {
        bestArea = area;
        best = penalty;
      }
    }
    return best;
  }

  /**
   * {@code fold} applied to each group left out, in the groups' order, several at a time: each fold
   * only reads the examples and fits models of its own, so the results are those of one fold after
   * another, and the whole fit takes about 40 minutes on two cores rather than an hour.
   */
  private static <T> List<T> eachLeftOut(List<String> groups, Function<String, T> fold) {
    return groups.parallelStream().map(fold).toList();
  }

  /** {@link #eachLeftOut}'s results keyed by the group left out. */
  private static <T> Map<String, T> byGroup(List<String> groups, Function<String, T> fold) {
    List<T> results = eachLeftOut(groups, fold);
    Map<String, T> byGroup = new HashMap<>();
    for (int g = 0; g < groups.size(); g++) byGroup.put(groups.get(g), results.get(g));
    return byGroup;
  }

  /** The examples of every group but {@code group}: a fold's training data. */
  private static List<Example> without(List<Example> examples, String group) {
    return examples.stream().filter(e -> !e.group().equals(group)).toList();
  }

  /** The examples of {@code group}: what a fold is scored on. */
  private static List<Example> heldOut(List<Example> examples, String group) {
    return examples.stream().filter(e -> e.group().equals(group)).toList();
  }

  /**
   * The chance that a random answerable question scores above a random unanswerable one (ties count
   * half); 0.5, no better than chance, when either kind is missing.
   */
  static double areaUnderCurve(List<Double> positives, List<Double> negatives) {
    if (positives.isEmpty() || negatives.isEmpty()) return 0.5;
    double wins = 0;
    for (double p : positives) {
      for (double n : negatives) {
        if (p > n) wins += 1;
        else if (p == n) wins += 0.5;
      }
    }
    return wins / ((double) positives.size() * negatives.size());
  }

  /** The penalty whose leave-one-brief-out hit@1 is highest. */
  private static double bestPenalty(
      List<Example> examples, List<String> groups, boolean meaning, List<String> lines) {
    double best = PENALTIES[0];
    double bestHits = -1;
    for (double penalty : PENALTIES) {
      int hits = 0;
      int asked = 0;
      List<LinearModel> models =
          eachLeftOut(groups, held -> fitPassages(without(examples, held), meaning, penalty));
      for (int g = 0; g < groups.size(); g++) {
        for (Example e : heldOut(examples, groups.get(g))) {
          if (!e.question().answerable()) continue;
          asked++;
          if (topIsRight(e, meaning, models.get(g))) hits++;
        }
      }
      double rate = (double) hits / Math.max(1, asked);
      lines.add(
          String.format(
              Locale.ROOT,
              "  by %s, L2 %s: hit@1 %.3f left out",
              meaning ? "meaning" : "words",
              penalty,
              rate));
      if (rate > bestHits + 1e-9) {
        bestHits = rate;
        best = penalty;
      }
    }
    return best;
  }

  private static boolean topIsRight(Example e, boolean meaning, LinearModel passageModel) {
    AnswerPipeline.Trace trace = e.trace(meaning);
    AnswerPipeline.Candidate top = null;
    double topScore = Double.NEGATIVE_INFINITY;
    for (AnswerPipeline.Candidate c : trace.candidates()) {
      double score = AnswerPipeline.score(passageModel, c);
      if (top == null
          || score > topScore + 1e-12
          || Math.abs(score - topScore) <= 1e-12
              && c.evidence().passage().ordinal() < top.evidence().passage().ordinal()) {
        top = c;
        topScore = score;
      }
    }
    return top != null && e.question().matches(top.evidence().passage().text());
  }

  private static LinearModel fitPassages(List<Example> examples, boolean meaning, double penalty) {
    List<ModelFitting.Group> groups = new ArrayList<>();
    for (Example e : examples) {
      if (!e.question().answerable()) continue;
      List<AnswerPipeline.Candidate> candidates = new ArrayList<>(e.trace(meaning).candidates());
      // The strongest by words or by meaning, and every right one: the far tail is easy.
      candidates.sort(Comparator.comparingDouble(Fitting::roughStrength).reversed());
      List<double[]> rows = new ArrayList<>();
      List<Boolean> right = new ArrayList<>();
      for (int i = 0; i < candidates.size(); i++) {
        boolean isRight = e.question().matches(candidates.get(i).evidence().passage().text());
        if (i >= FIT_CANDIDATES && !isRight) continue;
        rows.add(candidates.get(i).features());
        right.add(isRight);
      }
      if (!right.contains(true)) continue;
      groups.add(new ModelFitting.Group(rows, toArray(right)));
    }
    return ModelFitting.fitRanking(Features.names(Features.Passage.class), groups, penalty);
  }

  private static double roughStrength(AnswerPipeline.Candidate candidate) {
    double[] f = candidate.features();
    return f[Features.Passage.COVERAGE.ordinal()]
        + f[Features.Passage.SENTENCE_SHARE.ordinal()]
        + 2 * f[Features.Passage.SENTENCE_COSINE.ordinal()]
        + f[Features.Passage.LUCENE.ordinal()];
  }

  private static LinearModel fitSentences(List<Example> examples, boolean meaning, double penalty) {
    List<ModelFitting.Group> groups = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    for (Example e : examples) {
      if (!e.question().answerable()) continue;
      for (AnswerPipeline.Candidate c : e.trace(meaning).candidates()) {
        if (!e.question().matches(c.evidence().passage().text())) continue;
        // The same passage comes back when the question is asked of every brief at once.
        if (!seen.add(
            e.question().id()
                + "|"
                + e.group()
                + "|"
                + c.evidence().passage().id()
                + "|"
                + e.trace(meaning).hashCode())) {
          continue;
        }
        List<double[]> rows = new ArrayList<>();
        List<Boolean> right = new ArrayList<>();
        for (int s = 0; s < c.sentenceFeatures().length; s++) {
          rows.add(c.sentenceFeatures()[s]);
          right.add(e.question().matches(c.evidence().sentences().get(s).text()));
        }
        if (rows.size() < 2 || !right.contains(true) || !right.contains(false)) continue;
        groups.add(new ModelFitting.Group(rows, toArray(right)));
      }
    }
    return ModelFitting.fitRanking(Features.names(Features.Sentence.class), groups, penalty);
  }

  /**
   * A question's {@link Features.Question} values under one ranking, worked out once: ranking every
   * question again for the model, its threshold and the rest's bar would triple the fit's work.
   */
  private record QuestionRow(
      Example example, double[] features, float[] leftOutVector, float[] matchedVector) {
    boolean answerable() {
      return example.question().answerable();
    }
  }

  /**
   * The question rows of {@code examples} under {@code models}' ranking (none without candidates).
   */
  private static List<QuestionRow> questionRows(
      List<Example> examples, AnswerModels models, boolean meaning) {
    List<QuestionRow> rows = new ArrayList<>();
    for (Example e : examples) {
      AnswerPipeline.Answerability read = AnswerPipeline.answerability(e.trace(meaning), models);
      if (read != null) {
        rows.add(new QuestionRow(e, read.features(), read.leftOutVector(), read.matchedVector()));
      }
    }
    return rows;
  }

  /**
   * The asked model fitted on {@code examples}' questions, each once, by their embeddings alone;
   * without both kinds of question, a model with no opinion.
   */
  private static LinearModel fitAsked(List<Example> examples, double penalty) {
    return fitOnQuestion(examples, penalty, e -> e.question().answerable());
  }

  /**
   * The about model fitted on {@code examples}' questions, each once, by their embeddings alone:
   * the log-odds that a question asks about a brief itself.
   */
  private static LinearModel fitAbout(List<Example> examples, double penalty) {
    return fitOnQuestion(examples, penalty, Example::aboutItself);
  }

  /**
   * A model of the question's embedding alone, fitted on {@code examples}' questions, each once,
   * for the log-odds that {@code label} marks one; without both kinds, a model with no opinion.
   */
  private static LinearModel fitOnQuestion(
      List<Example> examples, double penalty, Predicate<Example> label) {
    List<float[]> vectors = new ArrayList<>();
    List<Boolean> marked = new ArrayList<>();
    for (Example e : examples) {
      if (e.together()) continue;
      vectors.add(e.byMeaning().questionVector());
      marked.add(label.test(e));
    }
    return fitWording(vectors, marked, penalty);
  }

  /**
   * The left-out model fitted on {@code rows}' questions, each once, by the embeddings of their
   * words the best passage leaves out, with the asked model's penalty: both read embeddings of
   * question wording from the same few hundred near misses.
   */
  private static LinearModel fitLeftOut(List<QuestionRow> rows, double penalty) {
    return fitWording(rows, QuestionRow::leftOutVector, penalty);
  }

  /**
   * The matched model fitted on {@code rows}' questions, each once, by their embedding times their
   * best sentence's, with the asked model's penalty, as the left-out model is.
   */
  private static LinearModel fitMatched(List<QuestionRow> rows, double penalty) {
    return fitWording(rows, QuestionRow::matchedVector, penalty);
  }

  /** The rows of every group but {@code group}. */
  private static List<QuestionRow> rowsWithout(List<QuestionRow> rows, String group) {
    return rows.stream().filter(r -> !r.example().group().equals(group)).toList();
  }

  /** A model of wording fitted on one embedding of each of {@code rows}' questions, each once. */
  private static LinearModel fitWording(
      List<QuestionRow> rows, Function<QuestionRow, float[]> embedding, double penalty) {
    List<float[]> vectors = new ArrayList<>();
    List<Boolean> answerable = new ArrayList<>();
    for (QuestionRow row : rows) {
      if (row.example().together()) continue;
      vectors.add(embedding.apply(row));
      answerable.add(row.answerable());
    }
    return fitWording(vectors, answerable, penalty);
  }

  /**
   * A model of wording: the log-odds that a question is answered, from one embedding of it (null
   * vectors skipped); without both kinds of question, a model with no opinion.
   */
  private static LinearModel fitWording(
      List<float[]> vectors, List<Boolean> answerable, double penalty) {
    List<ModelFitting.Labelled> labelled = new ArrayList<>();
    int dimension = 0;
    for (int k = 0; k < vectors.size(); k++) {
      float[] vector = vectors.get(k);
      if (vector == null) continue;
      double[] row = new double[vector.length];
      for (int i = 0; i < row.length; i++) row[i] = vector[i];
      dimension = row.length;
      labelled.add(new ModelFitting.Labelled(row, answerable.get(k)));
    }
    long answered = labelled.stream().filter(ModelFitting.Labelled::answerable).count();
    if (answered == 0 || answered == labelled.size()) {
      return new LinearModel(List.of(), 0, new double[0]);
    }
    return ModelFitting.fitLogistic(AnswerModels.vectorFeatures(dimension), labelled, penalty);
  }

  /** Answerability fitted on the question rows. */
  private static LinearModel fitAnswerability(List<QuestionRow> rows) {
    List<ModelFitting.Labelled> labelled = new ArrayList<>();
    for (QuestionRow row : rows) {
      labelled.add(new ModelFitting.Labelled(row.features(), row.answerable()));
    }
    long answerable = labelled.stream().filter(ModelFitting.Labelled::answerable).count();
    if (answerable == 0 || answerable == labelled.size()) {
      // Sets with one kind of question teach nothing about telling them apart: answer always
      // (refusing only what names nothing the library mentions), as a fold of them must.
      List<String> names = Features.names(Features.Question.class);
      return new LinearModel(names, answerable == 0 ? -10 : 10, new double[names.size()]);
    }
    return ModelFitting.fitLogistic(
        Features.names(Features.Question.class), labelled, LOGISTIC_PENALTY);
  }

  /** Models with answerability fitted, and the question rows it was fitted on. */
  /**
   * Models with answerability fitted, and the question rows it was fitted on.
   *
   * @param bars the bars for each of {@link #REFUSAL_SHARES}, in order
   */
  private record FittedAnswerability(
      AnswerModels wording,
      boolean meaning,
      LinearModel answerability,
      List<AnswerModels.Bars> bars,
      List<QuestionRow> rows) {

    /** The models with the bars that refuse the {@code share}-th of {@link #REFUSAL_SHARES}. */
    AnswerModels models(int share) {
      return wording.withAnswerability(meaning, answerability, bars.get(share));
    }
  }

  /**
   * {@code models} with an answerability model fitted on {@code examples} under their ranking, and
   * the thresholds that refuse at most each of {@link #REFUSAL_SHARES} of those examples'
   * answerable questions; the same recipe inside every fold, so that the figures left out are the
   * recipe's.
   */
  private static FittedAnswerability withAnswerability(
      List<Example> examples, AnswerModels models, boolean meaning, double askedPenalty) {
    List<QuestionRow> rows = questionRows(examples, models, meaning);
    if (meaning) {
      // The models of wording's view of each question comes from models fitted without its
      // brief, as at answer time: fitted with it, their features would look surer than they are,
      // and the answerability model would lean on them too much.
      List<String> groups =
          List.copyOf(new LinkedHashSet<>(rows.stream().map(r -> r.example().group()).toList()));
      Map<String, LinearModel> askedWithout =
          byGroup(groups, g -> fitAsked(without(examples, g), askedPenalty));
      Map<String, LinearModel> leftOutWithout =
          byGroup(groups, g -> fitLeftOut(rowsWithout(rows, g), askedPenalty));
      Map<String, LinearModel> matchedWithout =
          byGroup(groups, g -> fitMatched(rowsWithout(rows, g), askedPenalty));
      for (QuestionRow row : rows) {
        String group = row.example().group();
        LinearModel asked = askedWithout.get(group);
        LinearModel leftOut = leftOutWithout.get(group);
        LinearModel matched = matchedWithout.get(group);
        row.features()[Features.Question.ASKED.ordinal()] =
            AnswerModels.asked(asked, row.example().byMeaning().questionVector());
        row.features()[Features.Question.LEFT_OUT.ordinal()] =
            AnswerModels.asked(leftOut, row.leftOutVector());
        row.features()[Features.Question.MATCHED.ordinal()] =
            AnswerModels.asked(matched, row.matchedVector());
      }
      models =
          models.withWording(
              fitAsked(examples, askedPenalty),
              fitLeftOut(rows, askedPenalty),
              fitMatched(rows, askedPenalty));
    }
    LinearModel answerability = fitAnswerability(rows);
    List<Double> probabilities = new ArrayList<>();
    List<Boolean> answerable = new ArrayList<>();
    for (QuestionRow row : rows) {
      probabilities.add(answerability.probability(row.features()));
      answerable.add(row.answerable());
    }
    double caution = lowestAnswered(probabilities, answerable, CAUTION_SHARE);
    List<AnswerModels.Bars> bars = new ArrayList<>();
    for (double share : REFUSAL_SHARES) {
      double threshold = lowestAnswered(probabilities, answerable, share);
      bars.add(
          new AnswerModels.Bars(
              threshold, restThreshold(rows, answerability, threshold, meaning), caution));
    }
    return new FittedAnswerability(models, meaning, answerability, bars, rows);
  }

  /**
   * The bar the rest of a question naming what no brief mentions must reach to be answered with a
   * note rather than refused, fitted on the questions it decides: those the threshold refuses whose
   * rest could answer. It is the bar that answers the most answerable ones net of the unanswerable
   * ones it answers too (ties go to the higher bar), or 1, answering none, when no bar gains. Set
   * on those questions alone, it does not move with the share of unanswerable questions in the fit,
   * as a median of all answerable questions' probabilities did.
   */
  private static double restThreshold(
      List<QuestionRow> rows, LinearModel answerability, double threshold, boolean meaning) {
    List<double[]> rests = new ArrayList<>(); // {probability of the rest, 1 if answerable}
    for (QuestionRow row : rows) {
      if (!AnswerPipeline.restCanAnswer(row.example().trace(meaning))) continue;
      if (answerability.probability(row.features()) >= threshold) continue;
      double rest = answerability.probability(AnswerPipeline.withoutUnknownNames(row.features()));
      rests.add(new double[] {rest, row.answerable() ? 1 : 0});
    }
    rests.sort(Comparator.comparingDouble((double[] r) -> r[0]).reversed());
    double bar = 1;
    int gain = 0;
    int best = 0;
    for (double[] rest : rests) {
      gain += rest[1] == 1 ? 1 : -1;
      if (gain > best) {
        best = gain;
        bar = rest[0];
      }
    }
    return bar;
  }

  /** A share as people write it: 0.02 as "2%", 0.0225 as "2.25%". */
  static String percent(double share) {
    return BigDecimal.valueOf(share)
            .movePointRight(2)
            .setScale(2, RoundingMode.HALF_UP)
            .stripTrailingZeros()
            .toPlainString()
        + "%";
  }

  /**
   * The highest bar that at most {@code share} of the answerable questions fall below. For the
   * threshold, one of {@link #REFUSAL_SHARES}: refusing a question the brief answers costs a user
   * more than answering one it does not, where the nearest passages are shown anyway.
   */
  private static double lowestAnswered(
      List<Double> probabilities, List<Boolean> answerable, double share) {
    List<Double> answerableScores = new ArrayList<>();
    for (int i = 0; i < probabilities.size(); i++) {
      if (answerable.get(i)) answerableScores.add(probabilities.get(i));
    }
    if (answerableScores.isEmpty()) return 0.5;
    answerableScores.sort(Comparator.naturalOrder());
    int refusable = (int) Math.floor(share * answerableScores.size());
    // Just below the (refusable + 1)-th lowest answerable probability.
    double threshold = answerableScores.get(refusable) - 1e-6;
    return Math.max(0, Math.min(1, threshold));
  }

  /**
   * Leave-one-brief-out figures of the final recipe, per brief and overall, and the refusal share
   * they choose.
   *
   * @param share the index in {@link #REFUSAL_SHARES} of the share the figures are for
   */
  private record CrossValidation(int share, List<String> lines) {}

  /** One set's questions left out, as answered asked of their brief alone and of every brief. */
  private record HeldOutcomes(List<Evaluation.Outcome> alone, List<Evaluation.Outcome> together) {}

  /**
   * Leave-one-brief-out figures of the final recipe, per brief and overall, at the highest of
   * {@link #REFUSAL_SHARES} whose refusals left out stay within {@link #MAX_REFUSED_LEFT_OUT}; a
   * line for each share says what it abstains on and refuses.
   */
  private static CrossValidation crossValidated(
      List<Example> examples,
      List<String> groups,
      boolean meaning,
      double penalty,
      double askedPenalty,
      AnswerModels models) {
    String kind = meaning ? "meaning" : "words";
    List<FittedAnswerability> folds =
        eachLeftOut(
            groups,
            held -> {
              List<Example> training = without(examples, held);
              AnswerModels fold =
                  models
                      .with("passage." + kind, fitPassages(training, meaning, penalty))
                      .with("sentence." + kind, fitSentences(training, meaning, penalty));
              return withAnswerability(training, fold, meaning, askedPenalty);
            });
    // outcomes[share][group]
    List<List<HeldOutcomes>> outcomes = new ArrayList<>();
    for (int k = 0; k < REFUSAL_SHARES.length; k++) {
      List<HeldOutcomes> byGroup = new ArrayList<>();
      for (int g = 0; g < groups.size(); g++) {
        AnswerModels fold = folds.get(g).models(k);
        List<Evaluation.Outcome> alone = new ArrayList<>();
        List<Evaluation.Outcome> together = new ArrayList<>();
        for (Example e : heldOut(examples, groups.get(g))) {
          Answer answer =
              AnswerPipeline.decide(e.trace(meaning), e.question().question(), 10, fold);
          (e.together() ? together : alone).add(Evaluation.outcome(e.question(), answer));
        }
        byGroup.add(new HeldOutcomes(alone, together));
      }
      outcomes.add(byGroup);
    }
    List<String> lines = new ArrayList<>();
    int chosen = 0;
    for (int k = 0; k < REFUSAL_SHARES.length; k++) {
      List<Evaluation.Outcome> all = new ArrayList<>();
      for (HeldOutcomes group : outcomes.get(k)) all.addAll(group.alone());
      Evaluation.Scores scores = Evaluation.scores(all);
      double refused = (double) scores.abstainedWrongly() / Math.max(1, scores.answerable());
      if (refused <= MAX_REFUSED_LEFT_OUT) chosen = k;
      lines.add(
          String.format(
              Locale.ROOT,
              "  by %s, refusing %s of the fit's answerable questions: left out, abstained"
                  + " %d/%d, refused %d/%d (%.1f%%)",
              kind,
              percent(REFUSAL_SHARES[k]),
              scores.abstainedRightly(),
              scores.unanswerable(),
              scores.abstainedWrongly(),
              scores.answerable(),
              100 * refused));
    }
    List<Evaluation.Outcome> all = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      List<Evaluation.Outcome> alone = outcomes.get(chosen).get(g).alone();
      List<Evaluation.Outcome> together = outcomes.get(chosen).get(g).together();
      all.addAll(alone);
      lines.add(
          String.format(
              Locale.ROOT,
              "  %s left out, by %s: %s%s",
              groups.get(g),
              kind,
              brief(Evaluation.scores(alone)),
              together.isEmpty()
                  ? ""
                  : "; asked of every brief at once " + brief(Evaluation.scores(together))));
    }
    lines.add(
        String.format(
            Locale.ROOT,
            "  every set left out in turn, by %s: %s",
            kind,
            brief(Evaluation.scores(all))));
    return new CrossValidation(chosen, lines);
  }

  private static String brief(Evaluation.Scores s) {
    return String.format(
        Locale.ROOT,
        "hit@1 %.3f hit@3 %.3f sentence@1 %.3f abstained %d/%d, refused %d/%d, cautioned"
            + " %d/%d unanswerable and %d/%d answerable",
        s.hitAt1(),
        s.hitAt3(),
        s.sentenceAt1(),
        s.abstainedRightly(),
        s.unanswerable(),
        s.abstainedWrongly(),
        s.answerable(),
        s.cautionedUnanswerable(),
        s.unanswerable(),
        s.cautionedAnswerable(),
        s.answerable());
  }

  private static boolean[] toArray(List<Boolean> values) {
    boolean[] array = new boolean[values.size()];
    for (int i = 0; i < array.length; i++) array[i] = values.get(i);
    return array;
  }
}
