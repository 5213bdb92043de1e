package org.briefbot.core;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown briefs: an optional front matter block of "Key: value" lines between {@code ---} lines,
 * an optional {@code # Title}, header lines, {@code ## Key issues} with {@code -} bullets, {@code
 * ##} section headings, paragraphs separated by blank lines, and a rule ({@code ---}) before the
 * footer. A file written one paragraph per line, as word processors export it, needs no blank
 * lines: see {@link #unwrapped}.
 */
final class MarkdownFormat {
  /** The closing #s must follow a space, so "## C#" keeps its #. */
  static final Pattern HEADING =
      Pattern.compile("(?<level>#{1,6})(?:\\s+(?<text>.*?))??(?:\\s+#+)?");

  /** A list item, bulleted or numbered ("3. ..." or "3) ..."): each is a passage of its own. */
  static final Pattern BULLET = Pattern.compile("(?:[-*+•]|\\d{1,2}[.)])\\s+(?<text>\\S.*)");

  /**
   * Three or more of one mark, spaces allowed between. Written without a repeated group, which
   * would overflow the regex engine's stack on a long line of dashes.
   */
  static final Pattern RULE =
      Pattern.compile(
          "-[ \\t]*-[ \\t]*-[- \\t]*|\\*[ \\t]*\\*[ \\t]*\\*[* \\t]*|_[ \\t]*_[ \\t]*_[_ \\t]*");

  /**
   * A text line at least this long was not wrapped by hand or by an editor (they wrap near 80): it
   * is a whole paragraph.
   */
  static final int UNWRAPPED_LINE = 160;

  private enum Zone {
    HEADER,
    KEY_ISSUES,
    BODY,
    FOOTER
  }

  /** Where the block being collected goes once a blank line or a new block ends it. */
  private enum Block {
    NONE,
    KEY_ISSUE,
    PARAGRAPH,
    FOOTER
  }

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
    int footerRule = footerRule(lines, i);
    boolean onePerLine = unwrapped(lines, i);

    Zone zone = Zone.HEADER;
    boolean titleSeen = false;
    // A paragraph or bullet runs on over the following lines until a blank line or a new block
    // ("lazy continuation"), so wrapped text stays one passage.
    Block block = Block.NONE;
    List<String> blockLines = new ArrayList<>();
    int blockLine = 0;
    StringBuilder body = new StringBuilder();

    for (; i <= n; i++) {
      String line = i < n ? lines.get(i).strip() : "";
      Matcher heading = HEADING.matcher(line);
      Matcher bullet = BULLET.matcher(line);
      boolean isHeading = zone != Zone.FOOTER && heading.matches();
      boolean isBullet = zone != Zone.FOOTER && bullet.matches();
      boolean isRule = zone != Zone.FOOTER && RULE.matcher(line).matches();
      boolean continues =
          !line.isEmpty()
              && !isHeading
              && !isBullet
              && !isRule
              && block != Block.NONE
              && !(onePerLine && blockLines.get(blockLines.size() - 1).length() >= UNWRAPPED_LINE);
      if (continues) {
        blockLines.add(line);
        continue;
      }
      if (block != Block.NONE) {
        String text = String.join(" ", blockLines);
        switch (block) {
          case KEY_ISSUE -> brief.keyIssue(blockLine, text);
          case FOOTER -> brief.footerLine(blockLine, text);
          default -> {
            brief.paragraph(blockLine, text);
            body.append(text).append('\n');
          }
        }
        block = Block.NONE;
        blockLines.clear();
      }
      if (line.isEmpty()) continue;

      Block starts;
      if (isRule) {
        if (i != footerRule) continue; // a thematic break between sections
        if (zone == Zone.KEY_ISSUES) brief.keyIssuesEnd(i + 1);
        zone = Zone.FOOTER;
        continue;
      } else if (zone == Zone.FOOTER) {
        starts = Block.FOOTER;
      } else if (isHeading) {
        String text = heading.group("text") == null ? "" : heading.group("text");
        if (text.isBlank()) throw brief.error(i + 1, "empty heading");
        if (zone == Zone.KEY_ISSUES) brief.keyIssuesEnd(i + 1);
        if (heading.group("level").length() == 1 && zone == Zone.HEADER && !titleSeen) {
          titleSeen = true;
          brief.headerLine(i + 1, "Title: " + text);
        } else if (zone == Zone.HEADER && PlainTextFormat.KEY_LIST.matcher(text).matches()
            || PlainTextFormat.KEY_ISSUES.matcher(text).matches() && nextIsBullet(lines, i)) {
          brief.keyIssuesStart(i + 1, text);
          zone = Zone.KEY_ISSUES;
        } else {
          brief.heading(i + 1, text);
          zone = Zone.BODY;
        }
        continue;
      } else if (isBullet) {
        if (zone != Zone.KEY_ISSUES) zone = Zone.BODY;
        starts = zone == Zone.KEY_ISSUES ? Block.KEY_ISSUE : Block.PARAGRAPH;
        line = bullet.group("text");
      } else if (zone == Zone.HEADER && HeaderLine.parse(line).isPresent()) {
        brief.headerLine(i + 1, line);
        continue;
      } else {
        if (zone == Zone.KEY_ISSUES) brief.keyIssuesEnd(i + 1);
        zone = Zone.BODY;
        starts = Block.PARAGRAPH;
      }
      block = starts;
      blockLine = i + 1;
      blockLines.add(line);
    }
    if (zone == Zone.KEY_ISSUES) brief.keyIssuesEnd(n);
    return brief.build(body.toString(), PlainTextFormat.lastTextLine(lines));
  }

  /**
   * True when the file writes each paragraph on one line of its own: most of its text lines (not
   * headings, list items or rules) are longer than any editor wraps. Such a file often has no blank
   * lines between paragraphs, and joining its lines as Markdown does would make a whole section one
   * passage, so there a line that long ends its paragraph. A hard-wrapped file keeps Markdown's
   * rule: lines run on until a blank line.
   */
  static boolean unwrapped(List<String> lines, int from) {
    int text = 0;
    int whole = 0;
    for (int i = from; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty()
          || HEADING.matcher(line).matches()
          || BULLET.matcher(line).matches()
          || RULE.matcher(line).matches()) continue;
      text++;
      if (line.length() >= UNWRAPPED_LINE) whole++;
    }
    return whole > 0 && 2 * whole >= text;
  }

  /**
   * The line of the rule that starts the footer: the last rule with no heading after it. Earlier
   * rules are thematic breaks between sections, not the end of the body. -1 when there is none.
   */
  private static int footerRule(List<String> lines, int from) {
    for (int i = lines.size() - 1; i >= from; i--) {
      String line = lines.get(i).strip();
      if (HEADING.matcher(line).matches()) return -1;
      if (RULE.matcher(line).matches()) return i;
    }
    return -1;
  }

  private static boolean nextIsBullet(List<String> lines, int i) {
    int next = i + 1;
    while (next < lines.size() && lines.get(next).isBlank()) next++;
    return next < lines.size() && BULLET.matcher(lines.get(next).strip()).matches();
  }
}
