package org.briefbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Replies are computed and sent on bounded queues: a flood is refused, not queued without end. */
class ReplyPipelineTest {
  @Test
  void refusesWorkOnceItsQueueIsFullAndStillFinishesWhatItTook() throws Exception {
    CountDownLatch busy = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    List<String> sent = new CopyOnWriteArrayList<>();
    try (ReplyPipeline pipeline = new ReplyPipeline(1, 1, 2)) {
      assertThat(
              pipeline.submit(
                  "blocker",
                  () -> {
                    busy.countDown();
                    assertThat(release.await(30, TimeUnit.SECONDS)).isTrue();
                    return () -> sent.add("blocker");
                  },
                  () -> {}))
          .isTrue();
      assertThat(busy.await(30, TimeUnit.SECONDS)).isTrue();

      // One thread busy, a queue of two: the third question waiting is refused at once.
      assertThat(pipeline.submit("q1", () -> () -> sent.add("q1"), () -> {})).isTrue();
      assertThat(pipeline.submit("q2", () -> () -> sent.add("q2"), () -> {})).isTrue();
      int refused = 0;
      for (int i = 0; i < 200; i++) {
        if (!pipeline.submit("flood", () -> () -> sent.add("flood"), () -> {})) refused++;
      }
      assertThat(refused).isEqualTo(200);

      release.countDown();
    } // close() lets what was taken finish
    assertThat(sent).containsExactlyInAnyOrder("blocker", "q1", "q2");
  }

  @Test
  void rejectsAPoolWithoutThreadsOrQueue() {
    assertThatThrownBy(() -> new ReplyPipeline(0, 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("threads and capacity must be at least 1, were 0, 1");
  }
}
