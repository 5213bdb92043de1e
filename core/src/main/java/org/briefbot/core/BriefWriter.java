package org.briefbot.core;

/** Writes a brief back out in the plain-text export format, which {@link BriefParser} reads. */
public final class BriefWriter {
  private BriefWriter() {}

  /** The brief as plain text: parsing the result under the same file name gives an equal brief. */
  public static String plainText(Brief brief) {
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
}
