package org.briefbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {
  final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
  final AtomicLong nanos = new AtomicLong();
  final TerminalProgress progress = new TerminalProgress(err, nanos::get);

  private String shown() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void rewritesOneLineAtMostTenTimesASecondAndAlwaysShowsTheEnd() {
    progress.advanced("indexing passages", 10, 73_807);
    nanos.addAndGet(50_000_000); // too soon: not shown
    progress.advanced("indexing passages", 20, 73_807);
    nanos.addAndGet(60_000_000);
    progress.advanced("indexing passages", 36_904, 73_807);
    progress.advanced("indexing passages", 73_807, 73_807); // the end, however soon

    assertThat(shown())
        .isEqualTo(
            "\rindexing passages 10 of 73,807 (0%)"
                + "\rindexing passages 36,904 of 73,807 (50%)"
                + "\rindexing passages 73,807 of 73,807 (100%)");
  }

  @Test
  void aNewStageShowsAtOnceOverTheLongerLineBefore() {
    progress.advanced("indexing passages", 5, 10);
    progress.advanced("reading", 1, 2);

    String first = "indexing passages 5 of 10 (50%)";
    String second = "reading 1 of 2 (50%)";
    assertThat(shown())
        .isEqualTo("\r" + first + "\r" + second + " ".repeat(first.length() - second.length()));
  }

  @Test
  void closingWipesTheLineSoOutputStartsClean() {
    progress.advanced("reading briefs", 3, 3);
    progress.close();
    progress.close();

    String line = "reading briefs 3 of 3 (100%)";
    assertThat(shown()).isEqualTo("\r" + line + "\r" + " ".repeat(line.length()) + "\r");
  }

  @Test
  void hiddenOrNotAtATerminalItPrintsNothing() {
    // Tests run without a console, as a pipe or a CI log would.
    TerminalProgress onConsole = TerminalProgress.onConsole(err);
    onConsole.advanced("reading briefs", 1, 1);
    onConsole.close();
    TerminalProgress hidden = TerminalProgress.hidden();
    hidden.advanced("reading briefs", 1, 1);
    hidden.close();

    assertThat(shown()).isEmpty();
  }
}
