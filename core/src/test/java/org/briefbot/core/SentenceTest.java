package org.briefbot.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SentenceTest {
  @Test
  void keepsOffsetsAndText() {
    Sentence sentence = new Sentence(4, 9, "Text.");

    assertThat(sentence.start()).isEqualTo(4);
    assertThat(sentence.end()).isEqualTo(9);
    assertThat(sentence.text()).isEqualTo("Text.");
  }

  @Test
  void rejectsNegativeStart() {
    assertThatThrownBy(() -> new Sentence(-1, 4, "Text."))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("start must not be negative, was -1");
  }

  @Test
  void rejectsEndBeforeStart() {
    assertThatThrownBy(() -> new Sentence(5, 4, ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("end must not be before start, was 4 < 5");
  }

  @Test
  void rejectsTextThatDoesNotSpanTheOffsets() {
    assertThatThrownBy(() -> new Sentence(0, 4, "Text."))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("text must span exactly start..end");
    assertThatThrownBy(() -> new Sentence(0, 4, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("text must span exactly start..end");
  }
}
