package org.briefbot.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.briefbot.core.Brief;

/**
 * Verdicts on first answers taken from another brief than the one a question was written about.
 *
 * <p>With every brief of a corpus loaded, a brief on a shared subject may state the same fact as
 * the question's own brief. The gold span, copied from the question's brief, cannot match the other
 * brief's wording, so such an answer counts as wrong even when it answers. Assessors who see only
 * the question and the passage (never the gold, the brief it came from or the system) say whether
 * it answers; these verdicts give a second figure beside the strict one, never instead.
 *
 * <p>Read from a corpus folder's {@value #FILE}: a header line, then set (the brief's file name),
 * question id, passage id, verdict ({@code yes}, {@code partly} or {@code no}) and who judged. Only
 * {@code yes} counts. An answer the file does not list (the models changed since) stays wrong and
 * is counted as not judged, so stale verdicts show.
 *
 * @param verdicts verdict by set, question id and passage id, joined by tabs
 */
public record Judgments(Map<String, String> verdicts) {
  /**
   * The file's name in a corpus folder; {@link Evaluation#corpus} does not read it as questions.
   */
  public static final String FILE = "judgments.tsv";

  public Judgments {
    verdicts = Map.copyOf(verdicts);
  }

  /** No verdicts: every answer from another brief stays wrong and unjudged. */
  public static Judgments none() {
    return new Judgments(Map.of());
  }

