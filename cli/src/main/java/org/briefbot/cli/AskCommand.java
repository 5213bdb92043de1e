package org.briefbot.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.briefbot.chat.AnswerJson;
import org.briefbot.index.Answer;
import org.briefbot.index.BriefIndex;
import org.briefbot.index.Question;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "ask",
    mixinStandardHelpOptions = true,
    description = {
      "Answer a question with the passages of the brief that address it.",
      "With no QUESTION, reads questions from standard input, one per line (lines end at a "
          + "line feed; a carriage return within a line is part of the question)."
    })
final class AskCommand implements Callable<Integer> {
  /** Longer questions are cut to this many characters (and the user told). */
  static final int MAX_QUESTION = 1000;

  private final Session session;

  @Mixin LibraryOptions library = new LibraryOptions();

  @Option(names = "--json", description = "One JSON object per answer (JSON Lines), for tools.")
  boolean json;

  @Option(
      names = {"-n", "--limit"},
      paramLabel = "N",
      defaultValue = "3",
      description =
          "How many passages to show (1-" + Question.MAX_LIMIT + "; default ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--brief", paramLabel = "ID", description = "Answer from this brief only.")
  String brief;

  @Parameters(
      arity = "0..*",
      paramLabel = "QUESTION",
      description = "The question (quotes optional).")
  List<String> words;

  AskCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() throws IOException {
    if (limit < 1 || limit > Question.MAX_LIMIT) {
      throw new UserError(
          ExitCodes.USAGE,
          "--limit must be between 1 and " + Question.MAX_LIMIT + ", was " + limit);
    }
    BriefIndex index = session.index(library);
    if (brief != null && index.library().brief(brief).isEmpty()) {
      throw new UserError(
          ExitCodes.USAGE, "no brief has the id " + brief + " (briefbot outline lists them)");
    }
    if (words != null && !words.isEmpty()) {
      String question = String.join(" ", words);
      if (question.isBlank()) {
        throw new UserError(
            ExitCodes.USAGE,
            "the question is empty; try briefbot ask \"When was the ITPP signed?\"");
      }
      answer(index, question);
      return ExitCodes.OK;
    }
    BufferedReader lines =
        new BufferedReader(new InputStreamReader(session.in, StandardCharsets.UTF_8));
    for (String line; (line = nextLine(lines)) != null; ) {
      if (json && line.isBlank()) {
        session.out.println(AnswerJson.error(line, "empty question"));
      } else if (!line.isBlank()) {
        answer(index, line);
      }
      session.out.flush();
    }
    return ExitCodes.OK;
  }

  /**
   * The next input line, ended by a line feed only (a CR before it is dropped): a lone carriage
   * return inside a question is part of it, so answers stay paired with their input lines, which
   * BufferedReader.readLine would not keep (it ends a line at a lone CR too). Null at the end.
   */
  static String nextLine(BufferedReader in) throws java.io.IOException {
    StringBuilder line = new StringBuilder();
    int c;
    while ((c = in.read()) >= 0 && c != '\n') line.append((char) c);
    if (c < 0 && line.length() == 0) return null;
    int end = line.length();
    if (end > 0 && line.charAt(end - 1) == '\r') line.setLength(end - 1);
    return line.toString();
  }

  private void answer(BriefIndex index, String text) {
    if (text.length() > MAX_QUESTION && !json) {
      session.err.println(
          "briefbot: the question is long; only its first "
              + MAX_QUESTION
              + " characters are used");
    }
    Question question = new Question(text, limit, java.util.Optional.ofNullable(brief));
    Answer answer = index.ask(question);
    if (json) {
      session.out.println(AnswerJson.answer(answer));
    } else {
      boolean ansi =
          System.console() != null
              && !session.env.containsKey("NO_COLOR")
              && session.out == System.out;
      session.out.print(new TerminalFormat(ansi).answer(answer));
    }
  }
}
