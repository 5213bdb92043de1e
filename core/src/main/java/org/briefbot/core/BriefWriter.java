package org.briefbot.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;

/** Writes a brief back out as text that {@link BriefParser} reads. */
public final class BriefWriter {
  private BriefWriter() {}

  /**
   * The brief as text in its source file's format: the plain-text export, or Markdown when it was
   * read from a {@code .md} file. Parsing the result under the same file name gives an equal brief.
   *
   * <p>One format cannot serve both: in the plain-text export a short line without a full stop is a
   * heading, which a Markdown paragraph or bullet may well be, and the Markdown reader joins the
   * export's one-line paragraphs into one.
   */
  public static String plainText(Brief brief) {
    String source = brief.metadata().sourceFile().toLowerCase(Locale.ROOT);
    return source.endsWith(".md") || source.endsWith(".markdown") ? markdown(brief) : export(brief);
  }

  /** The plain-text export: one line per header line, bullet, heading and paragraph. */
  static String export(Brief brief) {
    StringBuilder out = new StringBuilder();
    for (String line : brief.header()) out.append(line).append('\n');
    if (!brief.keyIssues().isEmpty()) {
      out.append(Brief.KEY_ISSUES_HEADING).append('\n');
      for (String issue : brief.keyIssues()) out.append("- ").append(issue).append('\n');
    }
    for (Section section : brief.sections()) {
      out.append(section.heading()).append('\n');
      for (Paragraph paragraph : section.paragraphs()) out.append(paragraph.text()).append('\n');
    }
    if (!brief.footer().isEmpty()) {
      out.append("__________\n");
      for (String line : brief.footer()) out.append(line).append('\n');
    }
    return out.toString();
  }

  /**
   * Markdown: the header lines as front matter (kept line for line, whatever they say), then {@code
   * ##} headings, blank lines between paragraphs, and a rule before the footer. A text that
   * Markdown would read as something else on one line ("- -" is a bullet, "- - -" a rule) is
   * written so that it reads back as itself: over several lines, or behind a bullet mark.
   */
  static String markdown(Brief brief) {
    StringBuilder out = new StringBuilder();
    if (!brief.header().isEmpty()) {
      out.append("---\n");
      for (String line : brief.header()) out.append(line).append('\n');
      out.append("---\n\n");
    }
    if (!brief.keyIssues().isEmpty()) {
      out.append("## ").append(Brief.KEY_ISSUES_HEADING).append("\n\n");
      for (String issue : brief.keyIssues()) out.append(bullet(issue)).append('\n');
      out.append('\n');
    }
    for (Section section : brief.sections()) {
      out.append(heading(section.heading())).append("\n\n");
      for (Paragraph paragraph : section.paragraphs()) {
        out.append(paragraph(paragraph.text())).append("\n\n");
      }
    }
    if (!brief.footer().isEmpty()) {
      out.append("---\n\n");
      for (String line : brief.footer()) out.append(footerLine(line)).append("\n\n");
    }
    return out.toString();
  }

  /** "## text", with a closing "#" when the text itself ends in a word of #s ("C #"). */
  static String heading(String text) {
    String line = "## " + text;
    Matcher m = MarkdownFormat.HEADING.matcher(line);
    return m.matches() && text.equals(m.group("text")) ? line : line + " #";
  }

  static String paragraph(String text) {
    Optional<String> lines = lines("", text, BriefWriter::startsNothingElse);
    if (lines.isEmpty()) lines = lines("- ", text, BriefWriter::startsNothingElse);
    if (lines.isEmpty()) lines = lines("* ", text, BriefWriter::startsNothingElse);
    return lines.orElse(text);
  }

  static String bullet(String text) {
    return lines("- ", text, BriefWriter::startsNothingElse)
        .or(() -> lines("* ", text, BriefWriter::startsNothingElse))
        .orElse("- " + text);
  }

  /** In the footer every line continues the one before; only a heading or a rule would not. */
  static String footerLine(String text) {
    return lines(
            "",
            text,
            line ->
                !MarkdownFormat.HEADING.matcher(line).matches()
                    && !MarkdownFormat.RULE.matcher(line).matches())
        .orElse(text);
  }

  /** A line that continues a paragraph or bullet: not blank, no heading, bullet or rule. */
  private static boolean startsNothingElse(String line) {
    return !line.isBlank()
        && !MarkdownFormat.HEADING.matcher(line).matches()
        && !MarkdownFormat.BULLET.matcher(line).matches()
        && !MarkdownFormat.RULE.matcher(line).matches();
  }

  /**
   * {@code text} as one block of lines that MarkdownFormat reads back as exactly {@code text}: the
   * first line behind {@code mark} ("" for a paragraph, "- " for a bullet), and each other line one
   * {@code continues} accepts. The text is broken only at single spaces between words, as the
   * reader joins lines with one; empty when no such lines exist.
   */
  private static Optional<String> lines(String mark, String text, Predicate<String> continues) {
    if (firstLineReads(mark, text, continues)) return Optional.of(mark + text);
    List<String> pieces = new ArrayList<>();
    int start = 0;
    for (int i = 1; i < text.length() - 1; i++) {
      if (text.charAt(i) == ' '
          && !Character.isWhitespace(text.charAt(i - 1))
          && !Character.isWhitespace(text.charAt(i + 1))) {
        pieces.add(text.substring(start, i));
        start = i + 1;
      }
    }
    pieces.add(text.substring(start));
    // Each line as long as it can be while it reads right.
    List<String> out = new ArrayList<>();
    for (int from = 0; from < pieces.size(); ) {
      int to = pieces.size();
      for (; to > from; to--) {
        String line = String.join(" ", pieces.subList(from, to));
        // A line too long for an editor to have wrapped ends its paragraph in a file written one
        // paragraph per line, so only the last line of the block may be that long.
        boolean fits =
            to == pieces.size() || (mark + line).length() < MarkdownFormat.UNWRAPPED_LINE;
        if (fits
            && (out.isEmpty() ? firstLineReads(mark, line, continues) : continues.test(line))) {
          out.add(out.isEmpty() ? mark + line : "  " + line);
          break;
        }
      }
      if (to == from) return Optional.empty();
      from = to;
    }
    return Optional.of(String.join("\n", out));
  }

  private static boolean firstLineReads(String mark, String text, Predicate<String> continues) {
    String line = mark + text;
    if (mark.isEmpty()) return continues.test(line);
    Matcher bullet = MarkdownFormat.BULLET.matcher(line);
    return bullet.matches()
        && bullet.group("text").equals(text)
        && !MarkdownFormat.RULE.matcher(line).matches()
        && !MarkdownFormat.HEADING.matcher(line).matches();
  }
}
