package org.briefbot.core;

import java.util.List;

/**
 * A published brief (a PDF, a web page) as briefbot reads it, with what a person needs to check it:
 * the same brief as Markdown to correct, what was left out and where the reader guessed.
 *
 * @param brief the brief, as a library folder holding the file would answer from it
 * @param markdown the brief as Markdown; saved next to the file under its name, it is read in the
 *     file's place and gives this same brief
 * @param dropped what was left out on purpose, counted: running headers, page numbers, footnotes
 * @param guesses where the reader chose between readings
 */
public record ImportedBrief(
    Brief brief, String markdown, List<String> dropped, List<String> guesses) {
  public ImportedBrief {
    if (brief == null) throw new IllegalArgumentException("brief must not be null");
    if (markdown == null || markdown.isBlank()) {
      throw new IllegalArgumentException("markdown must not be blank");
    }
    dropped = List.copyOf(dropped);
    guesses = List.copyOf(guesses);
  }
}
