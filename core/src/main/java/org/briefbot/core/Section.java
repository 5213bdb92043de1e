package org.briefbot.core;

import java.util.List;
import java.util.Objects;

/**
 * A headed section of a brief.
 *
 * @param number 1-based position among the brief's sections
 * @param heading the heading line, verbatim
 * @param paragraphs at least one paragraph, numbered from 1 in order
 */
public record Section(int number, String heading, List<Paragraph> paragraphs) {
  public Section {
    if (number < 1) throw new IllegalArgumentException("number must be 1 or more, was " + number);
    if (heading == null || heading.isBlank()) {
      throw new IllegalArgumentException("heading must not be blank");
    }
    if (paragraphs == null || paragraphs.stream().anyMatch(Objects::isNull)) {
      throw new IllegalArgumentException("paragraphs must not be null or hold null");
    }
    paragraphs = List.copyOf(paragraphs);
    if (paragraphs.isEmpty()) {
      throw new IllegalArgumentException("section \"" + heading + "\" has no paragraphs");
    }
    for (int i = 0; i < paragraphs.size(); i++) {
      if (paragraphs.get(i).number() != i + 1) {
        throw new IllegalArgumentException(
            "paragraph numbers must run 1.."
                + paragraphs.size()
                + ", found "
                + paragraphs.get(i).number()
                + " at position "
                + (i + 1));
      }
    }
  }
}
