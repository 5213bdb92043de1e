package org.briefbot.core;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown briefs: an optional front matter block of "Key: value" lines between {@code ---}
 * lines, an optional {@code # Title}, header lines, {@code ## Key issues} with {@code -}
 * bullets, {@code ##} section headings, paragraphs separated by blank lines, and a rule
 * ({@code ---}) before the footer.
 */
final class MarkdownFormat {
  private static final Pattern HEADING = Pattern.compile("(?<level>#{1,6})\\s+(?<text>.*?)\\s*#*");
  private static final Pattern BULLET = Pattern.compile("[-*+•]\\s+(?<text>\\S.*)");
  private static final Pattern RULE = Pattern.compile("(?:-\\s*){3,}|(?:\\*\\s*){3,}|(?:_\\s*){3,}");

  private enum Zone { HEADER, KEY_ISSUES, BODY, FOOTER }

  private MarkdownFormat() {}

  static Brief read(String file, String fallbackId, List<String> lines) {
    BriefAssembler brief = new BriefAssembler(file, fallbackId);
    int n = lines.size();
    int i = 0;
    while (i < n && lines.get(i).isBlank()) i++;
    if (i < n && lines.get(i).strip().equals("---")) { // front matter
      int close = i + 1;
      while (close < n && !lines.get(close).strip().equals("---")) close++;
      if (close >= n) throw brief.error(i + 1, "front matter opened with --- is never closed");
      for (int j = i + 1; j < close; j++) {
        if (!lines.get(j).isBlank()) brief.headerLine(j + 1, lines.get(j));
      }
      i = close + 1;
    }

    Zone zone = Zone.HEADER;
    boolean titleSeen = false;
    List<String> paragraph = new ArrayList<>();
    int paragraphLine = 0;
    StringBuilder body = new StringBuilder();

    for (; i <= n; i++) {
      String line = i < n ? lines.get(i).strip() : "";
      boolean isText = !line.isEmpty();
      Matcher heading = HEADING.matcher(line);
      Matcher bullet = BULLET.matcher(line);
      boolean rule = RULE.matcher(line).matches() && zone != Zone.FOOTER;
      boolean blockStart = heading.matches() || bullet.matches() || rule;
      if ((!isText || blockStart) && !paragraph.isEmpty()) {
        String text = String.join(" ", paragraph);
        if (zone == Zone.FOOTER) {
          brief.footerLine(paragraphLine, text);
        } else {
          brief.paragraph(paragraphLine, text);
          body.append(text).append('\n');
        }
        paragraph.clear();
      }
      if (!isText) continue;

      if (rule) {
        if (zone == Zone.KEY_ISSUES) brief.keyIssuesEnd(i + 1);
        zone = Zone.FOOTER;
      } else if (zone == Zone.FOOTER) {
        if (paragraph.isEmpty()) paragraphLine = i + 1;
        paragraph.add(line);
      } else if (heading.matches()) {
        String text = heading.group("text");
        if (zone == Zone.KEY_ISSUES) brief.keyIssuesEnd(i + 1);
        if (heading.group("level").length() == 1 && zone == Zone.HEADER && !titleSeen) {
          titleSeen = true;
          brief.headerLine(i + 1, "Title: " + text);
        } else if (PlainTextFormat.KEY_ISSUES.matcher(text).matches() && zone == Zone.HEADER) {
          brief.keyIssuesStart(i + 1);
          zone = Zone.KEY_ISSUES;
        } else {
          if (text.isBlank()) throw brief.error(i + 1, "empty heading");
          brief.heading(i + 1, text);
          zone = Zone.BODY;
        }
      } else if (bullet.matches()) {
        if (zone == Zone.KEY_ISSUES) {
          brief.keyIssue(i + 1, bullet.group("text"));
        } else {
          zone = Zone.BODY;
          brief.paragraph(i + 1, bullet.group("text"));
          body.append(bullet.group("text")).append('\n');
        }
      } else if (zone == Zone.HEADER && HeaderLine.parse(line).isPresent()) {
        brief.headerLine(i + 1, line);
      } else {
        if (zone == Zone.KEY_ISSUES) {
          brief.keyIssuesEnd(i + 1);
        }
        zone = Zone.BODY;
        if (paragraph.isEmpty()) paragraphLine = i + 1;
        paragraph.add(line);
      }
    }
    if (zone == Zone.KEY_ISSUES) brief.keyIssuesEnd(n);
    return brief.build(body.toString(), n);
  }
}
