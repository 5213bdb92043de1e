package org.briefbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.briefbot.core.Library;
import org.briefbot.index.BriefIndex;
import org.briefbot.index.IndexOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * BRIEFBOT_INDEX naming a damaged index, or a place no index can be written: the bot starts all the
 * same, from a rebuilt index or from memory, says so in one line of its own log (the index's
 * java.util.logging is routed there), and answers.
 */
class IndexFaultsTest {
  static final Duration TIMEOUT = Duration.ofSeconds(30);

  @TempDir Path tmp;

  @Test
  void aCorruptedIndexIsRebuiltAndTheBotAnswers() throws Exception {
    Path folder = tmp.resolve("index");
    try (BriefIndex index =
        BriefIndex.open(Library.bundled(), IndexOptions.defaults().withDirectory(folder))) {
      assertThat(index.onDisk()).isTrue();
    }
    String built = Files.readString(folder.resolve("CURRENT")).strip();
    truncate(largestFile(folder.resolve(built)));

    List<String> warnings = startAndAsk(folder);

    assertThat(warnings)
        .singleElement()
        .asString()
        .contains("is unreadable")
        .contains("rebuilding");
    assertThat(Files.readString(folder.resolve("CURRENT")).strip()).isNotEqualTo(built);
  }

  @Test
  void anIndexFolderThatCannotBeWrittenKeepsTheIndexInMemoryAndTheBotAnswers() throws Exception {
    // A file where the folder should be: no one, root included, can write an index there.
    Path file = Files.writeString(tmp.resolve("index"), "not a folder");

    List<String> warnings = startAndAsk(file);

    assertThat(warnings)
        .singleElement()
        .asString()
        .contains("cannot be written")
        .contains("keeping the index in memory");
  }

  /** Runs the bot on {@code indexFolder}, asks one question; returns the index's warnings. */
  private List<String> startAndAsk(Path indexFolder) throws Exception {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (FakeDiscord discord = FakeDiscord.start();
        LogCapture logs = LogCapture.capture()) {
      CompletableFuture<Integer> exit = new CompletableFuture<>();
      Thread runner =
          new Thread(
              () ->
                  exit.complete(
                      Main.run(
                          new String[0],
                          discord.env(
                              "BRIEFBOT_INDEX",
                              indexFolder.toString(),
                              "BRIEFBOT_FEEDBACK",
                              tmp.resolve("f.jsonl").toString()),
                          new PrintStream(
                              new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                          new PrintStream(err, true, StandardCharsets.UTF_8))),
              "briefbot-main");
      runner.start();
      discord.awaitSessions(1, TIMEOUT);

      String token =
          discord.slash("1400000000000000600", "ask", "question", "When was the ITPP signed?");
      assertThat(discord.awaitEdit(token).body().at("/embeds/0/fields/0/name").asText())
          .isEqualTo("§1 \"Introduction\" ¶2 · csds-2024-10#s1p2");

      runner.interrupt();
      assertThat(exit.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(Main.OK);
      assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
      return logs.lines().stream().filter(l -> l.startsWith("WARN org.briefbot.index")).toList();
    }
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
