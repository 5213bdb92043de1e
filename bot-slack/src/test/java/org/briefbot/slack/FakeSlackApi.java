package org.briefbot.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * A local stand-in for Slack's side of HTTP: the Web API methods the bot calls (auth.test,
 * apps.connections.open, chat.postMessage, chat.postEphemeral) under {@link #apiUrl()}, and
 * response_url endpoints under {@link #responseUrl}. Every request is recorded as it arrives; tests
 * wait for the ones they expect. Listens on 127.0.0.1, on a free port, until closed.
 */
final class FakeSlackApi implements AutoCloseable {
  static final String BOT_TOKEN = "xoxb-fake-bot-token-7f3a9c";
  static final String APP_TOKEN = "xapp-fake-app-token-51d2e8";
  static final String BOT_USER_ID = "UBOT";
  static final String BOT_ID = "BBOT";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One request as it reached the fake. */
  record Call(
      String path, String authorization, String contentType, String body, long receivedNanos) {
    /** The form fields (chat.postMessage and friends are form-encoded). */
    Map<String, String> form() {
      Map<String, String> fields = new LinkedHashMap<>();
      if (body.isEmpty()) return fields;
      for (String pair : body.split("&")) {
        int eq = pair.indexOf('=');
        String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        fields.put(k, v);
      }
      return fields;
    }

    /** The JSON body (response_url posts are JSON). */
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + body, e);
      }
    }

    /** The blocks of a posted message, from either encoding. */
    JsonNode blocks() {
      if (path.startsWith("/api/")) {
        String blocks = form().get("blocks");
        try {
          return blocks == null ? JSON.createArrayNode() : JSON.readTree(blocks);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return json().path("blocks");
    }

    /** Everything a user could see: the fallback text and every block, as sent. */
    String visible() {
      String text =
          path.startsWith("/api/")
              ? form().getOrDefault("text", "")
              : json().path("text").asText("");
      return text + "\n" + blocks();
    }
  }

  private final HttpServer server;
  private final ExecutorService executor;
  private final List<Call> calls = new ArrayList<>();
  private final AtomicLong ts = new AtomicLong(1_700_000_000_000_000L);
  private volatile String acceptedBotToken = BOT_TOKEN;
  private volatile String acceptedAppToken = APP_TOKEN;
  private volatile String socketModeUrl = "ws://127.0.0.1:1/unset";
  private volatile CountDownLatch replyGate = new CountDownLatch(0);
  private final java.util.concurrent.atomic.AtomicInteger rateLimited =
      new java.util.concurrent.atomic.AtomicInteger();

  private FakeSlackApi(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  static FakeSlackApi start() {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
      ExecutorService executor = Executors.newFixedThreadPool(48);
      FakeSlackApi fake = new FakeSlackApi(server, executor);
      server.createContext("/", fake::handle);
      server.setExecutor(executor);
      server.start();
      return fake;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What SLACK_API_URL should be. */
  String apiUrl() {
    return base() + "/api/";
  }

  /** A response_url the bot may answer a command or button at. */
  String responseUrl(String id) {
    return base() + "/response/" + id;
  }

  private String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  void rejectBotToken() {
    acceptedBotToken = "none";
  }

  void rejectAppToken() {
    acceptedAppToken = "none";
  }

  /** Where apps.connections.open sends the Socket Mode client. */
  void socketModeUrl(String url) {
    socketModeUrl = url;
  }

  /**
   * Answers the next {@code count} chat.postMessage calls with 429 and Retry-After: 1, as Slack
   * does.
   */
  void rateLimitNextPosts(int count) {
    rateLimited.set(count);
  }

  /**
   * Holds every reply (chat.postMessage, response_url) unanswered until {@link #releaseReplies}.
   */
  void holdReplies() {
    replyGate = new CountDownLatch(1);
  }

  void releaseReplies() {
    replyGate.countDown();
  }

  synchronized List<Call> calls() {
    return List.copyOf(calls);
  }

  /** Waits for the first call matching {@code what}; fails after {@code timeout}. */
  Call await(Predicate<Call> what, Duration timeout) {
    return awaitAll(what, 1, timeout).get(0);
  }

  /** Waits until {@code count} calls match; fails after {@code timeout} saying what did arrive. */
  synchronized List<Call> awaitAll(Predicate<Call> what, int count, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      List<Call> matching = calls.stream().filter(what).toList();
      if (matching.size() >= count) return matching;
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError(
            "expected "
                + count
                + " matching calls within "
                + timeout
                + ", got "
                + matching.size()
                + "; all calls: "
                + calls.stream().map(Call::path).toList());
      }
      try {
        TimeUnit.NANOSECONDS.timedWait(this, left);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted");
      }
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      String path = exchange.getRequestURI().getPath();
      Call call =
          new Call(
              path,
              String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")),
              String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type")),
              body,
              System.nanoTime());
      synchronized (this) {
        calls.add(call);
        notifyAll();
      }
      String token = bearer(call);
      String answer;
      switch (path) {
        case "/api/auth.test" ->
            answer =
                token.equals(acceptedBotToken)
                    ? "{\"ok\":true,\"url\":\"https://fake.slack.test/\",\"team\":\"Fake\",\"user\":\"briefbot\","
                        + "\"team_id\":\"T1\",\"user_id\":\""
                        + BOT_USER_ID
                        + "\",\"bot_id\":\""
                        + BOT_ID
                        + "\"}"
                    : "{\"ok\":false,\"error\":\"invalid_auth\"}";
        case "/api/apps.connections.open" ->
            answer =
                token.equals(acceptedAppToken)
                    ? "{\"ok\":true,\"url\":\"" + socketModeUrl + "\"}"
                    : "{\"ok\":false,\"error\":\"invalid_auth\"}";
        case "/api/chat.postMessage", "/api/chat.postEphemeral" -> {
          awaitGate();
          if (path.equals("/api/chat.postMessage")
              && rateLimited.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            exchange.getResponseHeaders().set("Retry-After", "1");
            reply(
                exchange,
                429,
                "application/json; charset=utf-8",
                "{\"ok\":false,\"error\":\"ratelimited\"}");
            return;
          }
          answer =
              token.equals(acceptedBotToken)
                  ? "{\"ok\":true,\"channel\":\""
                      + call.form().get("channel")
                      + "\",\"ts\":\""
                      + nextTs()
                      + "\",\"message_ts\":\""
                      + nextTs()
                      + "\"}"
                  : "{\"ok\":false,\"error\":\"invalid_auth\"}";
        }
        default -> {
          if (path.startsWith("/response/")) {
            awaitGate();
            reply(exchange, 200, "text/plain", "ok");
            return;
          }
          answer = "{\"ok\":false,\"error\":\"unknown_method\"}";
        }
      }
      reply(exchange, 200, "application/json; charset=utf-8", answer);
    }
  }

  private void awaitGate() {
    try {
      if (!replyGate.await(30, TimeUnit.SECONDS))
        throw new IllegalStateException("replies held for 30 s");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private String nextTs() {
    long micros = ts.incrementAndGet();
    return micros / 1_000_000 + "." + String.format("%06d", micros % 1_000_000);
  }

  private static String bearer(Call call) {
    if (call.authorization().startsWith("Bearer ")) return call.authorization().substring(7);
    return call.path().startsWith("/api/") ? call.form().getOrDefault("token", "") : "";
  }

  private static void reply(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  @Override
  public void close() {
    replyGate.countDown();
    server.stop(0);
    executor.shutdownNow();
  }
}
