package org.briefbot.slack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What Slack sends an app in HTTP mode, built and signed the way Slack does: {@code v0=} and the
 * hex HMAC-SHA256 of {@code v0:timestamp:body} under the signing secret. The payloads are also the
 * ones Socket Mode wraps in envelopes.
 */
final class SlackRequests {
  static final String SIGNING_SECRET = "fake-signing-secret-0c41b7";
  static final String FORM = "application/x-www-form-urlencoded";
  static final String JSON_TYPE = "application/json";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final URI events;

  SlackRequests(int port) {
    this.events = URI.create("http://127.0.0.1:" + port + HttpEndpoint.EVENTS_PATH);
  }

  /** Posts {@code body} signed now with the right secret. */
  HttpResponse<String> post(String body, String contentType) {
    return post(body, contentType, Instant.now().getEpochSecond(), SIGNING_SECRET);
  }

  /** Posts {@code body} signed at {@code timestamp} (seconds) with {@code secret}. */
  HttpResponse<String> post(String body, String contentType, long timestamp, String secret) {
    HttpRequest request =
        HttpRequest.newBuilder(events)
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", contentType)
            .header("X-Slack-Request-Timestamp", Long.toString(timestamp))
            .header("X-Slack-Signature", sign(secret, timestamp, body))
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpResponse<String> get(String path) {
    try {
      return client.send(
          HttpRequest.newBuilder(events.resolve(path)).timeout(Duration.ofSeconds(10)).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String sign(String secret, long timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] digest =
          mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
      return "v0=" + HexFormat.of().formatHex(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The fields of a slash command invocation. */
  static Map<String, String> slashCommand(String text, String userId, String responseUrl) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("token", "legacy-verification-token");
    f.put("team_id", "T1");
    f.put("team_domain", "fake");
    f.put("channel_id", "C1");
    f.put("channel_name", "general");
    f.put("user_id", userId);
    f.put("user_name", "ann");
    f.put("command", "/brief");
    f.put("text", text);
    f.put("api_app_id", "A1");
    f.put("is_enterprise_install", "false");
    f.put("response_url", responseUrl);
    f.put("trigger_id", "1.2.3");
    return f;
  }

  static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
        .collect(Collectors.joining("&"));
  }

  /** An Events API callback around {@code event}. */
  static String eventCallback(ObjectNode event, String eventId) {
    ObjectNode body = JSON.createObjectNode();
    body.put("token", "legacy-verification-token");
    body.put("team_id", "T1");
    body.put("api_app_id", "A1");
    body.put("type", "event_callback");
    body.put("event_id", eventId);
    body.put("event_time", Instant.now().getEpochSecond());
    body.set("event", event);
    return body.toString();
  }

  static ObjectNode appMention(
      String text, String userId, String channel, String ts, String threadTs) {
    ObjectNode e = JSON.createObjectNode();
    e.put("type", "app_mention");
    e.put("user", userId);
    e.put("text", text);
    e.put("ts", ts);
    if (threadTs != null) e.put("thread_ts", threadTs);
    e.put("channel", channel);
    e.put("event_ts", ts);
    return e;
  }

  static ObjectNode directMessage(
      String text, String userId, String channel, String ts, String threadTs) {
    ObjectNode e = JSON.createObjectNode();
    e.put("type", "message");
    e.put("channel_type", "im");
    e.put("user", userId);
    e.put("text", text);
    e.put("ts", ts);
    if (threadTs != null) e.put("thread_ts", threadTs);
    e.put("channel", channel);
    e.put("event_ts", ts);
    return e;
  }

  /** A click on a button in a message the bot sent; {@code ephemeral} for a private reply. */
  static ObjectNode blockAction(
      String actionId, String value, String userId, String responseUrl, boolean ephemeral) {
    ObjectNode p = JSON.createObjectNode();
    p.put("type", "block_actions");
    ObjectNode user = p.putObject("user");
    user.put("id", userId);
    user.put("username", "ann");
    user.put("team_id", "T1");
    p.put("api_app_id", "A1");
    p.put("token", "legacy-verification-token");
    ObjectNode container = p.putObject("container");
    container.put("type", "message");
    container.put("message_ts", "1700000000.000100");
    container.put("channel_id", "C1");
    container.put("is_ephemeral", ephemeral);
    p.put("trigger_id", "1.2.3");
    p.putObject("team").put("id", "T1").put("domain", "fake");
    p.putObject("channel").put("id", "C1").put("name", "general");
    p.put("response_url", responseUrl);
    ArrayNode actions = p.putArray("actions");
    ObjectNode action = actions.addObject();
    action.put("action_id", actionId);
    action.put("block_id", "b1");
    action.putObject("text").put("type", "plain_text").put("text", "button").put("emoji", true);
    action.put("value", value);
    action.put("type", "button");
    action.put("action_ts", "1700000001.000200");
    return p;
  }

  /** How HTTP mode carries interactivity: a form with one field, the JSON payload. */
  static String interactive(ObjectNode payload) {
    return "payload=" + enc(payload.toString());
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
