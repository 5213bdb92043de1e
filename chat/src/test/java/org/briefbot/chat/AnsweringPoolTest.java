package org.briefbot.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Answers are computed and delivered on bounded queues: a flood is refused, not queued. */
class AnsweringPoolTest {
  private final Logger logger = (Logger) LoggerFactory.getLogger(AnsweringPool.class);
  private final ListAppender<ILoggingEvent> log = new ListAppender<>();

  /** What the pool logs is asserted here, not printed. */
  @BeforeEach
  void captureTheLog() {
    log.start();
    logger.addAppender(log);
    logger.setAdditive(false);
  }

  @AfterEach
  void releaseTheLog() {
    logger.detachAppender(log);
    logger.setAdditive(true);
  }

  private List<String> logged(Level level) {
    return log.list.stream()
        .filter(e -> e.getLevel() == level)
        .map(ILoggingEvent::getFormattedMessage)
        .toList();
  }

  @Test
  void refusesQuestionsOnceItsQueueIsFullAndStillAnswersThoseItTook() throws Exception {
    CountDownLatch busy = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    List<String> sent = new CopyOnWriteArrayList<>();
    try (AnsweringPool pool = new AnsweringPool(1, 1, 2)) {
      assertThat(
              pool.submit(
                  "blocker",
                  () -> {
                    busy.countDown();
                    assertThat(release.await(30, TimeUnit.SECONDS)).isTrue();
                    return () -> sent.add("blocker");
                  },
                  () -> {}))
          .isTrue();
      assertThat(busy.await(30, TimeUnit.SECONDS)).isTrue();

      // One worker busy, a queue of two: the third question waiting is refused at once.
      assertThat(pool.submit("q1", () -> () -> sent.add("q1"), () -> {})).isTrue();
      assertThat(pool.submit("q2", () -> () -> sent.add("q2"), () -> {})).isTrue();
      int refused = 0;
      for (int i = 0; i < 200; i++) {
        if (!pool.submit("flood", () -> () -> sent.add("flood"), () -> {})) refused++;
      }
      assertThat(refused).isEqualTo(200);
      // One line for the flood, not one for each question refused.
      assertThat(logged(Level.WARN))
          .containsExactly(
              "too many questions are waiting to be answered; the next are told the bot is busy "
                  + "until it catches up");
      assertThat(pool.closed()).as("refused because full, not closed").isFalse();

      release.countDown();
    } // close() lets what was taken finish
    assertThat(sent).containsExactly("blocker", "q1", "q2");
  }

  @Test
  void oneWorkerAnswersAndDeliversInTheOrderAsked() {
    List<Integer> computed = new CopyOnWriteArrayList<>();
    List<Integer> delivered = new CopyOnWriteArrayList<>();
    try (AnsweringPool pool = new AnsweringPool(1, 1, 100)) {
      for (int i = 0; i < 50; i++) {
        int question = i;
        assertThat(
                pool.submit(
                    "question " + i,
                    () -> {
                      computed.add(question);
                      return () -> delivered.add(question);
                    },
                    () -> {}))
            .isTrue();
      }
    }
    List<Integer> inOrder = IntStream.range(0, 50).boxed().toList();
    assertThat(computed).isEqualTo(inOrder);
    assertThat(delivered).isEqualTo(inOrder);
  }

  @Test
  void closingFinishesWhatWasTakenThenRefusesEverything() {
    List<String> delivered = new CopyOnWriteArrayList<>();
    AnsweringPool pool = new AnsweringPool(2, 2, 10);
    for (int i = 0; i < 10; i++) {
      String name = "q" + i;
      pool.submit(name, () -> () -> delivered.add(name), () -> {});
    }

    pool.close();

    assertThat(delivered).hasSize(10);
    assertThat(pool.closed()).isTrue();
    assertThat(pool.submit("late", () -> () -> delivered.add("late"), () -> {})).isFalse();
    assertThat(delivered).doesNotContain("late");
    pool.close(); // closing twice is harmless
  }

  @Test
  void aFailureWhileAnsweringOrDeliveringRunsTheApology() {
    List<String> apologies = new CopyOnWriteArrayList<>();
    try (AnsweringPool pool = new AnsweringPool(1, 1, 10)) {
      pool.submit(
          "question",
          () -> {
            throw new IllegalStateException("the index is gone");
          },
          () -> apologies.add("answering"));
      pool.submit(
          "question",
          () ->
              () -> {
                throw new IOException("the platform hung up");
              },
          () -> apologies.add("delivering"));
      pool.submit(
          "question",
          () -> {
            throw new IllegalStateException("and again");
          },
          () -> {
            throw new IOException("the apology fails too");
          });
      pool.submit("question", () -> () -> apologies.add("still answering"), () -> {});
    }
    assertThat(apologies).containsExactly("answering", "delivering", "still answering");
    // Each failure is logged with its stack trace (answers and deliveries on their own threads, so
    // in either order); an apology that fails, in one line.
    assertThat(log.list)
        .filteredOn(e -> e.getLevel() == Level.ERROR)
        .extracting(e -> e.getThrowableProxy().getMessage())
        .containsExactlyInAnyOrder("the index is gone", "the platform hung up", "and again");
    assertThat(logged(Level.WARN))
        .containsExactly(
            "could not tell the user that answering a question failed: "
                + "java.io.IOException: the apology fails too");
  }

  @Test
  void rejectsAPoolWithoutThreadsOrQueue() {
    assertThatThrownBy(() -> new AnsweringPool(0, 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("threads and capacity must be at least 1, were 0, 1, 1");
    assertThatThrownBy(() -> new AnsweringPool(1, 1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("threads and capacity must be at least 1, were 1, 1, 0");
  }
}
