package org.briefbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.briefbot.core.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code briefbot index} run by a person at a real terminal: util-linux's {@code script} gives the
 * command a pseudo-terminal, as a shell window would, and records what it drew there.
 */
class ProgressAtATerminalTest {
  @TempDir Path briefs;
  @TempDir Path work;

  @Test
  void indexShowsReadingAndIndexingAdvanceThenWipesTheLine() throws Exception {
    String bundled;
    try (var in = Library.class.getResourceAsStream("bundled/csds-2024-10-south-korea-nato.txt")) {
      bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    for (int i = 1; i <= 40; i++) {
      // Forty briefs with their own ids (the series number is the id).
      Files.writeString(
          briefs.resolve("brief-" + i + ".txt"),
          bundled.replaceFirst("10/2024", i + "/2024"),
          StandardCharsets.UTF_8);
    }

    String drawn =
        atATerminal(
            "index", "--no-semantic", "--briefs", briefs.toString(), "--index", work.toString());

    assertThat(drawn).contains("\rreading briefs 40 of 40 (100%)");
    assertThat(drawn).contains("\rindexing passages 920 of 920 (100%)");
    // The summary starts on a wiped line, after the progress, not tangled in it.
    String summary = "40 briefs, 920 passages indexed in " + work;
    assertThat(drawn).contains("\r" + " ".repeat("indexing passages 920 of 920 (100%)".length()));
    assertThat(drawn.indexOf(summary)).isGreaterThan(drawn.lastIndexOf("(100%)"));
  }

  /** What the command drew on a pseudo-terminal, carriage returns kept. */
  private String atATerminal(String... args) throws IOException, InterruptedException {
    StringBuilder command = new StringBuilder();
    command
        .append(Path.of(System.getProperty("java.home"), "bin", "java"))
        .append(" -cp ")
        .append(System.getProperty("java.class.path"))
        .append(' ')
        .append(Main.class.getName());
    for (String arg : args) command.append(' ').append(arg);
    Path typescript = work.resolve("typescript");
    Process script =
        new ProcessBuilder(
                List.of(
                    "script", "--quiet", "--return", "--command", command.toString(), "/dev/null"))
            .redirectErrorStream(true)
            .redirectOutput(typescript.toFile())
            .start();
    script.getOutputStream().close();
    assertThat(script.waitFor(120, TimeUnit.SECONDS)).as("briefbot index finished").isTrue();
    String drawn = Files.readString(typescript, StandardCharsets.UTF_8);
    assertThat(script.exitValue()).as(drawn).isZero();
    return drawn;
  }
}
