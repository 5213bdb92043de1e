package org.briefbot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.briefbot.core.Sentence;
import org.briefbot.core.Sentences;
import org.junit.jupiter.api.Test;

/** A passage cut to a platform's budget keeps its best sentence whole and marked. */
class QuoteTrimmerTest {
  private static final String PASSAGE =
      "The two sides launched their dialogue in 2005. "
          + "NATO even offered South Korea an Individually Tailored Partnership Programme (ITPP), "
          + "signed in July 2023. The ITPP is the most comprehensive agreement in their history. "
          + "Cyber cooperation comes first among its eleven areas.";

  @Test
  void aPassageThatFitsIsKeptWholeWithTheSentenceMarked() {
    Sentence best = Sentences.split(PASSAGE).get(1);

    QuoteTrimmer.Trimmed trimmed = QuoteTrimmer.trim(PASSAGE, best, 1_000);

    assertThat(trimmed.text()).isEqualTo(PASSAGE);
    assertThat(trimmed.text().substring(trimmed.markStart(), trimmed.markEnd()))
        .isEqualTo(best.text());
  }

  @Test
  void aLongPassageKeepsTheBestSentenceAndWhatFitsAroundItWithEllipses() {
    List<Sentence> sentences = Sentences.split(PASSAGE);
    Sentence best = sentences.get(1);
    int budget = best.text().length() + 60;

    QuoteTrimmer.Trimmed trimmed = QuoteTrimmer.trim(PASSAGE, best, budget);

    assertThat(trimmed.text().length()).isLessThanOrEqualTo(budget);
    assertThat(trimmed.text()).contains(best.text());
    assertThat(trimmed.text().substring(trimmed.markStart(), trimmed.markEnd()))
        .isEqualTo(best.text());
    assertThat(trimmed.text())
        .satisfiesAnyOf(t -> assertThat(t).startsWith("…"), t -> assertThat(t).endsWith("…"));
  }

  @Test
  void aSentenceLongerThanTheBudgetIsCutAtAWord() {
    Sentence best = Sentences.split(PASSAGE).get(1);

    QuoteTrimmer.Trimmed trimmed = QuoteTrimmer.trim(PASSAGE, best, 40);

    assertThat(trimmed.text()).hasSizeLessThanOrEqualTo(40).endsWith("…").startsWith("NATO even");
  }

  @Test
  void aSentenceCutShortNeverSplitsAnEmoji() {
    String passage = "First things first. Then " + "\uD83D\uDC4D".repeat(30) + " at the end.";
    Sentence best = Sentences.split(passage).get(1);
    for (int budget = 20; budget < 60; budget++) {
      String text = QuoteTrimmer.trim(passage, best, budget).text();

      assertThat(text).as("budget %d", budget).hasSizeLessThanOrEqualTo(budget).endsWith("…");
      String body = text.substring(0, text.length() - 1);
      assertThat(Character.isHighSurrogate(body.charAt(body.length() - 1)))
          .as("budget %d", budget)
          .isFalse();
    }
  }
}
