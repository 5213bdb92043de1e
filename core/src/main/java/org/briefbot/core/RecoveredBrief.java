package org.briefbot.core;

import java.util.List;

/**
 * What a {@link BriefReader} recovered from a published brief: its parts in reading order, and what
 * a person checking the result should know (what was left out, where the reader guessed).
 *
 * @param blocks the brief's parts, in reading order
 * @param dropped what was left out on purpose, counted: "4 running headers", "2 footnotes"
 * @param guesses where the reader chose between readings, each saying where and what it chose
 */
public record RecoveredBrief(List<Block> blocks, List<String> dropped, List<String> guesses) {
  public RecoveredBrief {
    blocks = List.copyOf(blocks);
    dropped = List.copyOf(dropped);
    guesses = List.copyOf(guesses);
  }

  /** The kinds of part a published brief is made of. */
  public enum Kind {
    /** The title, usually the largest text on the first page. */
    TITLE,
    /** A line about the brief: series and number, authors, date. */
    HEADER,
    /** A section heading, or the heading of the key issues. */
    HEADING,
    /** A bullet point: a key issue under a key-issues heading, otherwise a paragraph. */
    BULLET,
    /** A paragraph of the body. */
    PARAGRAPH,
    /** A paragraph of the footer: the disclaimer, the ISSN. */
    FOOTER
  }

  /**
   * One part, its text on one line with single spaces.
   *
   * @param kind what the part is
   * @param text its text, verbatim but for line breaks
   */
  public record Block(Kind kind, String text) {
    public Block {
      if (kind == null) throw new IllegalArgumentException("kind must not be null");
      if (text == null || text.isBlank()) {
        throw new IllegalArgumentException("text must not be blank, kind " + kind);
      }
      text = text.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
  }
}
