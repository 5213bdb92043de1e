package org.briefbot.index;

import java.util.List;
import java.util.Optional;

/**
 * What the library says to a question.
 *
 * @param question the question as asked
 * @param hits the passages, best first; when {@code abstained}, the nearest ones, low confidence
 * @param suggestion the question with misspellings corrected ("did you mean"), when any were
 * @param abstained true when the library does not address the question
 * @param unknownTerms words of the question that no brief in the library uses, as typed
 */
public record Answer(
    String question,
    List<Hit> hits,
    Optional<String> suggestion,
    boolean abstained,
    List<String> unknownTerms) {

  /** The wording every front end uses when the library has no answer. */
  public static final String NOT_ADDRESSED = "The brief does not address this.";

  public Answer {
    hits = List.copyOf(hits);
    suggestion = suggestion == null ? Optional.empty() : suggestion;
    unknownTerms = List.copyOf(unknownTerms);
  }

  /** The best hit, unless the library abstained or found nothing. */
  public Optional<Hit> best() {
    return abstained || hits.isEmpty() ? Optional.empty() : Optional.of(hits.get(0));
  }
}
