package org.briefbot.index.ranking;

import java.util.List;

/**
 * Decides whether the library answers a question at all. A score threshold does not carry over
 * from easy questions to hard ones, so the main signal is different: a question that names
 * something no brief mentions (a place, a weapon system, an organisation, a person, a year) is
 * about something else, unless the rest of it is answered in full by one passage (then the
 * unknown word is more likely a loose name for something the brief does cover).
 */
final class Abstention {
  /**
   * An unknown name outweighs the rest of the question unless the best passage matches more than
   * this many times its weight; an unknown name weighs as much as the rarest possible word.
   */
  static final double KNOWN_OVER_UNKNOWN = 1.1;
  /** How much more an unknown designation ("K9") weighs than an unknown name. */
  static final double DESIGNATION_FACTOR = 2;
  /** A best passage covering less than this of the question shares only incidental words with it. */
  static final double MIN_COVERAGE = 0.25;

  private Abstention() {}

  /**
   * @param unknownSalient names in the question no passage mentions
   * @param knownConcepts how many of the question's concepts the library mentions
   * @param namesPart the question names a part of the brief ("the conclusion"), which answers it
   * @param best the best passage, or null when there is none
   * @param rarestWeight the weight of a word found in no passage
   */
  static boolean abstain(List<String> unknownSalient, int knownConcepts, boolean namesPart,
      Ranker.Scored best, double rarestWeight) {
    if (best == null) return true;
    if (knownConcepts == 0) return !namesPart;
    if (best.coverage() < MIN_COVERAGE) return true;
    if (unknownSalient.isEmpty()) return false;
    double matched = best.coverage() * best.questionWeight();
    double unknown = 0;
    for (String name : unknownSalient) {
      // A designation with digits ("K9", "F-35", "2019") names one precise thing; when the
      // library lacks it, nothing else in the question can stand in for it.
      unknown += rarestWeight * (name.chars().anyMatch(Character::isDigit) ? DESIGNATION_FACTOR : 1);
    }
    return matched < KNOWN_OVER_UNKNOWN * unknown;
  }
}
