package org.briefbot.core;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The plain-text export the bundled brief uses: header lines, a "Key issues" line with bullets,
 * short heading lines each followed by paragraphs of one line each, a line of underscores, and the
 * footer.
 */
final class PlainTextFormat {
  /** A heading that always introduces a bullet list when it opens the brief: "Key issues". */
  static final Pattern KEY_LIST =
      Pattern.compile(
          "(?i)key\\s+(?:issues|points|messages|findings|takeaways|recommendations)\\s*:?");

  /**
   * A heading that introduces the key issues when bullets follow it. "Summary" or "Key findings"
   * followed by paragraphs is an ordinary section.
   */
  static final Pattern KEY_ISSUES =
      Pattern.compile(
          "(?i)(?:key\\s+(?:issues|points|messages|findings|takeaways|recommendations)"
              + "|summary|executive\\s+summary)\\s*:?");

  static final Pattern BULLET = Pattern.compile("[-•*–—▪●]\\s+(?<text>\\S.*)");
  static final Pattern FOOTER_RULE = Pattern.compile("_{3,}|-{3,}|\\*{3,}|={3,}");
  private static final Pattern WORD = Pattern.compile("\\S+");

  private PlainTextFormat() {}

  static Brief read(String file, String fallbackId, List<String> lines) {
    BriefAssembler brief = new BriefAssembler(file, fallbackId);
    int n = lines.size();
    int i = skipBlank(lines, 0);

    boolean inHeader = true;
    boolean titled = false;
    while (i < n && inHeader) {
      String line = lines.get(i).strip();
      if (HeaderLine.parse(line).isPresent()) {
        brief.headerLine(i + 1, line);
        i = skipBlank(lines, i + 1);
      } else if (!titled
          && isTitle(line)
          && !KEY_ISSUES.matcher(line).matches()
          && nextIsHeaderLine(lines, i)) {
        // A title above the series line, or between it and the byline, as publishers print it.
        brief.headerLine(i + 1, line);
        titled = true;
        i = skipBlank(lines, i + 1);
      } else {
        inHeader = false;
      }
    }

    if (i < n && (KEY_LIST.matcher(lines.get(i).strip()).matches() || startsKeyIssues(lines, i))) {
      i = readKeyIssues(brief, lines, i);
    }

    StringBuilder body = new StringBuilder();
    for (; i < n; i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty()) continue;
      if (startsKeyIssues(lines, i)) { // a second list is an error; a late first one is kept
        i = readKeyIssues(brief, lines, i) - 1;
        continue;
      }
      if (FOOTER_RULE.matcher(line).matches()) {
        for (int j = i + 1; j < n; j++) {
          if (!lines.get(j).isBlank()) brief.footerLine(j + 1, lines.get(j));
        }
        break;
      }
      if (looksLikeHeading(line)) {
        brief.heading(i + 1, line);
      } else {
        brief.paragraph(i + 1, line);
        body.append(line).append('\n');
      }
    }
    return brief.build(body.toString(), lastTextLine(lines));
  }

  /** Reads the "Key issues" line at {@code i} and its bullets; returns the line after them. */
  private static int readKeyIssues(BriefAssembler brief, List<String> lines, int i) {
    int n = lines.size();
    brief.keyIssuesStart(i + 1, lines.get(i));
    i = skipBlank(lines, i + 1);
    var bullet = i < n ? BULLET.matcher(lines.get(i).strip()) : null;
    while (bullet != null && bullet.matches()) {
      brief.keyIssue(i + 1, bullet.group("text"));
      i = skipBlank(lines, i + 1);
      bullet = i < n ? BULLET.matcher(lines.get(i).strip()) : null;
    }
    brief.keyIssuesEnd(i + 1);
    return i;
  }

  /** A key-issues heading with a bullet on the next line of text. */
  private static boolean startsKeyIssues(List<String> lines, int i) {
    if (!KEY_ISSUES.matcher(lines.get(i).strip()).matches()) return false;
    int next = skipBlank(lines, i + 1);
    return next < lines.size() && BULLET.matcher(lines.get(next).strip()).matches();
  }

  /** The 1-based number of the last line with text on it; 1 for a file without any. */
  static int lastTextLine(List<String> lines) {
    for (int i = lines.size() - 1; i >= 0; i--) {
      if (!lines.get(i).isBlank()) return i + 1;
    }
    return 1;
  }

  /**
   * Headings are short lines that do not end like a sentence. "A shared strategic environment?" is
   * a heading; "South Korea has fallen in love with NATO." is a paragraph.
   */
  static boolean looksLikeHeading(String line) {
    if (line.length() > 100 || !isShort(line)) return false;
    if (BULLET.matcher(line).matches()) return false;
    String end = line.replaceAll("[\"'”’)\\]»]+$", "");
    if (end.isEmpty()) return false;
    char last = end.charAt(end.length() - 1);
    if (last == '.' || last == ',' || last == ';' || last == ':') return false;
    char first = line.charAt(0);
    return Character.isUpperCase(first)
        || Character.isDigit(first)
        || Character.isLetter(first) && !Character.isLowerCase(first);
  }

  /**
   * A title may be longer than a heading ("Salt, sovereignty and supply: the lithium triangle
   * between ..."): it is told by its place next to a header line, so only a sentence's end rules it
   * out.
   */
  private static boolean isTitle(String line) {
    return line.length() <= 250 && !line.endsWith(".");
  }

  private static boolean isShort(String line) {
    var words = WORD.matcher(line);
    int count = 0;
    while (words.find()) {
      if (++count > 12) return false;
    }
    return line.length() <= 120;
  }

  private static boolean nextIsHeaderLine(List<String> lines, int i) {
    int next = skipBlank(lines, i + 1);
    return next < lines.size() && HeaderLine.parse(lines.get(next).strip()).isPresent();
  }

  private static int skipBlank(List<String> lines, int from) {
    int i = from;
    while (i < lines.size() && lines.get(i).isBlank()) i++;
    return i;
  }
}
