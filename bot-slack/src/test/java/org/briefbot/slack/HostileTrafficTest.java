package org.briefbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.joran.spi.JoranException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * HTTP mode under hostile and faulty traffic, through the real Bolt and Jetty, with the shipped
 * logging configuration rendering into a buffer: statuses, the answers that must still come, and
 * the whole log text read back.
 */
class HostileTrafficTest {
  static final Duration TIMEOUT = Duration.ofSeconds(20);

  /** A token-shaped value in a body; built at run time so the source holds no token. */
  static final String FAKE_TOKEN = "xox" + "b-" + "0000-fake";

  static final String FORGED = "2026-01-01 00:00:00.000 ERROR [main] o.b.slack.SlackBot - forged";

  @TempDir Path tmp;
  final ByteArrayOutputStream log = new ByteArrayOutputStream();
  final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  LoggerContext logging;
  FakeSlackApi slack;
  RunningBot bot;
  URI events;

  @BeforeEach
  void start() throws JoranException {
    logging = (LoggerContext) LoggerFactory.getILoggerFactory();
    configure("/logback.xml");
    Logger root = logging.getLogger(Logger.ROOT_LOGGER_NAME);
    ((OutputStreamAppender<?>) root.getAppender("STDERR")).setOutputStream(log);
    slack = FakeSlackApi.start();
    bot = RunningBot.start(RunningBot.httpEnv(slack, tmp.resolve("feedback.jsonl")));
    events = URI.create("http://127.0.0.1:" + bot.port() + HttpEndpoint.EVENTS_PATH);
  }

  @AfterEach
  void stop() throws JoranException {
    try {
      bot.close();
      slack.close();
    } finally {
      configure("/logback-test.xml");
    }
  }

  private void configure(String resource) throws JoranException {
    logging.reset();
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(logging);
    configurator.doConfigure(HostileTrafficTest.class.getResource(resource));
  }

  private String logText() {
    synchronized (log) {
      return log.toString(StandardCharsets.UTF_8);
    }
  }

  @Test
  void anUnsignedFourMegabyteBodyIsRefusedWithoutReachingTheLog() {
    String body = "{\"type\":\"event_callback\",\"x\":\"" + "A".repeat(4 << 20) + "\"}";

    HttpResponse<String> r = send("POST", events, body.getBytes(StandardCharsets.UTF_8), Map.of());

    assertThat(r.statusCode()).isEqualTo(413);
    // Line by line rather than the whole buffer's size: a Socket Mode client another test left
    // retrying may log a long stack trace here, which says nothing about this body.
    assertThat(logText()).doesNotContain("AAAAAAAAAA");
    assertThat(logText().lines()).allSatisfy(line -> assertThat(line).hasSizeLessThan(1_000));
  }

  @Test
  void anUnsignedBodyWithLineBreaksCannotForgeALogLine() {
    for (String body :
        List.of(
            "{\"a\":\"x\n" + FORGED + "\"}",
            "x\r\n" + FORGED,
            "{\"type\":\"url_verification\",\"token\":\"x\"}")) {
      HttpResponse<String> r =
          send(
              "POST",
              events,
              body.getBytes(StandardCharsets.UTF_8),
              Map.of("Content-Type", "application/json"));
      assertThat(r.statusCode()).isEqualTo(401);
    }

    assertThat(logText()).doesNotContain("forged").doesNotContain("url_verification");
    assertThat(logText().lines()).allSatisfy(line -> assertThat(line).hasSizeLessThan(400));
  }

  @Test
  void signedRequestsFromTheFutureOrInMillisecondsAreRefused() {
    String body =
        SlackRequests.form(
            SlackRequests.slashCommand(
                "When was the ITPP signed?", "U1", slack.responseUrl("future")));
    long now = Instant.now().getEpochSecond();
    for (long timestamp : new long[] {now + 6 * 60, now + 365L * 24 * 3600, now * 1000}) {
      HttpResponse<String> r = signed(body, SlackRequests.FORM, timestamp);
      assertThat(r.statusCode()).as("timestamp %d", timestamp).isEqualTo(401);
    }
    assertThat(signed(body, SlackRequests.FORM, now + 4 * 60).statusCode()).isEqualTo(200);
  }

  @Test
  void aCorrectlySignedBodyIsAcceptedWhateverItsLineEndings() {
    String event =
        SlackRequests.eventCallback(
            SlackRequests.appMention(
                "<@" + FakeSlackApi.BOT_USER_ID + "> When was the ITPP signed?",
                "U2",
                "C9",
                "1700000100.000200",
                null),
            "EvCrLf");
    String crlf = event.replace(",\"event\"", ",\r\n\"event\"") + "\r\n";

    assertThat(signed(crlf, SlackRequests.JSON_TYPE, Instant.now().getEpochSecond()).statusCode())
        .isEqualTo(200);
    FakeSlackApi.Call post = slack.await(c -> c.path().equals("/api/chat.postMessage"), TIMEOUT);
    assertThat(post.blocks().get(0).path("text").path("text").asText())
        .isEqualTo(HttpModeTest.ITPP_SENTENCE);
  }

  @Test
  void anEventWithAWronglyTypedTopLevelFieldIsStillAnswered() throws Exception {
    ObjectNode body =
        (ObjectNode)
            new ObjectMapper()
                .readTree(
                    SlackRequests.eventCallback(
                        SlackRequests.appMention(
                            "<@" + FakeSlackApi.BOT_USER_ID + "> When was the ITPP signed?",
                            "U2",
                            "C7",
                            "1700000200.000300",
                            null),
                        "EvOdd"));
    body.put("authorizations", "not a list");
    body.put("event_id", 42);

    HttpResponse<String> r =
        signed(body.toString(), SlackRequests.JSON_TYPE, Instant.now().getEpochSecond());

    assertThat(r.statusCode()).isEqualTo(200);
    FakeSlackApi.Call post =
        slack.await(
            c -> c.path().equals("/api/chat.postMessage") && "C7".equals(c.form().get("channel")),
            TIMEOUT);
    assertThat(post.blocks().get(0).path("text").path("text").asText())
        .isEqualTo(HttpModeTest.ITPP_SENTENCE);
  }

