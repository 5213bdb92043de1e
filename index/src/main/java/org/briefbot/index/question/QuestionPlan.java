package org.briefbot.index.question;

import java.util.List;
import java.util.Optional;

/**
 * A chat question made ready to search: cleaned, typed, split into weighted concepts, with the
 * phrases the user quoted and the words they excluded.
 *
 * @param cleaned the question without chat noise
 * @param type what kind of answer it asks for
 * @param concepts what it is about
 * @param phrases analyzed term sequences the user put in quotes: passages must contain them
 * @param excluded analyzed terms the user marked with a leading minus
 * @param suggestion the question with misspellings corrected, when any were
 * @param part the part of the brief the question names ("the conclusion", "the last
 *     recommendation"), if any
 * @param opening true when the question asks how a section or part opens
 */
public record QuestionPlan(
    String cleaned,
    AnswerType type,
    List<Concept> concepts,
    List<List<String>> phrases,
    List<String> excluded,
    Optional<String> suggestion,
    Optional<BriefPart.Reference> part,
    boolean opening) {

  public QuestionPlan {
    concepts = List.copyOf(concepts);
    phrases = List.copyOf(phrases);
    excluded = List.copyOf(excluded);
    part = part == null ? Optional.empty() : part;
  }

  public QuestionPlan withConcepts(List<Concept> newConcepts) {
    return new QuestionPlan(
        cleaned, type, newConcepts, phrases, excluded, suggestion, part, opening);
  }

  public boolean isEmpty() {
    return concepts.isEmpty() && phrases.isEmpty() && part.isEmpty();
  }
}
