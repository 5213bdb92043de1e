package org.briefbot.chat;

import java.util.List;
import org.briefbot.core.Sentence;
import org.briefbot.core.Sentences;

/**
 * Cuts a passage down to a character budget around its best sentence: the sentence itself, then
 * whole neighbouring sentences, before and after in turn, while they fit. What is left out is shown
 * as "…", so the quote stays verbatim everywhere else.
 */
final class QuoteTrimmer {
  private QuoteTrimmer() {}

  /** The trimmed text and where the best sentence lies in it. */
  record Trimmed(String text, int markStart, int markEnd) {}

  static Trimmed trim(String passage, Sentence best, int budget) {
    if (budget < 20)
      throw new IllegalArgumentException("budget must be at least 20, was " + budget);
    if (passage.length() <= budget) return new Trimmed(passage, best.start(), best.end());
    List<Sentence> sentences = Sentences.split(passage);
    int index = indexOf(sentences, best);
    if (best.text().length() + 2 > budget) {
      String cut = PlainText.cut(best.text(), budget);
      return new Trimmed(cut, 0, cut.length());
    }
    int first = index;
    int last = index;
    boolean grew = true;
    while (grew) {
      grew = false;
      if (first > 0 && length(passage, sentences, first - 1, last) <= budget) {
        first--;
        grew = true;
      }
      if (last < sentences.size() - 1 && length(passage, sentences, first, last + 1) <= budget) {
        last++;
        grew = true;
      }
    }
    int from = sentences.get(first).start();
    int to = sentences.get(last).end();
    String prefix = from > 0 ? PlainText.ELLIPSIS + " " : "";
    String suffix = to < passage.length() ? " " + PlainText.ELLIPSIS : "";
    String text = prefix + passage.substring(from, to) + suffix;
    int markStart = prefix.length() + best.start() - from;
    return new Trimmed(text, markStart, markStart + best.text().length());
  }

  private static int indexOf(List<Sentence> sentences, Sentence best) {
    for (int i = 0; i < sentences.size(); i++) {
      if (sentences.get(i).start() <= best.start() && best.start() < sentences.get(i).end())
        return i;
    }
    return 0;
  }

  /** Length of the quote spanning sentences first..last, with room for the ellipses. */
  private static int length(String passage, List<Sentence> sentences, int first, int last) {
    int from = sentences.get(first).start();
    int to = sentences.get(last).end();
    return to - from + (from > 0 ? 2 : 0) + (to < passage.length() ? 2 : 0);
  }
}
