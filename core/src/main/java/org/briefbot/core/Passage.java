package org.briefbot.core;

/**
 * The unit that is indexed, retrieved and quoted: a key issue, a paragraph, the header or the
 * footer.
 *
 * @param id stable id, e.g. {@code csds-2024-10#s2p3}
 * @param briefId the id of the brief it belongs to
 * @param kind which part of the brief it is
 * @param heading the heading it sits under ("Key issues", a section heading, "About this brief",
 *     "Footer"), used for search and display
 * @param section 1-based section number for paragraphs, 0 otherwise
 * @param number 1-based paragraph or key issue number, 0 for header and footer
 * @param text the source text verbatim; header and footer lines are joined by newlines
 * @param citation where it comes from, short and long
 * @param ordinal position in reading order within the brief, from 0; breaks ranking ties
 */
public record Passage(
    String id,
    String briefId,
    PassageKind kind,
    String heading,
    int section,
    int number,
    String text,
    Citation citation,
    int ordinal) {

  public Passage {
    if (id == null || id.isBlank()) throw new IllegalArgumentException("id must not be blank");
    if (briefId == null || briefId.isBlank()) {
      throw new IllegalArgumentException("briefId must not be blank");
    }
    if (kind == null) throw new IllegalArgumentException("kind must not be null");
    if (heading == null || heading.isBlank()) {
      throw new IllegalArgumentException("heading must not be blank");
    }
    if (text == null || text.isBlank())
      throw new IllegalArgumentException("text must not be blank");
    if (citation == null) throw new IllegalArgumentException("citation must not be null");
    if (section < 0) {
      throw new IllegalArgumentException("section must not be negative, was " + section);
    }
    if (number < 0) {
      throw new IllegalArgumentException("number must not be negative, was " + number);
    }
    if (ordinal < 0) {
      throw new IllegalArgumentException("ordinal must not be negative, was " + ordinal);
    }
  }
}
