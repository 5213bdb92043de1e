package org.briefbot.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CitationTest {
  @Test
  void printsAsItsShortLocation() {
    Citation citation =
        new Citation(
            "csds-2024-10#k2",
            "Key issues, 2",
            "Ramon Pacheco Pardo, CSDS Policy Brief 10/2024, Key issues, 2");

    assertThat(citation).hasToString("Key issues, 2");
  }

  @Test
  void rejectsBlankPassageId() {
    assertThatThrownBy(() -> new Citation(" ", "Footer", "Reference"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("passageId must not be blank");
  }

  @Test
  void rejectsBlankLocation() {
    assertThatThrownBy(() -> new Citation("x#footer", null, "Reference"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("location must not be blank");
  }

  @Test
  void rejectsBlankReference() {
    assertThatThrownBy(() -> new Citation("x#footer", "Footer", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("reference must not be blank");
  }
}
