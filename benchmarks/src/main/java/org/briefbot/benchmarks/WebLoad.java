package org.briefbot.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.briefbot.core.Library;
import org.briefbot.index.BriefIndex;
import org.briefbot.index.IndexOptions;
import org.briefbot.web.WebServer;
import org.briefbot.web.WebSettings;

/**
 * {@code briefbot serve} under load: {@code POST /api/ask} sent {@code requests} times, {@code
 * concurrency} at a time, over real HTTP on 127.0.0.1, to a server answering from the bundled
 * brief; prints the errors (anything but a 200 with an answer), the throughput and the latency
 * percentiles as a client sees them. Figures are printed, never asserted.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.briefbot.benchmarks.WebLoad [1000 [32
 *     [semantic]]]</pre>
 */
public final class WebLoad {
  /** Questions about the bundled brief, taken in turn. */
  static final List<String> QUESTIONS =
      List.of(
          "When was the ITPP signed?",
          "Who are the AP4?",
          "DPRK munitions to Russia",
          "When did Seoul open its NATO mission?",
          "What does South Korea want from NATO?",
          "Which areas of cooperation does the partnership document list?",
          "How has NATO reciprocated Seoul's interest?",
          "What did the conclusion recommend?");

  private WebLoad() {}

  /**
   * What a run measured.
   *
   * @param requests how many were sent
   * @param concurrency how many were in flight at once
   * @param errors how many failed: not a 200, not an answer, or no response at all
   * @param seconds the wall time of the whole run
   * @param millis each request's latency (kept sorted)
   */
  public record Result(int requests, int concurrency, int errors, double seconds, double[] millis) {
    public Result {
      millis = millis.clone();
      Arrays.sort(millis);
    }

    /** The latencies, sorted; a copy. */
    @Override
    public double[] millis() {
      return millis.clone();
    }

    /** The latency below which {@code p} of the requests finished (nearest rank). */
    public double percentile(double p) {
      int rank = (int) Math.ceil(p * millis.length);
      return millis[Math.max(0, Math.min(millis.length - 1, rank - 1))];
    }

    public String format() {
      return String.format(
          Locale.ROOT,
          "%d requests, %d at a time: %d errors, %.0f requests/s, p50 %.1f ms, p90 %.1f ms,"
              + " p99 %.1f ms, max %.1f ms",
          requests,
          concurrency,
          errors,
          requests / seconds,
          percentile(0.50),
          percentile(0.90),
          percentile(0.99),
          millis[millis.length - 1]);
    }
  }

  /** Sends {@code requests} questions to {@code server}'s API, {@code concurrency} at a time. */
  public static Result run(URI server, int requests, int concurrency) throws InterruptedException {
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    URI ask = server.resolve("/api/ask");
    AtomicInteger next = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    double[] millis = new double[requests];
    ExecutorService workers = Executors.newFixedThreadPool(concurrency);
    long start = System.nanoTime();
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int w = 0; w < concurrency; w++) {
        running.add(
            workers.submit(
                () -> {
                  for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                    String question = QUESTIONS.get(i % QUESTIONS.size());
                    HttpRequest request =
                        HttpRequest.newBuilder(ask)
                            .timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "application/json")
                            .POST(
                                HttpRequest.BodyPublishers.ofString(
                                    "{\"question\": \"" + question.replace("'", "\\u0027") + "\"}"))
                            .build();
                    long sent = System.nanoTime();
                    try {
                      HttpResponse<String> response =
                          client.send(request, HttpResponse.BodyHandlers.ofString());
                      if (response.statusCode() != 200 || !response.body().contains("\"hits\"")) {
                        errors.incrementAndGet();
                      }
                    } catch (IOException e) {
                      errors.incrementAndGet();
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                      return;
                    }
                    millis[i] = (System.nanoTime() - sent) / 1e6;
                  }
                }));
      }
      for (Future<?> worker : running) {
        try {
          worker.get();
        } catch (java.util.concurrent.ExecutionException e) {
          throw new IllegalStateException("a load worker failed", e.getCause());
        }
      }
    } finally {
      workers.shutdownNow();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Result(requests, concurrency, errors.get(), seconds, millis);
  }

  /**
   * Starts a server over the bundled brief (by words unless {@code semantic}), warms it up, loads
   * it, prints the figures; exit code 1 if any request failed.
   */
  public static void main(String[] args) throws Exception {
    int requests = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 32;
    boolean semantic = args.length > 2 && args[2].equals("semantic");
    PrintStream out = System.out;
    try (BriefIndex index =
            BriefIndex.open(Library.bundled(), IndexOptions.defaults().withSemantic(semantic));
        WebServer server =
            WebServer.start(
                index, new WebSettings(Optional.empty(), WebSettings.MAX_RATE), "127.0.0.1", 0)) {
      if (semantic) index.awaitSemantic(Duration.ofSeconds(60));
      out.println("warm-up: " + run(server.address(), 2000, concurrency).format());
      Result result = run(server.address(), requests, concurrency);
      out.println((semantic ? "by meaning: " : "by words: ") + result.format());
      if (result.errors() > 0) System.exit(1);
    }
  }
}
