package org.briefbot.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LibraryExceptionTest {
  @Test
  void messageIsShownAsGiven() {
    assertThat(new LibraryException("briefs folder x has no brief files"))
        .isInstanceOf(RuntimeException.class)
        .hasMessage("briefs folder x has no brief files");
  }
}
