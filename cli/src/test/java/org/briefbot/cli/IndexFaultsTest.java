package org.briefbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --index} pointing at a damaged index, or at a place no index can be written: questions are
 * still answered (from a rebuilt index, or from memory) after one log line; only {@code briefbot
 * index}, whose one job is the folder, fails.
 */
class IndexFaultsTest {
  static final String QUESTION = "When was the ITPP signed?";
  static final String ANSWER = "[csds-2024-10#s1p2]";

  @TempDir Path temp;
  final List<LogRecord> warnings = new CopyOnWriteArrayList<>();
  final Logger indexLogger = Logger.getLogger("org.briefbot.index");
  final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          if (record.getLevel().intValue() >= Level.WARNING.intValue()) warnings.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void captureWarnings() {
    indexLogger.addHandler(capture);
  }

  @AfterEach
  void stopCapturing() {
    indexLogger.removeHandler(capture);
  }

  @Test
  void aCorruptedIndexIsRebuiltAndTheQuestionAnswered() throws IOException {
    Path folder = temp.resolve("index");
    assertThat(Cli.run("index", "--index", folder.toString()).code()).isZero();
    String built = current(folder);
    truncate(largestFile(folder.resolve(built)));

    Cli.Run run = Cli.run("ask", "--index", folder.toString(), QUESTION);

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains(ANSWER);
    assertThat(run.err()).isEmpty();
    assertThat(warnings)
        .singleElement()
        .satisfies(r -> assertThat(r.getMessage()).contains("unreadable"));
    assertThat(current(folder)).isNotEqualTo(built);
  }

  @Test
  void aFileWhereTheIndexFolderShouldBeStillGetsAnAnswer() throws IOException {
    Path file = Files.writeString(temp.resolve("index"), "not a folder");

    Cli.Run run = Cli.run("ask", "--index", file.toString(), QUESTION);

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains(ANSWER);
    assertThat(run.err()).isEmpty();
    assertThat(warnings).hasSize(1);
  }

  @Test
  void anIndexFolderThatCannotBeCreatedStillGetsAnAnswer() throws IOException {
    // Under a file: no folder can be made there, whoever runs the test (root included).
    Path folder = Files.writeString(temp.resolve("plain"), "x").resolve("index");

    Cli.Run run =
        Cli.withEnv(
            java.util.Map.of("BRIEFBOT_INDEX", folder.toString()), "ask", "--json", QUESTION);

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("\"id\":\"csds-2024-10#s1p2\"");
    assertThat(warnings).hasSize(1);
  }

  @Test
  void theIndexCommandFailsWhenItCannotWriteTheFolder() throws IOException {
    Path file = Files.writeString(temp.resolve("index"), "not a folder");

    Cli.Run run = Cli.run("index", "--index", file.toString());

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "briefbot: the index could not be written in " + file + " (see the warning above)\n");
  }

  /** As a user runs it: the warning is one line on standard error, and the answer follows. */
  @Test
  void inATerminalTheFallbackIsOneLineOnStandardError() throws Exception {
    Path file = Files.writeString(temp.resolve("index"), "not a folder");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder builder =
        new ProcessBuilder(
                java.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "ask",
                "--index",
                file.toString(),
                QUESTION)
            .redirectError(temp.resolve("err.txt").toFile())
            .redirectOutput(temp.resolve("out.txt").toFile());
    builder.environment().remove("BRIEFBOT_DEBUG");
    Process process = builder.start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the CLI finished").isTrue();

    assertThat(process.exitValue()).isZero();
    assertThat(Files.readString(temp.resolve("out.txt"), StandardCharsets.UTF_8)).contains(ANSWER);
    assertThat(Files.readAllLines(temp.resolve("err.txt"), StandardCharsets.UTF_8))
        .containsExactly(
            "briefbot: WARNING: index folder "
                + file
                + " cannot be written (FileAlreadyExistsException: "
                + file
                + "); keeping the index in memory");
  }

  private static String current(Path folder) throws IOException {
    return Files.readString(folder.resolve("CURRENT"), StandardCharsets.UTF_8).strip();
  }

  private static Path largestFile(Path generation) throws IOException {
    try (Stream<Path> files = Files.list(generation)) {
      return files
          .filter(Files::isRegularFile)
          .max(Comparator.comparingLong(f -> f.toFile().length()))
          .orElseThrow();
    }
  }

  private static void truncate(Path file) throws IOException {
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.setLength(raf.length() / 2);
    }
  }
}
