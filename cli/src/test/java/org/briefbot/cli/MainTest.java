package org.briefbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line as a whole: commands, help, usage errors and exit codes. */
class MainTest {
  @ParameterizedTest
  @ValueSource(strings = {"ask", "show", "outline", "eval", "index"})
  void everyCommandHasHelp(String command) {
    Cli.Run run = Cli.run(command, "--help");

    assertThat(run.code()).isZero();
    assertThat(run.out()).startsWith("Usage: briefbot " + command);
    assertThat(run.err()).isEmpty();
  }

  @Test
  void theTopLevelHelpListsTheCommands() {
    Cli.Run run = Cli.run("--help");

    assertThat(run.code()).isZero();
    assertThat(run.out())
        .startsWith("Usage: briefbot")
        .contains("  ask ", "  show ", "  outline ", "  eval ", "  index ", "  help ");
  }

  @Test
  void helpNamesACommandsOptions() {
    Cli.Run run = Cli.run("help", "ask");

    assertThat(run.code()).isZero();
    assertThat(run.out())
        .startsWith("Usage: briefbot ask")
        .contains("--json", "--limit", "--brief", "--briefs", "--index");
  }

  @Test
  void shortHelpWorksToo() {
    assertThat(Cli.run("ask", "-h").code()).isZero();
    assertThat(Cli.run("-h").code()).isZero();
  }

  @Test
  void printsItsVersion() {
    Cli.Run run = Cli.run("--version");

    assertThat(run.code()).isZero();
    assertThat(run.out()).isEqualTo("briefbot 0.1.0\n");
  }

  @Test
  void noCommandIsAUsageErrorWithTheUsage() {
    Cli.Run run = Cli.run();

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .startsWith("Usage: briefbot")
        .contains("Commands:")
        .endsWith("briefbot: name a command, e.g. briefbot ask \"When was the ITPP signed?\"\n");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void anUnknownCommandIsAUsageErrorWithTheUsage() {
    Cli.Run run = Cli.run("frobnicate");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .startsWith("Unmatched argument at index 0: 'frobnicate'")
        .contains("Usage: briefbot");
  }

  @Test
  void anUnknownTopLevelOptionIsAUsageError() {
    Cli.Run run = Cli.run("--frobnicate");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).startsWith("Unknown option: '--frobnicate'");
  }
}
