package org.briefbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.briefbot.core.Library;
import org.briefbot.index.BriefIndex;
import org.briefbot.index.IndexOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * BRIEFBOT_INDEX naming a damaged index, or a place no index can be written: the bot starts all the
 * same, from a rebuilt index or from memory, says so in one log line, and answers.
 */
class IndexFaultsTest {
  static final Duration TIMEOUT = Duration.ofSeconds(30);

  @TempDir Path tmp;
  final ListAppender<ILoggingEvent> indexLog = new ListAppender<>();

  @BeforeEach
  void captureTheIndexLog() {
    indexLog.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
    indexLog.start();
    ((Logger) LoggerFactory.getLogger("org.briefbot.index")).addAppender(indexLog);
  }

  @AfterEach
  void stopCapturing() {
    ((Logger) LoggerFactory.getLogger("org.briefbot.index")).detachAppender(indexLog);
  }

  @Test
  void aCorruptedIndexIsRebuiltAndTheBotAnswers() throws IOException {
    Path folder = tmp.resolve("index");
    try (BriefIndex index =
        BriefIndex.open(Library.bundled(), IndexOptions.defaults().withDirectory(folder))) {
      assertThat(index.onDisk()).isTrue();
    }
    String built = Files.readString(folder.resolve("CURRENT")).strip();
    truncate(largestFile(folder.resolve(built)));

    startAndAsk(folder);

    assertThat(warnings())
        .singleElement()
        .asString()
        .contains("is unreadable")
        .contains("rebuilding");
    assertThat(Files.readString(folder.resolve("CURRENT")).strip()).isNotEqualTo(built);
  }

  @Test
  void anIndexFolderThatCannotBeWrittenKeepsTheIndexInMemoryAndTheBotAnswers() throws IOException {
    // A file where the folder should be: no one, root included, can write an index there.
    Path file = Files.writeString(tmp.resolve("index"), "not a folder");

    startAndAsk(file);

    assertThat(warnings())
        .singleElement()
        .asString()
        .contains("cannot be written")
        .contains("keeping the index in memory");
  }

  private void startAndAsk(Path indexFolder) {
    try (FakeSlackApi slack = FakeSlackApi.start();
        FakeSocketMode socket = FakeSocketMode.start(List.of())) {
      slack.socketModeUrl(socket.url());
      Map<String, String> env =
          new HashMap<>(RunningBot.socketEnv(slack, tmp.resolve("feedback.jsonl")));
      env.put("BRIEFBOT_INDEX", indexFolder.toString());
      try (RunningBot bot = RunningBot.start(env)) {
        socket.awaitConnections(1, TIMEOUT);
        ObjectNode payload = SocketModeTest.JSON.createObjectNode();
        SlackRequests.slashCommand("When was the ITPP signed?", "U1", slack.responseUrl("q"))
            .forEach(payload::put);
        socket.send(SocketModeTest.envelope("env-q", "slash_commands", payload));

        FakeSlackApi.Call reply = slack.await(c -> c.path().equals("/response/q"), TIMEOUT);
        assertThat(reply.blocks().toString()).contains("csds-2024-10#s1p2");
      }
    }
  }

  /** Warnings and errors the index logged (through java.util.logging, routed to the bot's log). */
  private List<String> warnings() {
    synchronized (indexLog) {
      return indexLog.list.stream()
          .filter(e -> e.getLevel().isGreaterOrEqual(ch.qos.logback.classic.Level.WARN))
          .map(ILoggingEvent::getFormattedMessage)
          .toList();
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