  /**
   * The folder's verdicts, or none when it has no {@value #FILE}.
   *
   * @throws IllegalArgumentException as {@code file:line: reason} for a malformed line
   */
  public static Judgments read(Path folder) throws IOException {
    Path file = folder.resolve(FILE);
    if (!Files.isRegularFile(file)) return none();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    Map<String, String> verdicts = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#") || line.startsWith("set\tquestion\t")) continue;
      String[] fields = verdictLine(line);
      if (fields == null) {
        throw new IllegalArgumentException(file + ":" + (i + 1) + ": " + EXPECTED);
      }
      verdicts.put(key(fields[0], fields[1], fields[2]), fields[3]);
    }
    return new Judgments(verdicts);
  }

  /**
   * Adds verdict lines (set, question id, passage id, verdict, judge) to the folder's {@value
   * #FILE}, creating it if need be: its comment grows by {@code comment}'s lines (each written as a
   * {@code #} line after the ones there), and its verdicts stay sorted, so that a file grown round
   * after round reads in one order and diffs show only what was added.
   *
   * @throws IllegalArgumentException for a malformed line, or one judging an answer the file
   *     already has a verdict on (a second verdict would silently replace the first)
   */
  public static void append(Path folder, List<String> rows, List<String> comment)
      throws IOException {
    Path file = folder.resolve(FILE);
    Judgments before = read(folder);
    List<String> comments = new ArrayList<>();
    List<String> verdictLines = new ArrayList<>();
    if (Files.isRegularFile(file)) {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.startsWith("#")) comments.add(line);
        else if (!line.isBlank() && !line.startsWith("set\tquestion\t")) verdictLines.add(line);
      }
    }
    for (String line : comment) comments.add(line.isEmpty() ? "#" : "# " + line);
    for (String row : rows) {
      String[] fields = verdictLine(row);
      if (fields == null) throw new IllegalArgumentException(EXPECTED + ": " + row);
      if (before.verdict(fields[0], fields[1], fields[2]).isPresent()) {
        throw new IllegalArgumentException(
            file
                + " already has a verdict on "
                + String.join(" ", fields[0], fields[1], fields[2]));
      }
      verdictLines.add(row);
    }
    // Byte order, as the file has always been kept: the same under any locale.
    verdictLines.sort(
        (a, b) ->
            java.util.Arrays.compare(
                a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8)));
    List<String> lines = new ArrayList<>(comments);
    lines.add(HEADER);
    lines.addAll(verdictLines);
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  private static final String HEADER = "set\tquestion\tpassage\tverdict\tjudge";

  private static final String EXPECTED =
      "expected set, question, passage, verdict (yes, partly or no) and judge, tab-separated";

  /** A verdict line's five fields, or null when it has not five or its verdict is unknown. */
  private static String[] verdictLine(String line) {
    String[] fields = line.split("\t", -1);
    boolean known = fields.length == 5 && List.of("yes", "partly", "no").contains(fields[3]);
    return known ? fields : null;
  }

  /** The verdict on {@code passageId} as the answer to question {@code questionId} of a set. */
  public Optional<String> verdict(String set, String questionId, String passageId) {
    return Optional.ofNullable(verdicts.get(key(set, questionId, passageId)));
  }

  private static String key(String set, String questionId, String passageId) {
    return set + "\t" + questionId + "\t" + passageId;
  }

  /**
   * How the first answers that came from another brief fared.
   *
   * @param answerable answerable questions scored
   * @param hitsAt1 of them, first answers holding their gold
   * @param fromAnotherBrief first answers from a brief the question was not written about
   * @param judgedAnswering of those, judged to answer the question
   * @param unjudged of those, the ones not in the verdicts, each as a line of the verdicts file
   *     without its verdict and judge (set, question id, passage id), for an assessor to judge
   */
  public record Tally(
      int answerable,
      int hitsAt1,
      int fromAnotherBrief,
      int judgedAnswering,
      List<String> unjudged) {
    public Tally {
      unjudged = List.copyOf(unjudged);
    }

    /** Nothing tallied yet. */
    public static Tally empty() {
      return new Tally(0, 0, 0, 0, List.of());
    }

    public Tally plus(Tally other) {
      List<String> both = new ArrayList<>(unjudged);
      both.addAll(other.unjudged);
      return new Tally(
          answerable + other.answerable,
          hitsAt1 + other.hitsAt1,
          fromAnotherBrief + other.fromAnotherBrief,
          judgedAnswering + other.judgedAnswering,
          both);
    }

    /** hit@1 counting the first answers judged to answer as right. */
    public double judgedHitAt1() {
      return (double) (hitsAt1 + judgedAnswering) / Math.max(1, answerable);
    }

    public String format() {
      return String.format(
          Locale.ROOT,
          "from another brief: %d first answers, %d of them judged to answer the question"
              + " (hit@1 %.3f if those count as right), %d not judged",
          fromAnotherBrief,
          judgedAnswering,
          judgedHitAt1(),
          unjudged.size());
    }
  }

  /**
   * Tallies {@code outcomes} of {@code set}'s questions, asked with other briefs loaded beside it.
   * Abstentions, and answers for each brief that hold the question's own brief, are left as scored:
   * neither is another brief's answer. A for-each answer without the question's brief is tallied
   * like any other, so its verdicts file says how it counts.
   */
  public Tally tally(Evaluation.QuestionSet set, List<Evaluation.Outcome> outcomes) {
    int answerable = 0;
    int hits = 0;
    int fromAnother = 0;
    int answering = 0;
    List<String> unjudged = new ArrayList<>();
    for (Evaluation.Outcome o : outcomes) {
      if (!o.question().answerable()) continue;
      answerable++;
      if (o.hitAt(1)) {
        hits++;
        continue;
      }
      if (o.abstained() || o.amongEachBrief() || o.topId().isEmpty() || ownBrief(set, o.topId()))
        continue;
      fromAnother++;
      Optional<String> verdict = verdict(set.name(), o.question().id(), o.topId());
      if (verdict.isEmpty()) unjudged.add(key(set.name(), o.question().id(), o.topId()));
      else if (verdict.get().equals("yes")) answering++;
    }
    return new Tally(answerable, hits, fromAnother, answering, unjudged);
  }

  private static boolean ownBrief(Evaluation.QuestionSet set, String passageId) {
    for (Brief brief : set.library().briefs()) {
      if (brief.passage(passageId).isPresent()) return true;
    }
    return false;
  }
}
