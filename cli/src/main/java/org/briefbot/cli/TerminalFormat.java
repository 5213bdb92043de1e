package org.briefbot.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.briefbot.index.Answer;
import org.briefbot.index.Hit;

/** Renders answers for an 80-column terminal: citation first, the best sentence marked. */
final class TerminalFormat {
  static final int WIDTH = 80;
  private static final String INDENT = "   ";
  private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;]*m");

  private final String markStart;
  private final String markEnd;

  /** With {@code ansi}, the best sentence is bold; otherwise it is wrapped in ** marks. */
  TerminalFormat(boolean ansi) {
    this.markStart = ansi ? "\u001B[1m" : "**";
    this.markEnd = ansi ? "\u001B[0m" : "**";
  }

  String answer(Answer answer) {
    StringBuilder out = new StringBuilder();
    answer.suggestion().ifPresent(s -> out.append(wrap("Did you mean: " + s, "")).append('\n'));
    // The note on names no brief uses comes first: with an answer it says the passages answer
    // the rest of the question ("Putin" where the brief says "Russia"), so the reader can judge
    // the match.
    if (answer.best().isEmpty()) out.append(Answer.NOT_ADDRESSED).append('\n');
    answer.unknownTermsNote().ifPresent(note -> out.append(wrap(note, "")).append('\n'));
    answer.cautionNote().ifPresent(note -> out.append(wrap(note, "")).append('\n'));
    if (answer.hits().isEmpty()) return out.toString();
    if (answer.abstained()) out.append("Nearest passages (low confidence):\n");
    answer.eachBriefNote().ifPresent(note -> out.append(wrap(note, "")).append('\n'));
    out.append('\n');
    int rank = 1;
    for (Hit hit : answer.hits()) {
      out.append(hit(rank++, hit)).append('\n');
    }
    return out.toString();
  }

  String hit(int rank, Hit hit) {
    StringBuilder out = new StringBuilder();
    out.append(wrap(rank + ". " + hit.citation().location() + "  [" + hit.passage().id() + "]", ""))
        .append('\n');
    String text = hit.passage().text();
    int start = hit.sentence().start();
    int end = hit.sentence().end();
    String marked =
        text.substring(0, start)
            + markStart
            + text.substring(start, end)
            + markEnd
            + text.substring(end);
    for (String line : marked.split("\n")) out.append(wrap(line, INDENT)).append('\n');
    out.append(wrap("Cite as: " + hit.citation().reference(), INDENT)).append('\n');
    return out.toString();
  }

  /** Word-wraps to {@link #WIDTH} columns, measuring without ANSI codes. */
  static String wrap(String text, String indent) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder(indent);
    int visible = indent.length();
    for (String word : text.split(" ")) {
      if (word.isEmpty()) continue;
      int length = ANSI.matcher(word).replaceAll("").length();
      if (visible > indent.length() && visible + 1 + length > WIDTH) {
        lines.add(line.toString());
        line = new StringBuilder(indent);
        visible = indent.length();
      }
      if (visible > indent.length()) {
        line.append(' ');
        visible++;
      }
      line.append(word);
      visible += length;
    }
    lines.add(line.toString());
    return String.join("\n", lines);
  }
}
