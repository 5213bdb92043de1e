package org.briefbot.core;

import java.util.ArrayList;
import java.util.List;
import org.briefbot.core.RecoveredBrief.Block;
import org.briefbot.core.RecoveredBrief.Kind;

/**
 * Writes what a reader recovered as Markdown and reads it back, so a published brief is checked by
 * the same rules as a Markdown file and {@code briefbot import} shows exactly what is indexed.
 * Parts that would make the whole file fail are left out, each with a note: a header line that says
 * nothing about the brief (a logo's text, a web address), a heading with nothing under it.
 */
final class RecoveredMarkdown {
  private RecoveredMarkdown() {}

  static ImportedBrief read(String file, String fallbackId, RecoveredBrief recovered) {
    List<String> dropped = new ArrayList<>(recovered.dropped());
    List<String> guesses = new ArrayList<>(recovered.guesses());
    String markdown = write(recovered.blocks(), dropped, guesses);
    Brief brief;
    try {
      brief = MarkdownFormat.read(file, fallbackId, SourceText.lines(markdown));
    } catch (BriefFormatException e) {
      throw new BriefFormatException(file, e.reason());
    }
    return new ImportedBrief(brief, markdown, dropped, guesses);
  }

  private static String write(List<Block> blocks, List<String> dropped, List<String> guesses) {
    StringBuilder out = new StringBuilder();
    List<String> footer = new ArrayList<>();
    boolean titled = false;
    boolean bodyStarted = false;
    Kind previous = null;
    for (int i = 0; i < blocks.size(); i++) {
      Block block = blocks.get(i);
      String text = block.text();
      switch (block.kind()) {
        case TITLE, HEADER -> {
          boolean metadata = HeaderLine.parse(text).isPresent();
          if (!bodyStarted && metadata) {
            out.append(text).append('\n');
          } else if (!bodyStarted && block.kind() == Kind.TITLE && !titled) {
            // The title goes first, whatever stood above it on the page (a series banner).
            out.insert(0, BriefWriter.heading(text).replaceFirst("^##", "#") + "\n\n");
            titled = true;
          } else {
            dropped.add(
                "\"" + text + "\" from the title page: not a title, series, author or date");
          }
          continue;
        }
        case HEADING -> {
          Kind next = nextKind(blocks, i);
          if (!bodyStarted
              && PlainTextFormat.KEY_LIST.matcher(text).matches()
              && next == Kind.PARAGRAPH) {
            // "Key issues" over paragraphs: the items of a list drawn without bullet marks.
            out.append(BriefWriter.heading(text)).append("\n\n");
            int j = i + 1;
            for (; j < blocks.size() && blocks.get(j).kind() == Kind.PARAGRAPH; j++) {
              out.append(BriefWriter.bullet(blocks.get(j).text())).append('\n');
            }
            guesses.add(
                "the " + (j - i - 1) + " paragraphs under \"" + text + "\" taken for its list");
            i = j - 1;
            bodyStarted = true;
            previous = Kind.BULLET;
            continue;
          }
          if (next != Kind.PARAGRAPH && next != Kind.BULLET) {
            dropped.add("the heading \"" + text + "\": no text under it");
            continue;
          }
          out.append('\n').append(BriefWriter.heading(text)).append("\n\n");
        }
        case BULLET -> {
          if (previous != Kind.BULLET) out.append('\n');
          out.append(BriefWriter.bullet(text)).append('\n');
        }
        case PARAGRAPH -> out.append('\n').append(BriefWriter.paragraph(text)).append('\n');
        case FOOTER -> {
          footer.add(text);
          continue;
        }
      }
      bodyStarted = true;
      previous = block.kind();
    }
    if (!footer.isEmpty()) {
      out.append("\n---\n");
      for (String line : footer) out.append('\n').append(BriefWriter.footerLine(line)).append('\n');
    }
    return out.toString().replaceAll("\n{3,}", "\n\n").replaceFirst("^\n+", "");
  }

  /** The kind of the next block that is not footer or header (those are moved out of the body). */
  private static Kind nextKind(List<Block> blocks, int i) {
    for (int j = i + 1; j < blocks.size(); j++) {
      Kind kind = blocks.get(j).kind();
      if (kind != Kind.FOOTER && kind != Kind.TITLE && kind != Kind.HEADER) return kind;
    }
    return null;
  }
}
