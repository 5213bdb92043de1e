package org.briefbot.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Cutting to a limit, shared by both bots and the chat replies. */
class PlainTextTest {
  @Test
  void textThatFitsIsKeptWhole() {
    assertThat(PlainText.cut("When was the ITPP signed?", 25))
        .isEqualTo("When was the ITPP signed?");
  }

  @Test
  void longTextIsCutAtAWordBreakWithTheEllipsisCounted() {
    String cut =
        PlainText.cut("When was the Individually Tailored Partnership Programme signed?", 30);

    assertThat(cut).isEqualTo("When was the Individually…").hasSizeLessThanOrEqualTo(30);
  }

  @Test
  void anEmojiIsNeverCutInHalf() {
    String text = "ab" + "\uD83D\uDC4D".repeat(10);
    for (int max = 2; max < text.length(); max++) {
      String cut = PlainText.cut(text, max);
      assertThat(cut.length()).isLessThanOrEqualTo(max);
      String body = cut.substring(0, cut.length() - 1);
      assertThat(Character.isHighSurrogate(body.charAt(body.length() - 1)))
          .as("max %d", max)
          .isFalse();
    }
  }

  /** Whatever the text and limit: never longer than the limit, and a prefix of the text. */
  @Test
  void randomTextsStayWithinTheLimitAndArePrefixes() {
    Random random = new Random(7);
    String alphabet = "ab cd\uD83D\uDE00é ";
    for (int i = 0; i < 2_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int n = random.nextInt(80); n > 0; n--)
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      int max = 1 + random.nextInt(60);
      String cut = PlainText.cut(text.toString(), max);
      assertThat(cut.length()).isLessThanOrEqualTo(Math.max(max, 1));
      if (!cut.equals(text.toString())) {
        assertThat(text.toString()).startsWith(cut.substring(0, cut.length() - 1));
      }
    }
  }

  @Test
  void aUnitOfMarkupIsNeverCutInHalf() {
    // "<b>" stands for a unit of markup, as Slack's "&amp;" or Discord's "\\*" are.
    String text = "<b>".repeat(8);
    for (int max = 1; max < text.length(); max++) {
      String cut = PlainText.cut(text, max, end -> unitStart(text, end));
      assertThat(cut).as("max %d", max).hasSizeLessThanOrEqualTo(max).matches("(<b>)*…");
    }
  }

  /** The start of the "<b>" that {@code end} falls inside, or {@code end} between two. */
  private static int unitStart(String text, int end) {
    int open = text.lastIndexOf('<', end);
    return open >= 0 && open < end && end < open + 3 ? open : end;
  }

  @Test
  void aLimitBelowOneIsAMistake() {
    assertThatThrownBy(() -> PlainText.cut("x", 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
