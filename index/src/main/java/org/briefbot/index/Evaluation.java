package org.briefbot.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.briefbot.core.BriefParser;
import org.briefbot.core.Library;

/**
 * Scores an index on a question set in the format of {@code shared/eval/dev.tsv}: id, category,
 * question, gold. A hit counts when its text contains a gold alternative (alternatives separated by
 * {@code " || "}; case and white space folded); an empty gold means the right response is to
 * abstain.
 */
public final class Evaluation {
  private Evaluation() {}

  /** One question of a set. */
  public record Case(String id, String category, String question, List<String> gold) {
    public Case {
      gold = List.copyOf(gold);
    }

    public boolean answerable() {
      return !gold.isEmpty();
    }

    /** True when {@code text} holds a gold alternative, case and white space folded. */
    public boolean matches(String text) {
      String folded = fold(text);
      return gold.stream().anyMatch(g -> folded.contains(fold(g)));
    }
  }

  /**
   * How one question fared: the rank of the first right hit (0 when none), and the rest.
   *
   * @param amongEachBrief the answer was one per brief (a question about "this paper" asked of
   *     several briefs) and its brief's answer was among them, though not first: counted at rank 1,
   *     since no order among briefs the question fits alike is the right one
   * @param cautioned answered with a note asking the reader to check the match: that the brief may
   *     not answer it exactly, or that no brief mentions some of its names
   */
  public record Outcome(
      Case question,
      int rank,
      boolean sentenceRight,
      boolean abstained,
      String topId,
      String topSentence,
      boolean amongEachBrief,
      boolean cautioned) {
    public boolean hitAt(int k) {
      return rank >= 1 && rank <= k;
    }
  }

  /**
   * Figures over a set of outcomes.
   *
   * @param cautionedUnanswerable unanswerable questions answered with a note asking the reader to
   *     check the match (the brief may not answer exactly, or no brief mentions some of its names)
   * @param cautionedAnswerable answerable questions answered with such a note
   */
  public record Scores(
      int answerable,
      int unanswerable,
      double hitAt1,
      double hitAt3,
      double mrr,
      double sentenceAt1,
      int abstainedRightly,
      int abstainedWrongly,
      int amongEachBrief,
      int cautionedUnanswerable,
      int cautionedAnswerable) {
    /** hit@1 counting an answer for each brief right only when the question's brief came first. */
    public double strictHitAt1() {
      return hitAt1 - (double) amongEachBrief / Math.max(1, answerable);
    }

    /** The figures as one line each, for a terminal. */
    public String format() {
      String eachBrief =
          amongEachBrief == 0
              ? ""
              : String.format(
                  Locale.ROOT,
                  "%n%d answered for each brief, their brief's answer among them but not first"
                      + " (hit@1 %.3f if those count as wrong)",
                  amongEachBrief,
                  strictHitAt1());
      return String.format(
          Locale.ROOT,
          "hit@1 %.3f  hit@3 %.3f  MRR %.3f  sentence@1 %.3f  (%d answerable)%n"
              + "abstention: %d of %d unanswerable abstained; %d of %d answerable wrongly abstained"
              + "%ncaution: %d of %d unanswerable and %d of %d answerable answered with a note to"
              + " check the match"
              + "%s",
          hitAt1,
          hitAt3,
          mrr,
          sentenceAt1,
          answerable,
          abstainedRightly,
          unanswerable,
          abstainedWrongly,
          answerable,
          cautionedUnanswerable,
          unanswerable,
          cautionedAnswerable,
          answerable,
          eachBrief);
    }
  }

  /** A question set's outcomes, overall and per category. */
  public record Report(List<Outcome> outcomes, Scores overall, Map<String, Scores> byCategory) {
    /** One line per category, indented, for a terminal or a test log. */
    public List<String> formatByCategory() {
      List<String> lines = new ArrayList<>();
      byCategory.forEach(
          (category, s) ->
              lines.add(
                  String.format(
                      Locale.ROOT,
                      "  %-14s n=%-3d hit@1 %.2f  hit@3 %.2f  sentence@1 %.2f  abstained %d/%d  wrongly %d",
                      category,
                      s.answerable() + s.unanswerable(),
                      s.hitAt1(),
                      s.hitAt3(),
                      s.sentenceAt1(),
                      s.abstainedRightly(),
                      s.unanswerable(),
                      s.abstainedWrongly())));
      return lines;
    }
  }

  /**
   * Questions about a library, to be asked of it.
   *
   * @param name names the set in reports (a brief's file name, or a question file's)
   * @param library the briefs the questions are asked of
   * @param cases the questions
   */
  public record QuestionSet(String name, Library library, List<Case> cases) {
    public QuestionSet {
      cases = List.copyOf(cases);
    }
  }

