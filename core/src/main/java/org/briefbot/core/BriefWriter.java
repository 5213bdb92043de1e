package org.briefbot.core;

import java.util.Locale;

/** Writes a brief back out as text that {@link BriefParser} reads. */
public final class BriefWriter {
  private BriefWriter() {}

  /**
   * The brief as text in its source file's format: the plain-text export, or Markdown when it was
   * read from a {@code .md} file. Parsing the result under the same file name gives an equal brief.
   *
   * <p>One format cannot serve both: in the plain-text export a short line without a full stop is
   * a heading, which a Markdown paragraph or bullet may well be, and the Markdown reader joins the
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
   * Markdown: the header lines as front matter (kept line for line, whatever they say), then
   * {@code ##} headings, blank lines between paragraphs, and a rule before the footer.
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
      for (String issue : brief.keyIssues()) out.append("- ").append(issue).append('\n');
      out.append('\n');
    }
    for (Section section : brief.sections()) {
      out.append("## ").append(section.heading()).append("\n\n");
      for (Paragraph paragraph : section.paragraphs()) {
        out.append(paragraph.text()).append("\n\n");
      }
    }
    if (!brief.footer().isEmpty()) {
      out.append("---\n\n");
      for (String line : brief.footer()) out.append(line).append("\n\n");
    }
    return out.toString();
  }
}
