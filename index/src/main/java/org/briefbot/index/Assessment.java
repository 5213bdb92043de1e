package org.briefbot.index;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.briefbot.core.Brief;
import org.briefbot.core.Library;
import org.briefbot.core.Passage;
import org.briefbot.core.PassageKind;

/**
 * A blind assessor's work on first answers taken from another brief ({@link Judgments}): each
 * question with the passage it got, shuffled among controls the assessor cannot tell apart from it.
 *
 * <p>Beside each answer go the question's gold passage (which should be judged {@code yes}) and a
 * random paragraph of the answer's brief (which should be judged {@code no}), so that the verdicts
 * show whether the assessor can be trusted. The items file holds only the question and a passage's
 * text: never the gold, which brief a passage came from, or which items are controls; the key that
 * says so stays with whoever records the verdicts.
 *
 * <p>A question about a brief itself (category meta or structure: who wrote this paper, what its
 * last recommendation says) is not given to an assessor: another brief's byline or last
 * recommendation answers it for that brief, never for the one asked about, so it is judged {@code
 * no} by rule.
 *
 * @param items the assessor's items, in the shuffled order they are numbered in (from 1)
 * @param byRule verdict lines judged by rule, in the verdicts file's columns
 */
public record Assessment(List<Item> items, List<String> byRule) {
  /** The judge named on verdicts given by rule. */
  public static final String RULE = "rule: asks about the brief itself";

  /** Categories whose questions ask about a brief itself rather than what it says. */
  private static final Set<String> ABOUT_THE_BRIEF = Set.of("meta", "structure");

  public Assessment {
    items = List.copyOf(items);
    byRule = List.copyOf(byRule);
  }

  /** What an item is, which the assessor never sees. */
  public enum Kind {
    /** The first answer being judged. */
    ANSWER,
    /** The passage of the question's own brief that holds its gold: expected yes. */
    GOLD,
    /** Another paragraph of the answer's brief: expected no. */
    RANDOM
  }

  /** One question paired with one passage. */
  public record Item(Kind kind, String set, String questionId, String question, Passage passage) {}

  /**
   * The assessment of {@code unjudged} answers (lines of {@link Judgments.Tally#unjudged()}: set,
   * question id, passage id), asked of {@code sets} loaded at once.
   *
   * @param random decides the controls' paragraphs and the order; a fixed seed gives the same file
   * @throws IllegalArgumentException for a line naming a set, question or passage not there
   */
  public static Assessment of(
      List<Evaluation.QuestionSet> sets, List<String> unjudged, Random random) {
    Map<String, Evaluation.QuestionSet> byName = new HashMap<>();
    List<Brief> briefs = new ArrayList<>();
    for (Evaluation.QuestionSet set : sets) {
      byName.put(set.name(), set);
      briefs.addAll(set.library().briefs());
    }
    Library all = Library.of(briefs);
    List<Item> items = new ArrayList<>();
    List<String> byRule = new ArrayList<>();
    for (String line : unjudged) {
      String[] fields = line.split("\t", -1);
      if (fields.length != 3) throw new IllegalArgumentException("expected set, question, passage");
      Evaluation.QuestionSet set = byName.get(fields[0]);
      if (set == null) throw new IllegalArgumentException("no question set " + fields[0]);
      Evaluation.Case asked = find(set, fields[1]);
      Passage answer =
          all.passage(fields[2])
              .orElseThrow(() -> new IllegalArgumentException("no passage " + fields[2]));
      if (ABOUT_THE_BRIEF.contains(asked.category().toLowerCase(Locale.ROOT))) {
        byRule.add(line + "\tno\t" + RULE);
        continue;
      }
      items.add(new Item(Kind.ANSWER, set.name(), asked.id(), asked.question(), answer));
      goldPassage(set, asked)
          .ifPresent(
              gold ->
                  items.add(new Item(Kind.GOLD, set.name(), asked.id(), asked.question(), gold)));
      List<Passage> others =
          all.brief(answer.briefId()).orElseThrow().passages().stream()
              .filter(p -> p.kind() == PassageKind.PARAGRAPH && !p.id().equals(answer.id()))
              .toList();
      if (!others.isEmpty()) {
        Passage other = others.get(random.nextInt(others.size()));
        items.add(new Item(Kind.RANDOM, set.name(), asked.id(), asked.question(), other));
      }
    }
    Collections.shuffle(items, random);
    return new Assessment(items, byRule);
  }

