package org.briefbot.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import org.briefbot.index.Assessment;
import org.briefbot.index.Judgments;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "assess",
    mixinStandardHelpOptions = true,
    description = {
      "Have first answers taken from another brief judged blind, for a corpus folder's "
          + "judgments.tsv (see eval).",
      "With --out DIR: asks every brief of FOLDER at once and, for each first answer from "
          + "another brief that judgments.tsv does not cover, writes DIR/items.tsv for an "
          + "assessor (the question and the passage's text only, shuffled among controls: the "
          + "question's gold passage and a random paragraph of the answer's brief), "
          + "DIR/key.tsv (which item is which; keep it from the assessor) and DIR/by-rule.tsv "
          + "(questions about a brief itself, judged no by rule).",
      "With --record DIR: reads the assessor's DIR/verdicts.tsv (item, verdict: yes, partly "
          + "or no), checks it against the key, and adds the verdicts and those by rule to "
          + "FOLDER/judgments.tsv, noting how the assessor judged the controls."
    })
final class AssessCommand implements Callable<Integer> {
  /** A fixed seed: the same answers give the same items, so a rerun can be checked. */
  private static final long SEED = 16;

  private final Session session;

  @Mixin LibraryOptions library = new LibraryOptions();

  @ArgGroup(multiplicity = "1")
  Step step;

  static final class Step {
    @Option(
        names = "--out",
        paramLabel = "DIR",
        required = true,
        description = "Write the assessor's items and the key here.")
    Path out;

    @Option(
        names = "--record",
        paramLabel = "DIR",
        required = true,
        description = "Record the verdicts returned in this folder.")
    Path record;
  }

  @Option(
      names = "--judge",
      paramLabel = "NAME",
      description =
          "Who judged, as judgments.tsv names them (with --record), e.g. \"assessor, blind"
              + " (fourth, with controls)\".")
  String judge;

  @Parameters(
      paramLabel = "FOLDER",
      description = "A folder of briefs with their question sets, e.g. eval/heldout.")
  Path folder;

  AssessCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() throws IOException {
    return step.out != null ? prepare(step.out) : record(step.record);
  }

  private int prepare(Path out) throws IOException {
    EvalCommand.Corpus corpus = EvalCommand.Corpus.read(folder);
    EvalCommand.AtOnce atOnce =
        EvalCommand.askAtOnce(
            session, corpus.sets(), session.semantic(library), corpus.judgments());
    List<String> unjudged = atOnce.judged().unjudged();
    Assessment assessment = Assessment.of(corpus.sets(), unjudged, new Random(SEED));
    Files.createDirectories(out);
    Files.writeString(out.resolve("items.tsv"), assessment.itemsFile(), StandardCharsets.UTF_8);
    Files.writeString(out.resolve("key.tsv"), assessment.keyFile(), StandardCharsets.UTF_8);
    Files.write(out.resolve("by-rule.tsv"), assessment.byRule(), StandardCharsets.UTF_8);
    long answers =
        assessment.items().stream().filter(i -> i.kind() == Assessment.Kind.ANSWER).count();
    session.out.println(
        unjudged.size()
            + " first answers from another brief not judged yet: "
            + answers
            + " for an assessor ("
            + assessment.items().size()
            + " items with the controls), "
            + assessment.byRule().size()
            + " judged by rule");
    if (!assessment.items().isEmpty()) {
      session.out.println(
          "next: an assessor who reads only "
              + out.resolve("items.tsv")
              + " and eval/ASSESSING.md writes "
              + out.resolve("verdicts.tsv")
              + "; then briefbot assess --record "
              + out
              + " --judge NAME "
              + folder);
    } else if (!assessment.byRule().isEmpty()) {
      session.out.println("next: briefbot assess --record " + out + " " + folder);
    }
    return ExitCodes.OK;
  }

  private int record(Path from) throws IOException {
    List<String> byRule = lines(from.resolve("by-rule.tsv"));
    String key = String.join("\n", lines(from.resolve("key.tsv")));
    boolean anyItems = key.lines().anyMatch(l -> !l.isBlank() && !l.startsWith("item\t"));
    if (anyItems && (judge == null || judge.isBlank())) {
      throw new UserError(ExitCodes.USAGE, "--record needs --judge NAME: who judged the items");
    }
    if (judge != null && judge.matches("(?s).*[\\t\\r\\n].*")) {
      // The name becomes a column of judgments.tsv: a tab or line break would break its lines.
      throw new UserError(ExitCodes.USAGE, "--judge must be one line without tabs");
    }
    Assessment.Verdicts verdicts;
    try {
      verdicts =
          anyItems
              ? Assessment.verdicts(
                  key, String.join("\n", lines(from.resolve("verdicts.tsv"))), judge)
              : new Assessment.Verdicts(List.of(), 0, 0, 0, 0);
    } catch (IllegalArgumentException e) {
      throw new UserError(ExitCodes.FAILURE, from + ": " + e.getMessage());
    }
    List<String> rows = new ArrayList<>(verdicts.rows());
    rows.addAll(byRule);
    if (rows.isEmpty()) {
      // Nothing was left to judge: the verdicts file stays as it is (or absent).
      session.out.println("no verdicts to record in " + from);
      return ExitCodes.OK;
    }
    List<String> comment = new ArrayList<>();
    if (anyItems) comment.add(judge + ": " + verdicts.controls() + ".");
    if (!byRule.isEmpty()) {
      comment.add(byRule.size() + " more, asking about a brief itself, judged no by rule.");
    }
    try {
      Judgments.append(folder, rows, comment);
    } catch (IllegalArgumentException e) {
      throw new UserError(ExitCodes.FAILURE, e.getMessage());
    }
    comment.forEach(session.out::println);
    session.out.println(rows.size() + " verdicts added to " + folder.resolve(Judgments.FILE));
    return ExitCodes.OK;
  }

  private static List<String> lines(Path file) throws IOException {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new UserError(ExitCodes.FAILURE, file + ": no such file");
    }
  }
}
