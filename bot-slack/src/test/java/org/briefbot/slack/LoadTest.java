package org.briefbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.briefbot.core.Library;
import org.briefbot.index.BriefIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 1,000 signed requests, 32 at a time, over loopback: half slash commands (answered through their
 * response_url), half mentions (answered with chat.postMessage in their thread). Every request must
 * be acknowledged with 200 and answered exactly once, with the passage the index ranks first for
 * its question. Latencies are printed, never asserted.
 */
class LoadTest {
  static final int REQUESTS = 1_000;
  static final int CONCURRENCY = 32;
  static final List<String> QUESTIONS =
      List.of(
          "When was the ITPP signed?",
          "who are the AP4?",
          "DPRK munitions to Russia",
          "When did Seoul open its NATO mission?",
          "Who wrote this brief?");

  @TempDir Path tmp;

  @Test
  void answersEveryRequestOnceWithoutErrors() throws Exception {
    Map<String, String> expected = new HashMap<>();
    try (BriefIndex index = BriefIndex.build(Library.bundled())) {
      for (String q : QUESTIONS) expected.put(q, index.ask(q).hits().get(0).passage().id());
    }
    long[] sent = new long[REQUESTS];
    long[] ackNanos = new long[REQUESTS];
    AtomicInteger errors = new AtomicInteger();
    Map<Integer, String> failures = new ConcurrentHashMap<>();

    try (FakeSlackApi slack = FakeSlackApi.start();
        RunningBot bot =
            RunningBot.start(RunningBot.httpEnv(slack, tmp.resolve("feedback.jsonl")))) {
      SlackRequests requests = bot.requests();
      ExecutorService clients = Executors.newFixedThreadPool(CONCURRENCY);
      long start = System.nanoTime();
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < REQUESTS; i++) {
        int n = i;
        futures.add(
            clients.submit(
                () -> {
                  String question = QUESTIONS.get(n % QUESTIONS.size());
                  String body;
                  String type;
                  if (n % 2 == 0) {
                    body =
                        SlackRequests.form(
                            SlackRequests.slashCommand(
                                question, "UL" + n, slack.responseUrl("load-" + n)));
                    type = SlackRequests.FORM;
                  } else {
                    body =
                        SlackRequests.eventCallback(
                            SlackRequests.appMention(
                                "<@UBOT> " + question, "UL" + n, "CLOAD", threadTs(n), null),
                            "EvL" + n);
                    type = SlackRequests.JSON_TYPE;
                  }
                  sent[n] = System.nanoTime();
                  try {
                    HttpResponse<String> r = requests.post(body, type);
                    ackNanos[n] = System.nanoTime() - sent[n];
                    if (r.statusCode() != 200) {
                      errors.incrementAndGet();
                      failures.put(n, r.statusCode() + " " + r.body());
                    }
                  } catch (RuntimeException e) {
                    errors.incrementAndGet();
                    failures.put(n, e.toString());
                  }
                }));
      }
      for (Future<?> f : futures) f.get(2, TimeUnit.MINUTES);
      clients.shutdown();

      List<FakeSlackApi.Call> responses =
          slack.awaitAll(
              c -> c.path().startsWith("/response/load-"), REQUESTS / 2, Duration.ofSeconds(90));
      List<FakeSlackApi.Call> posts =
          slack.awaitAll(
              c -> c.path().equals("/api/chat.postMessage"), REQUESTS / 2, Duration.ofSeconds(90));
      long elapsed = System.nanoTime() - start;

      assertThat(failures).isEmpty();
      assertThat(errors).hasValue(0);
      long[] replyNanos = new long[REQUESTS];
      Map<Integer, Integer> answered = new HashMap<>();
      for (FakeSlackApi.Call c : responses) {
        int n = Integer.parseInt(c.path().substring("/response/load-".length()));
        answered.merge(n, 1, Integer::sum);
        replyNanos[n] = c.receivedNanos() - sent[n];
        assertThat(firstPassage(c.blocks()))
            .as("reply %d", n)
            .isEqualTo(expected.get(QUESTIONS.get(n % QUESTIONS.size())));
      }
      for (FakeSlackApi.Call c : posts) {
        String ts = c.form().get("thread_ts");
        int n = Integer.parseInt(ts.substring(ts.indexOf('.') + 1));
        answered.merge(n, 1, Integer::sum);
        replyNanos[n] = c.receivedNanos() - sent[n];
        assertThat(firstPassage(c.blocks()))
            .as("reply %d", n)
            .isEqualTo(expected.get(QUESTIONS.get(n % QUESTIONS.size())));
      }
      // No lost reply and no duplicate: each of the 1,000 requests answered exactly once.
      assertThat(answered)
          .hasSize(REQUESTS)
          .allSatisfy((n, count) -> assertThat(count).isEqualTo(1));
      assertThat(
              slack.calls().stream()
                  .filter(
                      c ->
                          c.path().startsWith("/response/")
                              || c.path().equals("/api/chat.postMessage")))
          .hasSize(REQUESTS);

      System.out.printf(
          "load: %d signed requests, %d at a time, %.1f s (%.0f/s); errors %d, lost replies %d%n",
          REQUESTS,
          CONCURRENCY,
          elapsed / 1e9,
          REQUESTS / (elapsed / 1e9),
          errors.get(),
          REQUESTS - answered.size());
      System.out.printf(
          "load: ack   p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
          pct(ackNanos, 50), pct(ackNanos, 99), pct(ackNanos, 100));
      System.out.printf(
          "load: reply p50 %.1f ms, p99 %.1f ms, max %.1f ms (request sent to reply at the fake Slack)%n",
          pct(replyNanos, 50), pct(replyNanos, 99), pct(replyNanos, 100));
    }
  }

  private static String threadTs(int n) {
    return "1700002000." + String.format("%06d", n);
  }

  private static String firstPassage(JsonNode blocks) {
    for (JsonNode block : blocks) {
      if (block.has("accessory")) return block.path("accessory").path("value").asText();
    }
    return "(none)";
  }

  /** The p-th percentile in milliseconds, nearest rank. */
  private static double pct(long[] nanos, int p) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
  }
}