  @Test
  void malformedSignedBodiesGetA400NeverA500() {
    long now = Instant.now().getEpochSecond();
    for (String body :
        List.of(
            "{\"type\":\"url_verification\",\"token\":\"x\"}",
            "{\"type\":",
            "[1,2,3]",
            "payload=%7B%22type%22%3A42%7D",
            "\u0000\u0001",
            "{\"type\":\"event_callback\"}")) {
      String type = body.startsWith("payload") ? SlackRequests.FORM : SlackRequests.JSON_TYPE;
      HttpResponse<String> r = signed(body, type, now);
      assertThat(r.statusCode()).as(body).isLessThan(500);
    }
    // One short line or two each (Bolt's and ours), never a stack trace.
    assertThat(logText()).doesNotContain("\tat ");
    assertThat(logText().lines().filter(line -> line.contains(" WARN ")))
        .hasSizeLessThanOrEqualTo(12);
  }

  @Test
  void onlyTheEventsAndHealthPathsAreServedAndNothingIsEchoed() {
    String signature = "v0=" + "ab".repeat(32);
    HttpResponse<String> trace =
        send("TRACE", events, new byte[0], Map.of("X-Slack-Signature", signature));
    assertThat(trace.statusCode()).isEqualTo(405);
    assertThat(trace.body()).doesNotContain(signature);
    assertThat(send("GET", events, new byte[0], Map.of()).statusCode()).isEqualTo(405);
    assertThat(send("PUT", events.resolve("/health"), new byte[0], Map.of()).statusCode())
        .isEqualTo(405);
    assertThat(send("POST", events.resolve("/admin"), new byte[0], Map.of()).statusCode())
        .isEqualTo(404);
    assertThat(send("GET", events.resolve("/health"), new byte[0], Map.of()).statusCode())
        .isEqualTo(200);
    assertThat(logText()).doesNotContain(signature);
  }

  /**
   * A short fuzz run with a fixed seed: random methods, paths, headers and bodies, signed and not.
   * Nothing unsigned gets anything but 401/404/405/413, nothing at all gets a 500, the log stays a
   * few short lines, and the bot still answers afterwards.
   */
  @Test
  void fuzzedTrafficNeverGetsA500AndLeavesTheLogShort() {
    Random random = new Random(20261203);
    List<String> samples =
        List.of(
            "{\"type\":\"event_callback\"",
            "payload=",
            "command=/brief",
            "\u00ff\u00fe",
            "\r\n",
            "\n2026-01-01 ERROR forged",
            "{\"token\":\"" + FAKE_TOKEN + "\"}",
            "[]",
            "null",
            "{\"type\":\"block_actions\",\"actions\":7}");
    int requests = 300;
    for (int i = 0; i < requests; i++) {
      StringBuilder body = new StringBuilder();
      for (int parts = random.nextInt(4); parts >= 0; parts--) {
        body.append(samples.get(random.nextInt(samples.size())));
        if (random.nextInt(5) == 0) body.append("x".repeat(random.nextInt(3000)));
      }
      byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
      if (random.nextInt(6) == 0) bytes[random.nextInt(bytes.length)] = (byte) 0xC3; // bad UTF-8
      boolean sign = random.nextBoolean();
      long timestamp = Instant.now().getEpochSecond() + (random.nextInt(4) == 0 ? 600 : 0);
      Map<String, String> headers = new LinkedHashMap<>();
      headers.put(
          "Content-Type", random.nextBoolean() ? SlackRequests.JSON_TYPE : SlackRequests.FORM);
      if (sign) {
        headers.put("X-Slack-Request-Timestamp", Long.toString(timestamp));
        headers.put("X-Slack-Signature", sign(timestamp, bytes));
      }
      HttpResponse<String> r = send("POST", events, bytes, headers);
      assertThat(r.statusCode()).as("request %d", i).isLessThan(500);
      if (!sign) assertThat(r.statusCode()).as("unsigned request %d", i).isIn(401, 413);
    }
    List<String> lines = logText().lines().toList();
    assertThat(lines)
        .allSatisfy(
            line ->
                assertThat(line)
                    .hasSizeLessThan(1_300)
                    .doesNotContain(FAKE_TOKEN)
                    .doesNotStartWith("2026-01-01 ERROR"));
    assertThat(lines.size()).isLessThan(requests);

    assertThat(
            signed(
                    SlackRequests.form(
                        SlackRequests.slashCommand(
                            "When was the ITPP signed?", "U1", slack.responseUrl("after"))),
                    SlackRequests.FORM,
                    Instant.now().getEpochSecond())
                .statusCode())
        .isEqualTo(200);
    assertThat(slack.await(c -> c.path().equals("/response/after"), TIMEOUT).json().toString())
        .contains("July 2023");
  }

  private HttpResponse<String> signed(String body, String contentType, long timestamp) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return send(
        "POST",
        events,
        bytes,
        Map.of(
            "Content-Type",
            contentType,
            "X-Slack-Request-Timestamp",
            Long.toString(timestamp),
            "X-Slack-Signature",
            sign(timestamp, bytes)));
  }

  private static String sign(long timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(
          new SecretKeySpec(
              SlackRequests.SIGNING_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
      return "v0=" + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private HttpResponse<String> send(
      String method, URI uri, byte[] body, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(20))
            .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(request::header);
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
