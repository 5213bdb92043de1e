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
 * @param eachBrief how many of the first hits answer for one brief each: a question about the brief
 *     itself ("who wrote this paper?") asked of several briefs, which it fits alike, is answered
 *     for every one of them; 0 for any other answer
 * @param cautioned the library answers, but less surely than most questions it answers: near misses
 *     (a figure, a name or a date the brief does not give) land here more often, so front ends say
 *     the brief may not answer the question exactly
 */
public record Answer(
    String question,
    List<Hit> hits,
    Optional<String> suggestion,
    boolean abstained,
    List<String> unknownTerms,
    int eachBrief,
    boolean cautioned) {

  /** The wording every front end uses when the library has no answer. */
  public static final String NOT_ADDRESSED = "The brief does not address this.";

  public Answer {
    hits = List.copyOf(hits);
    suggestion = suggestion == null ? Optional.empty() : suggestion;
    unknownTerms = List.copyOf(unknownTerms);
    if (eachBrief < 0 || eachBrief > hits.size()) {
      throw new IllegalArgumentException(
          "eachBrief " + eachBrief + " outside 0.." + hits.size() + " hits");
    }
    if (eachBrief == 1) eachBrief = 0;
    if (abstained || !unknownTerms.isEmpty()) cautioned = false;
  }

  /** An answer, for one brief each or not, said with no caution. */
  public Answer(
      String question,
      List<Hit> hits,
      Optional<String> suggestion,
      boolean abstained,
      List<String> unknownTerms,
      int eachBrief) {
    this(question, hits, suggestion, abstained, unknownTerms, eachBrief, false);
  }

  /** An answer from one brief's passages, or a single ranking across briefs. */
  public Answer(
      String question,
      List<Hit> hits,
      Optional<String> suggestion,
      boolean abstained,
      List<String> unknownTerms) {
    this(question, hits, suggestion, abstained, unknownTerms, 0, false);
  }

  /** True when the first {@link #eachBrief} hits each answer the question for their own brief. */
  public boolean answersEachBrief() {
    return eachBrief > 1;
  }

  /**
   * What front ends say before an answer for each brief, so no reader takes the first brief's
   * answer for the only one.
   */
  public Optional<String> eachBriefNote() {
    return answersEachBrief()
        ? Optional.of(
            "The question fits " + eachBrief + " briefs alike; here is each one's answer.")
        : Optional.empty();
  }

  /**
   * What front ends say about the question's names that no brief uses: that the passages answer the
   * rest of the question ("Putin" where the brief says "Russia"), so the reader can judge the
   * match; or, with no answer, which names went unmatched. Empty when every name is known.
   */
  public Optional<String> unknownTermsNote() {
    if (unknownTerms.isEmpty()) return Optional.empty();
    String names = String.join(", ", unknownTerms);
    return Optional.of(
        best().isPresent()
            ? "No brief here mentions "
                + names
                + "; these passages answer the rest of the question."
            : "No brief here mentions " + names + ".");
  }

  /**
   * What front ends say before a {@link #cautioned} answer, so the reader checks the quote before
   * relying on it.
   */
  public Optional<String> cautionNote() {
    return cautioned && best().isPresent()
        ? Optional.of(
            "The brief may not answer this exactly: check that the passage says what you asked.")
        : Optional.empty();
  }

  /** The best hit, unless the library abstained or found nothing. */
  public Optional<Hit> best() {
    return abstained || hits.isEmpty() ? Optional.empty() : Optional.of(hits.get(0));
  }
}
