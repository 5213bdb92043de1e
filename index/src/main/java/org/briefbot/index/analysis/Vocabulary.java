package org.briefbot.index.analysis;

import java.util.List;
import java.util.Optional;

/** What words the library uses: the questions' words are checked, corrected and related here. */
public interface Vocabulary {
  /** True when an analyzed term occurs in some passage. */
  boolean contains(String term);

  /** True when some passage has these analyzed terms in a row (stop words aside). */
  boolean containsPhrase(List<String> terms);

  /** Analyzed terms of the library that are other forms of {@code term} ("budget", "budgetari"). */
  List<String> related(String term);

  /**
   * A word the library uses that {@code word} (lower case, as typed) is likely a misspelling of.
   */
  Optional<String> correction(String word);
}