  private static Evaluation.Case find(Evaluation.QuestionSet set, String questionId) {
    return set.cases().stream()
        .filter(c -> c.id().equals(questionId))
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException("no question " + questionId + " in " + set.name()));
  }

  /** The question's own brief's passage holding its gold, when it has one. */
  private static Optional<Passage> goldPassage(Evaluation.QuestionSet set, Evaluation.Case asked) {
    if (!asked.answerable()) return Optional.empty();
    return set.library().passages().stream().filter(p -> asked.matches(p.text())).findFirst();
  }

  /** The file the assessor reads: item number, question, passage text; a header line first. */
  public String itemsFile() {
    StringBuilder out = new StringBuilder("item\tquestion\tpassage\n");
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      out.append(i + 1)
          .append('\t')
          .append(oneLine(item.question()))
          .append('\t')
          .append(oneLine(item.passage().text()))
          .append('\n');
    }
    return out.toString();
  }

  /** The key the assessor never sees: item number, kind, set, question id, passage id. */
  public String keyFile() {
    StringBuilder out = new StringBuilder("item\tkind\tset\tquestion\tpassage\n");
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      out.append(i + 1)
          .append('\t')
          .append(item.kind().name().toLowerCase(Locale.ROOT))
          .append('\t')
          .append(item.set())
          .append('\t')
          .append(item.questionId())
          .append('\t')
          .append(item.passage().id())
          .append('\n');
    }
    return out.toString();
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").trim();
  }

  /**
   * The verdicts returned on an assessment, read against its key.
   *
   * @param rows verdict lines for the answers, in the verdicts file's columns, with {@code judge}
   * @param goldYes gold controls judged yes
   * @param gold gold controls
   * @param randomNo random controls judged no
   * @param random random controls
   */
  public record Verdicts(List<String> rows, int goldYes, int gold, int randomNo, int random) {
    public Verdicts {
      rows = List.copyOf(rows);
    }

    /** How the assessor did on the controls, for the verdicts file's comment. */
    public String controls() {
      return String.format(
          Locale.ROOT,
          "%d answers judged (%d yes, %d partly, %d no); gold passages %d of %d yes, random"
              + " paragraphs %d of %d no",
          rows.size(),
          count("yes"),
          count("partly"),
          count("no"),
          goldYes,
          gold,
          randomNo,
          random);
    }

    private long count(String verdict) {
      return rows.stream().filter(r -> r.split("\t")[3].equals(verdict)).count();
    }
  }

  /**
   * Reads an assessor's verdicts ({@code item<TAB>verdict}, a header line first) against the key
   * ({@link #keyFile()}).
   *
   * @param judge who judged, as the verdicts file names them
   * @throws IllegalArgumentException when an item has no verdict, one not in the key, or a verdict
   *     other than yes, partly or no, or when the key is not one {@link #keyFile()} wrote
   */
  public static Verdicts verdicts(String keyFile, String verdictsFile, String judge) {
    Map<String, String> verdictByItem = new HashMap<>();
    for (String line : verdictsFile.split("\n")) {
      String[] fields = line.strip().split("\t");
      if (line.isBlank() || fields[0].equals("item")) continue;
      if (fields.length != 2 || !List.of("yes", "partly", "no").contains(fields[1].strip())) {
        throw new IllegalArgumentException(
            "expected item and verdict (yes, partly or no), tab-separated: " + line.strip());
      }
      verdictByItem.put(fields[0].strip(), fields[1].strip());
    }
    List<String> rows = new ArrayList<>();
    int goldYes = 0;
    int gold = 0;
    int randomNo = 0;
    int random = 0;
    int items = 0;
    for (String line : keyFile.split("\n")) {
      String[] key = line.strip().split("\t");
      if (line.isBlank() || key[0].equals("item")) continue;
      if (key.length != 5 || !List.of("answer", "gold", "random").contains(key[1])) {
        throw new IllegalArgumentException(
            "a key line has not item, kind (answer, gold or random), set, question, passage: "
                + line.strip());
      }
      items++;
      String verdict = verdictByItem.get(key[0]);
      if (verdict == null) throw new IllegalArgumentException("item " + key[0] + " has no verdict");
      switch (key[1]) {
        case "answer" -> rows.add(String.join("\t", key[2], key[3], key[4], verdict, judge));
        case "gold" -> {
          gold++;
          if (verdict.equals("yes")) goldYes++;
        }
        default -> {
          random++;
          if (verdict.equals("no")) randomNo++;
        }
      }
    }
    if (verdictByItem.size() != items) {
      throw new IllegalArgumentException(
          (verdictByItem.size() - items) + " verdicts name items the key does not have");
    }
    return new Verdicts(rows, goldYes, gold, randomNo, random);
  }
}
