package org.briefbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.briefbot.core.Library;
import org.briefbot.index.Answer;
import org.briefbot.index.BriefIndex;
import org.briefbot.index.Question;
import org.junit.jupiter.api.Test;

/** {@link TerminalFormat}: the notes an answer carries come before its passages. */
class TerminalFormatTest {
  @Test
  void aCautionedAnswerSaysSoBeforeItsPassages() {
    Answer answer;
    try (BriefIndex index = BriefIndex.build(Library.bundled())) {
      answer = index.ask(new Question("When was the ITPP signed?", 2, Optional.empty()));
    }
    Answer cautioned =
        new Answer(
            answer.question(),
            answer.hits(),
            answer.suggestion(),
            false,
            answer.unknownTerms(),
            0,
            true);

    String plain = new TerminalFormat(false).answer(answer);
    String flagged = new TerminalFormat(false).answer(cautioned);

    assertThat(plain).doesNotContain("may not answer");
    assertThat(flagged).startsWith("The brief may not answer this exactly").endsWith(plain);
  }
}
