package org.briefbot.index.question;

import java.util.List;

/**
 * One thing a question is about, with every way a passage may say it: the user's own words first
 * (full weight), then synonyms, spelling corrections and related word forms (less weight).
 *
 * @param surface the user's words, as typed
 * @param alternatives the analyzed term sequences that count as mentioning it
 * @param salient a name, acronym, number or other specific word: if no brief mentions it, the
 *     question is about something the library does not cover
 */
public record Concept(String surface, List<Alternative> alternatives, boolean salient) {
  public Concept {
    alternatives = List.copyOf(alternatives);
    if (alternatives.isEmpty())
      throw new IllegalArgumentException("a concept needs an alternative");
  }

  /** How a passage may word a concept, and how much such a match counts. */
  public record Alternative(List<String> terms, double weight, Source source) {
    public Alternative {
      terms = List.copyOf(terms);
    }
  }

  public enum Source {
    OWN,
    SYNONYM,
    CORRECTION,
    RELATED
  }

  public List<String> ownTerms() {
    return alternatives.get(0).terms();
  }
}
