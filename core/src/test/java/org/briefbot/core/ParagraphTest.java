package org.briefbot.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ParagraphTest {
  @Test
  void keepsTextVerbatim() {
    Paragraph paragraph = new Paragraph(3, "  “Polycrisis” – a term with a strong foothold.  ");

    assertThat(paragraph.text()).isEqualTo("  “Polycrisis” – a term with a strong foothold.  ");
  }

  @Test
  void rejectsNumberBelowOne() {
    assertThatThrownBy(() -> new Paragraph(0, "Text."))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("number must be 1 or more, was 0");
  }

  @Test
  void rejectsBlankOrNullText() {
    assertThatThrownBy(() -> new Paragraph(1, " \n "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("text must not be blank");
    assertThatThrownBy(() -> new Paragraph(1, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("text must not be blank");
  }
}
