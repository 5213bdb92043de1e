package org.briefbot.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BriefFormatExceptionTest {
  @Test
  void messageIsFileLineReason() {
    BriefFormatException e =
        new BriefFormatException("briefs/x.txt", 14, "heading \"Conclusion\" has no paragraphs");

    assertThat(e).hasMessage("briefs/x.txt:14: heading \"Conclusion\" has no paragraphs");
    assertThat(e.file()).isEqualTo("briefs/x.txt");
    assertThat(e.line()).isEqualTo(14);
    assertThat(e.reason()).isEqualTo("heading \"Conclusion\" has no paragraphs");
  }
}