  /**
   * The question sets of a corpus folder: each brief file with the question files named after it
   * ({@code x.md} with {@code x.tsv} and {@code x.*.tsv}), the brief alone as its library. A brief
   * without questions is left out; a question file without its brief is an error. The folder's
   * {@value Judgments#FILE} holds verdicts, not questions ({@link Judgments#read}).
   *
   * @throws IllegalArgumentException naming a question file whose brief is missing
   */
  public static List<QuestionSet> corpus(Path folder) throws IOException {
    Map<String, Path> briefs = new java.util.TreeMap<>();
    for (Path file : Library.briefFiles(folder)) briefs.put(stem(file), file);
    Map<String, List<Path>> questions = new java.util.TreeMap<>();
    try (var files = Files.list(folder)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".tsv") || name.equals(Judgments.FILE)) continue;
        String stem = name.substring(0, name.length() - 4);
        int dot = stem.indexOf('.');
        String brief = dot < 0 ? stem : stem.substring(0, dot);
        if (!briefs.containsKey(brief)) {
          throw new IllegalArgumentException(
              file + ": no brief file " + brief + ".md or " + brief + ".txt beside it");
        }
        questions.computeIfAbsent(brief, b -> new ArrayList<>()).add(file);
      }
    }
    List<QuestionSet> sets = new ArrayList<>();
    for (var entry : questions.entrySet()) {
      Library library = Library.of(List.of(BriefParser.read(briefs.get(entry.getKey()))));
      List<Case> cases = new ArrayList<>();
      for (Path file : entry.getValue()) cases.addAll(read(file));
      sets.add(
          new QuestionSet(briefs.get(entry.getKey()).getFileName().toString(), library, cases));
    }
    return sets;
  }

  private static String stem(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? name : name.substring(0, dot);
  }

  /**
   * Reads a question set.
   *
   * @throws IllegalArgumentException as {@code file:line: reason} for a malformed line
   */
  public static List<Case> read(Path file) throws IOException {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException(file + ": no such file");
    }
    List<Case> cases = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] fields = line.split("\t", -1);
      if (i == 0 && fields[0].equals("id")) continue;
      if (fields.length != 4) {
        throw new IllegalArgumentException(
            file
                + ":"
                + (i + 1)
                + ": expected 4 tab-separated "
                + "fields (id, category, question, gold), found "
                + fields.length);
      }
      List<String> gold = new ArrayList<>();
      for (String g : fields[3].split(" \\|\\| ")) if (!g.isBlank()) gold.add(g.strip());
      cases.add(new Case(fields[0], fields[1], fields[2], gold));
    }
    return cases;
  }

  /** Asks every question and scores the answers. */
  public static Report run(BriefIndex index, List<Case> cases) {
    // Each question is answered on its own, and an index answers on many threads at once, so the
    // questions are asked in parallel: a corpus run then uses every core, not one. The outcomes
    // keep the cases' order, so every report and figure is the same as asked one by one.
    List<Outcome> outcomes =
        cases.parallelStream()
            .map(c -> outcome(c, index.ask(Question.of(c.question()).withLimit(10))))
            .toList();
    return report(outcomes);
  }

  /**
   * How one answer fares against its question's gold. An answer for each brief is judged by the
   * answer it gives for the question's brief, wherever that stands among them.
   */
  public static Outcome outcome(Case c, Answer answer) {
    List<Hit> hits = answer.hits();
    int rank = 0;
    for (int r = 0; r < hits.size() && rank == 0; r++) {
      if (c.answerable() && c.matches(hits.get(r).passage().text())) rank = r + 1;
    }
    int judged = 0;
    boolean amongEachBrief = answer.answersEachBrief() && rank > 1 && rank <= answer.eachBrief();
    if (amongEachBrief) {
      judged = rank - 1;
      rank = 1;
    }
    boolean sentence =
        c.answerable() && !hits.isEmpty() && c.matches(hits.get(judged).sentence().text());
    String topId = hits.isEmpty() ? "" : hits.get(judged).passage().id();
    String topSentence = hits.isEmpty() ? "" : hits.get(judged).sentence().text();
    return new Outcome(
        c,
        rank,
        sentence,
        answer.abstained(),
        topId,
        topSentence,
        amongEachBrief,
        answer.cautionNote().isPresent()
            || answer.best().isPresent() && !answer.unknownTerms().isEmpty());
  }

  /** Figures over outcomes, overall and per category. */
  public static Report report(List<Outcome> outcomes) {
    Map<String, List<Outcome>> byCategory = new LinkedHashMap<>();
    for (Outcome o : outcomes)
      byCategory.computeIfAbsent(o.question().category(), k -> new ArrayList<>()).add(o);
    Map<String, Scores> categoryScores = new LinkedHashMap<>();
    byCategory.forEach((k, v) -> categoryScores.put(k, scores(v)));
    return new Report(List.copyOf(outcomes), scores(outcomes), categoryScores);
  }

  /** Figures over outcomes. */
  public static Scores scores(List<Outcome> outcomes) {
    int answerable = 0;
    int unanswerable = 0;
    int hit1 = 0;
    int hit3 = 0;
    int sentence = 0;
    int rightly = 0;
    int wrongly = 0;
    int amongEachBrief = 0;
    int cautionedUnanswerable = 0;
    int cautionedAnswerable = 0;
    double mrr = 0;
    for (Outcome o : outcomes) {
      if (o.question().answerable()) {
        answerable++;
        if (o.hitAt(1)) hit1++;
        if (o.hitAt(3)) hit3++;
        if (o.rank() > 0) mrr += 1.0 / o.rank();
        if (o.sentenceRight()) sentence++;
        if (o.abstained()) wrongly++;
        if (o.amongEachBrief()) amongEachBrief++;
        if (o.cautioned()) cautionedAnswerable++;
      } else {
        unanswerable++;
        if (o.abstained()) rightly++;
        if (o.cautioned()) cautionedUnanswerable++;
      }
    }
    double n = Math.max(1, answerable);
    return new Scores(
        answerable,
        unanswerable,
        hit1 / n,
        hit3 / n,
        mrr / n,
        sentence / n,
        rightly,
        wrongly,
        amongEachBrief,
        cautionedUnanswerable,
        cautionedAnswerable);
  }

  private static String fold(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }
}
