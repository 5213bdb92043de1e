package org.briefbot.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A cited passage with its best sentence located, split for bold as both bots show it. */
class QuoteTest {
  private static Quote quote(String text, int markStart, int markEnd) {
    return new Quote("x#s1p1", "§1 \"X\" ¶1", "ref", "X", text, markStart, markEnd);
  }

  @Test
  void theMarkSplitsTheTextInThree() {
    Quote quote = quote("One. Two. Three.", 5, 9);

    assertThat(quote.emphasis()).isEqualTo(new Quote.Emphasis("One. ", "Two.", " Three."));
  }

  @Test
  void emphasisLeavesWhiteSpaceAtEitherEndOfTheSentenceOutside() {
    Quote quote = quote("One. \n Two. \tThree.", 4, 13);

    assertThat(quote.emphasis()).isEqualTo(new Quote.Emphasis("One. \n ", "Two.", " \tThree."));
  }

  @Test
  void emphasisOfAMarkHoldingOnlyWhiteSpaceIsEmpty() {
    Quote quote = quote("One.   Two.", 4, 7);

    assertThat(quote.emphasis()).isEqualTo(new Quote.Emphasis("One.   ", "", "Two."));
  }

  @Test
  void aMarkOutsideTheTextIsRefused() {
    assertThatThrownBy(() -> quote("Short.", 2, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("mark 2..10 is outside the text");
  }
}
