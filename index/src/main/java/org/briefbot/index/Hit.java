package org.briefbot.index;

import org.briefbot.core.Citation;
import org.briefbot.core.Passage;
import org.briefbot.core.Sentence;

/**
 * One passage returned for a question.
 *
 * @param passage the passage, with its verbatim text and citation
 * @param sentence its sentence that best answers the question, verbatim, located in the text
 * @param score the ranking score; comparable within one answer only
 */
public record Hit(Passage passage, Sentence sentence, double score) {
  public Hit {
    if (passage == null || sentence == null) {
      throw new IllegalArgumentException("passage and sentence must not be null");
    }
    if (sentence.end() > passage.text().length()
        || !passage.text().substring(sentence.start(), sentence.end()).equals(sentence.text())) {
      throw new IllegalArgumentException("sentence must be a verbatim span of the passage");
    }
  }

  public Citation citation() {
    return passage.citation();
  }
}
