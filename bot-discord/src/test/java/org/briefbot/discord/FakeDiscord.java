package org.briefbot.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * A local Discord for tests, on 127.0.0.1 with ports chosen by the system: the REST API (users/@me,
 * command registration, interaction callbacks, webhook edits and follow-ups, channel messages) and
 * a gateway WebSocket (HELLO, IDENTIFY, READY, GUILD_CREATE, heartbeats, dispatches, RESUME with
 * replay of missed dispatches). It records every request and every gateway frame it receives, so
 * tests can assert what the real client sent, and it can drop the connection, ask the client to
 * reconnect, or refuse a resume, as Discord does. It answers only as far as JDA needs, in the
 * shapes Discord uses.
 */
final class FakeDiscord implements AutoCloseable {
  static final String TOKEN = "MTEwMDAwMDAwMDAwMDAwMDAwMQ.fake.secret-token-value";
  static final String BOT_ID = "1100000000000000001";
  static final String APP_ID = BOT_ID;
  static final String GUILD_ID = "1200000000000000002";
  static final String CHANNEL_ID = "1300000000000000003";
  static final String USER_ID = "1400000000000000004";
  static final String COMMAND_ID = "1500000000000000005";
  static final String DM_CHANNEL_ID = "1700000000000000007";

  /** A channel where @everyone, the bot included, may read but not send. */
  static final String READ_ONLY_CHANNEL_ID = "1800000000000000008";

  /** View channel, send messages, embed links, read history, use application commands. */
  static final String PERMISSIONS =
      Long.toString((1L << 10) | (1L << 11) | (1L << 14) | (1L << 16) | (1L << 31));

  static final int MESSAGE_CONTENT_INTENT = 1 << 15;

  private static final ObjectMapper JSON = new ObjectMapper();

  /** allowed_mentions that let a message notify nobody. */
  static final JsonNode NO_MENTIONS =
      JSON.createObjectNode().put("replied_user", false).set("parse", JSON.createArrayNode());

  private static final long DISCORD_EPOCH = 1420070400000L;

  /** One HTTP request as the fake received it. */
  record Request(
      String method,
      String path,
      String query,
      Map<String, String> headers,
      JsonNode body,
      Instant received) {
    boolean is(String method, String pathPattern) {
      return this.method.equals(method) && path.matches(pathPattern);
    }

    @Override
    public String toString() {
      return method + " " + path + (query == null ? "" : "?" + query) + " " + body;
    }
  }

  private final HttpServer rest;
  private final ExecutorService restThreads = Executors.newFixedThreadPool(4);
  private final Gateway gateway;
  private final String validToken;
  private final boolean allowMessageContent;
  private final List<Request> requests = new ArrayList<>();
  private final List<JsonNode> frames = new ArrayList<>();
  private final List<String> handshakes = new ArrayList<>();
  private final AtomicLong ids = new AtomicLong();
  private volatile WebSocket client;
  private int sequence;

  /** Every dispatch of the current session, for a client that resumes it (Discord replays them). */
  private final List<ObjectNode> sent = new ArrayList<>();

  /** "ready" or "resumed" for each session the client started or resumed. */
  private final List<String> sessions = new ArrayList<>();

  private volatile boolean refuseNextResume;
  private volatile boolean rejectAtGateway;

  /** A Discord that accepts {@link #TOKEN} and the Message Content intent. */
  static FakeDiscord start() {
    return start(TOKEN, true);
  }

  static FakeDiscord start(String validToken, boolean allowMessageContent) {
    try {
      return new FakeDiscord(validToken, allowMessageContent);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private FakeDiscord(String validToken, boolean allowMessageContent)
      throws IOException, InterruptedException {
    this.validToken = validToken;
    this.allowMessageContent = allowMessageContent;
    rest = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    rest.createContext("/", this::handle);
    rest.setExecutor(restThreads);
    rest.start();
    gateway = new Gateway();
    gateway.setReuseAddr(true);
    gateway.start();
    if (!gateway.started.await(10, java.util.concurrent.TimeUnit.SECONDS)) {
      throw new IllegalStateException("fake gateway did not start");
    }
  }

  String apiUrl() {
    return "http://127.0.0.1:" + rest.getAddress().getPort() + "/api/v10/";
  }

  String gatewayUrl() {
    return "ws://127.0.0.1:" + gateway.getPort() + "/";
  }

  /** The environment a bot needs to talk to this fake. */
  Map<String, String> env(String... more) {
    Map<String, String> env = new HashMap<>();
    env.put("DISCORD_TOKEN", TOKEN);
    env.put("DISCORD_API_URL", apiUrl());
    env.put("DISCORD_GATEWAY_URL", gatewayUrl());
    // By words: the bots' tests expect the same passages from the first answer to the last.
    env.put("BRIEFBOT_SEMANTIC", "off");
    for (int i = 0; i + 1 < more.length; i += 2) env.put(more[i], more[i + 1]);
    return env;
  }

  // ---- what the client sent

  /** Waits for a request matching {@code test}, received at any time, and returns it. */
  Request awaitRequest(Predicate<Request> test, Duration timeout) {
    return awaitIn(requests, test, timeout, "request");
  }

  /** Waits until {@code count} requests match {@code test}; returns them. */
  List<Request> awaitRequests(Predicate<Request> test, int count, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    synchronized (requests) {
      while (true) {
        List<Request> matching = requests.stream().filter(test).toList();
        if (matching.size() >= count) return matching;
        long left = Duration.between(Instant.now(), deadline).toMillis();
        if (left <= 0) {
          throw new AssertionError(
              "expected "
                  + count
                  + " matching requests within "
                  + timeout
                  + ", got "
                  + matching.size());
        }
        try {
          requests.wait(left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new AssertionError("interrupted waiting for requests", e);
        }
      }
    }
  }

  /** Waits for a callback to the interaction with this token. */
  Request awaitCallback(String interactionToken) {
    return awaitRequest(
        r -> r.is("POST", "/api/v10/interactions/\\d+/" + interactionToken + "/callback"),
        Duration.ofSeconds(20));
  }

  /** Waits for the edit of the deferred response of the interaction with this token. */
  Request awaitEdit(String interactionToken) {
    return awaitRequest(
        r ->
            r.is(
                "PATCH",
                "/api/v10/webhooks/" + APP_ID + "/" + interactionToken + "/messages/@original"),
        Duration.ofSeconds(20));
  }

  /** Waits for a gateway frame from the client matching {@code test}. */
  JsonNode awaitFrame(Predicate<JsonNode> test, Duration timeout) {
    return awaitIn(frames, test, timeout, "gateway frame");
  }

  /** The path and query of every gateway connection, e.g. {@code /?encoding=json&v=10}. */
  List<String> handshakes() {
    synchronized (handshakes) {
      return List.copyOf(handshakes);
    }
  }

  List<Request> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  private <T> T awaitIn(List<T> list, Predicate<T> test, Duration timeout, String what) {
    Instant deadline = Instant.now().plus(timeout);
    synchronized (list) {
      while (true) {
        for (T item : list) {
          if (test.test(item)) return item;
        }
        long left = Duration.between(Instant.now(), deadline).toMillis();
        if (left <= 0)
          throw new AssertionError(
              "no matching " + what + " within " + timeout + "; received: " + list);
        try {
          list.wait(left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new AssertionError("interrupted waiting for a " + what, e);
        }
      }
    }
  }

  private <T> void add(List<T> list, T item) {
    synchronized (list) {
      list.add(item);
      list.notifyAll();
    }
  }

  // ---- gateway dispatches

  /**
   * Sends a dispatch (op 0) to the connected client. With none connected (the connection just
   * dropped), it is kept for the client's RESUME, which replays it, as Discord does.
   */
  synchronized void dispatch(String type, JsonNode data) {
    ObjectNode frame = JSON.createObjectNode().put("op", 0).put("t", type).put("s", ++sequence);
    frame.set("d", data);
    sent.add(frame);
    WebSocket socket = client;
    if (socket != null && socket.isOpen()) socket.send(frame.toString());
  }

  // ---- faults

  /** Drops the connection without a closing handshake, as a network failure would. */
  void dropConnection() {
    WebSocket socket = client;
    if (socket == null)
      throw new IllegalStateException("no client is connected to the fake gateway");
    socket.closeConnection(org.java_websocket.framing.CloseFrame.ABNORMAL_CLOSE, "connection lost");
  }

  /** Asks the client to reconnect and resume (op 7), as Discord does when it moves a session. */
  void requestReconnect() {
    WebSocket socket = client;
    if (socket == null)
      throw new IllegalStateException("no client is connected to the fake gateway");
    socket.send("{\"op\":7,\"d\":null}");
  }

  /**
   * Answers the next RESUME with an invalid session (op 9, not resumable): the client identifies
   * anew.
   */
  void refuseNextResume() {
    refuseNextResume = true;
  }

  /**
   * From now on the gateway closes with 4004 (authentication failed) on IDENTIFY, whatever REST
   * says.
   */
  void rejectTokenAtGateway() {
    rejectAtGateway = true;
  }

  /**
   * Waits until the client has started or resumed {@code count} sessions in all; returns how each
   * began.
   */
  List<String> awaitSessions(int count, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    synchronized (sessions) {
      while (sessions.size() < count) {
        long left = Duration.between(Instant.now(), deadline).toMillis();
        if (left <= 0)
          throw new AssertionError(
              "expected " + count + " sessions within " + timeout + ", got " + sessions);
        try {
          sessions.wait(left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new AssertionError("interrupted waiting for a session", e);
        }
      }
      return List.copyOf(sessions);
    }
  }

  /** A snowflake for now: Discord derives an interaction's age from its id, and so does JDA. */
  String snowflake() {
    long millis = System.currentTimeMillis() - DISCORD_EPOCH;
    return Long.toUnsignedString((millis << 22) | (ids.incrementAndGet() & 0x3FFFFF));
  }

  /** A /brief SUBCOMMAND slash command from {@code userId}; returns its interaction token. */
  String slash(String userId, String subcommand, String... options) {
    ObjectNode sub = JSON.createObjectNode().put("name", subcommand).put("type", 1);
    ArrayNode subOptions = sub.putArray("options");
    for (int i = 0; i + 1 < options.length; i += 2) {
      subOptions.addObject().put("name", options[i]).put("type", 3).put("value", options[i + 1]);
    }
    ObjectNode data =
        JSON.createObjectNode().put("id", COMMAND_ID).put("name", "brief").put("type", 1);
    data.putArray("options").add(sub);
    return interaction(2, userId, data);
  }

  /** The same slash command in a direct message with the bot (no server, no member). */
  String directSlash(String userId, String subcommand, String... options) {
    ObjectNode sub = JSON.createObjectNode().put("name", subcommand).put("type", 1);
    ArrayNode subOptions = sub.putArray("options");
    for (int i = 0; i + 1 < options.length; i += 2) {
      subOptions.addObject().put("name", options[i]).put("type", 3).put("value", options[i + 1]);
    }
    ObjectNode data =
        JSON.createObjectNode().put("id", COMMAND_ID).put("name", "brief").put("type", 1);
    data.putArray("options").add(sub);
    String token = "interaction-token-" + ids.incrementAndGet();
    ObjectNode i =
        JSON.createObjectNode()
            .put("id", snowflake())
            .put("application_id", APP_ID)
            .put("type", 2)
            .put("token", token)
            .put("version", 1)
            .put("channel_id", DM_CHANNEL_ID)
            .put("locale", "en-US")
            .put("context", 1)
            .put("app_permissions", PERMISSIONS);
    ObjectNode channel =
        i.putObject("channel").put("id", DM_CHANNEL_ID).put("type", 1).put("flags", 0);
    channel.putArray("recipients").add(user(BOT_ID, "briefbot", true));
    i.set("user", user(userId, "dm-asker", false));
    i.putObject("authorizing_integration_owners").put("0", GUILD_ID);
    i.putArray("entitlements");
    i.set("data", data);
    dispatch("INTERACTION_CREATE", i);
    return token;
  }

  /** Autocomplete for /brief SUBCOMMAND while the user types {@code typed} into {@code option}. */
  String autocomplete(String userId, String subcommand, String option, String typed) {
    ObjectNode sub = JSON.createObjectNode().put("name", subcommand).put("type", 1);
    sub.putArray("options")
        .addObject()
        .put("name", option)
        .put("type", 3)
        .put("value", typed)
        .put("focused", true);
    ObjectNode data =
        JSON.createObjectNode().put("id", COMMAND_ID).put("name", "brief").put("type", 1);
    data.putArray("options").add(sub);
    return interaction(4, userId, data);
  }

  /**
   * A click on the button with {@code customId}, on an ephemeral message when {@code ephemeral}.
   */
  String click(String userId, String customId, boolean ephemeral) {
    ObjectNode data = JSON.createObjectNode().put("custom_id", customId).put("component_type", 2);
    return interaction(
        3,
        userId,
        data,
        message -> {
          message.put("id", snowflake()).put("flags", ephemeral ? 64 : 0);
        });
  }

  /** An interaction of any type with any data, as an old registration or a forged client sends. */
  String interactionWith(int type, String userId, ObjectNode data) {
    return interaction(type, userId, data);
  }

  /** Autocomplete whose focused option is an INTEGER, which /brief never declares. */
  String integerAutocomplete(String userId) {
    ObjectNode sub = JSON.createObjectNode().put("name", "ask").put("type", 1);
    sub.putArray("options")
        .addObject()
        .put("name", "question")
        .put("type", 4)
        .put("value", 7)
        .put("focused", true);
    ObjectNode data =
        JSON.createObjectNode().put("id", COMMAND_ID).put("name", "brief").put("type", 1);
    data.putArray("options").add(sub);
    return interaction(4, userId, data);
  }

  /** An INTERACTION_CREATE JDA cannot parse (its data is not an object); returns its token. */
  String unreadableInteraction(String userId) {
    String token = "interaction-token-" + ids.incrementAndGet();
    ObjectNode i =
        JSON.createObjectNode()
            .put("id", snowflake())
            .put("application_id", APP_ID)
            .put("type", 2)
            .put("token", token)
            .put("version", 1)
            .put("guild_id", GUILD_ID)
            .put("channel_id", CHANNEL_ID)
            .put("locale", "en-US")
            .put("app_permissions", PERMISSIONS)
            .put("context", 0);
    i.set("channel", textChannel());
    i.set("member", member(user(userId, "odd" + userId.substring(userId.length() - 3), false)));
    i.put("data", "not an object");
    dispatch("INTERACTION_CREATE", i);
    return token;
  }

  private String interaction(int type, String userId, ObjectNode data) {
    return interaction(type, userId, data, message -> {});
  }

  private String interaction(
      int type, String userId, ObjectNode data, java.util.function.Consumer<ObjectNode> message) {
    String token = "interaction-token-" + ids.incrementAndGet();
    ObjectNode i =
        JSON.createObjectNode()
            .put("id", snowflake())
            .put("application_id", APP_ID)
            .put("type", type)
            .put("token", token)
            .put("version", 1)
            .put("guild_id", GUILD_ID)
            .put("channel_id", CHANNEL_ID)
            .put("locale", "en-US")
            .put("guild_locale", "en-US")
            .put("app_permissions", PERMISSIONS)
            .put("context", 0);
    i.set("channel", textChannel());
    i.putObject("guild").put("id", GUILD_ID).put("locale", "en-US").putArray("features");
    i.set("member", member(user(userId, "asker" + userId.substring(userId.length() - 3), false)));
    i.putObject("authorizing_integration_owners").put("0", GUILD_ID);
    i.putArray("entitlements");
    i.set("data", data);
    if (type == 3) message.accept(i.putObject("message"));
    dispatch("INTERACTION_CREATE", i);
    return token;
  }

  /** A message in the channel from the person {@code userId}, as the gateway delivers it. */
  String message(String userId, String content, String... mentionedUserIds) {
    return message(CHANNEL_ID, false, userId, content, mentionedUserIds);
  }

  /** A message from the person {@code userId} in another channel. */
  String messageIn(String channelId, String userId, String content, String... mentionedUserIds) {
    return message(channelId, false, userId, content, mentionedUserIds);
  }

  /** A message in the channel from another bot. */
  String messageFromBot(String botId, String content, String... mentionedUserIds) {
    return message(CHANNEL_ID, true, botId, content, mentionedUserIds);
  }

  private String message(
      String channelId, boolean bot, String userId, String content, String... mentionedUserIds) {
    String id = snowflake();
    ObjectNode m = messageJson(id, user(userId, bot ? "another-bot" : "writer", bot), content);
    m.put("channel_id", channelId);
    ArrayNode mentions = m.putArray("mentions");
    for (String mentioned : mentionedUserIds) {
      mentions.add(
          user(
              mentioned,
              mentioned.equals(BOT_ID) ? "briefbot" : "someone",
              mentioned.equals(BOT_ID)));
    }
    m.put("guild_id", GUILD_ID);
    m.set(
        "member",
        JSON.createObjectNode()
            .put("joined_at", "2024-01-01T00:00:00.000000+00:00")
            .put("deaf", false)
            .put("mute", false)
            .put("flags", 0)
            .set("roles", JSON.createArrayNode()));
    dispatch("MESSAGE_CREATE", m);
    return id;
  }

  // ---- the REST API

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      URI uri = exchange.getRequestURI();
      byte[] bytes = exchange.getRequestBody().readAllBytes();
      JsonNode body = bytes.length == 0 ? JSON.nullNode() : parse(exchange, bytes);
      Map<String, String> headers = new HashMap<>();
      exchange
          .getRequestHeaders()
          .forEach(
              (k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), String.join(",", v)));
      Request request =
          new Request(
              exchange.getRequestMethod(),
              uri.getPath(),
              uri.getQuery(),
              headers,
              body,
              Instant.now());
      add(requests, request);
      if (!("Bot " + validToken).equals(headers.get("authorization"))
          && !request.path().contains("/interactions/")
          && !request.path().contains("/webhooks/")) {
        respond(
            exchange,
            401,
            JSON.createObjectNode().put("message", "401: Unauthorized").put("code", 0));
        return;
      }
      Optional<JsonNode> answer = answer(request);
      if (answer.isEmpty()) {
        exchange.sendResponseHeaders(204, -1);
      } else {
        respond(exchange, 200, answer.get());
      }
    } catch (RuntimeException e) {
      e.printStackTrace();
      throw e;
    }
  }

  private static JsonNode parse(HttpExchange exchange, byte[] bytes) throws IOException {
    String type = exchange.getRequestHeaders().getFirst("Content-Type");
    if (type != null && type.startsWith("multipart/")) {
      // JDA sends messages with files as multipart; the JSON is the payload_json part
      String text = new String(bytes, StandardCharsets.UTF_8);
      int start = text.indexOf('{');
      int end = text.lastIndexOf('}');
      return JSON.readTree(text.substring(start, end + 1));
    }
    return JSON.readTree(bytes);
  }

  private Optional<JsonNode> answer(Request r) {
    if (r.is("GET", "/api/v10/users/@me")) return Optional.of(user(BOT_ID, "briefbot", true));
    if (r.is("PUT", "/api/v10/applications/\\d+(/guilds/\\d+)?/commands")) {
      ArrayNode commands = JSON.createArrayNode();
      for (JsonNode command : r.body()) {
        ObjectNode copy = command.deepCopy();
        copy.put("id", COMMAND_ID).put("application_id", APP_ID).put("version", snowflake());
        if (!copy.has("type")) copy.put("type", 1);
        if (r.path().contains("/guilds/")) copy.put("guild_id", GUILD_ID);
        commands.add(copy);
      }
      return Optional.of(commands);
    }
    if (r.is("POST", "/api/v10/interactions/\\d+/[^/]+/callback")) return Optional.empty();
    if (r.is("PATCH", "/api/v10/webhooks/\\d+/[^/]+/messages/@original")
        || r.is("POST", "/api/v10/webhooks/\\d+/[^/]+")
        || r.is("POST", "/api/v10/channels/\\d+/messages")) {
      ObjectNode m =
          messageJson(
              snowflake(), user(BOT_ID, "briefbot", true), r.body().path("content").asText(""));
      m.putArray("mentions");
      if (r.body().has("embeds")) {
        ArrayNode embeds = m.putArray("embeds");
        for (JsonNode e : r.body().get("embeds"))
          embeds.add(((ObjectNode) e.deepCopy()).put("type", "rich"));
      }
      if (r.body().has("components")) m.set("components", r.body().get("components"));
      if (r.body().has("flags")) m.put("flags", r.body().get("flags").asInt());
      return Optional.of(m);
    }
    return Optional.of(JSON.createObjectNode().put("message", "404: Not Found").put("code", 0));
  }

  private static void respond(HttpExchange exchange, int status, JsonNode body) throws IOException {
    byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  // ---- entities, in Discord's shapes

  static ObjectNode user(String id, String name, boolean bot) {
    return JSON.createObjectNode()
        .put("id", id)
        .put("username", name)
        .put("global_name", name)
        .put("discriminator", "0")
        .putNull("avatar")
        .put("bot", bot)
        .put("public_flags", 0);
  }

  private static ObjectNode member(ObjectNode user) {
    ObjectNode member = JSON.createObjectNode();
    member.set("user", user);
    member.putArray("roles");
    member
        .put("joined_at", "2024-01-01T00:00:00.000000+00:00")
        .put("deaf", false)
        .put("mute", false)
        .put("flags", 0)
        .put("permissions", PERMISSIONS);
    return member;
  }

  private static ObjectNode textChannel() {
    ObjectNode channel =
        JSON.createObjectNode()
            .put("id", CHANNEL_ID)
            .put("type", 0)
            .put("name", "general")
            .put("guild_id", GUILD_ID)
            .put("position", 0)
            .put("nsfw", false)
            .putNull("topic")
            .put("rate_limit_per_user", 0)
            .putNull("parent_id")
            .put("last_message_id", "0");
    channel.putArray("permission_overwrites");
    return channel;
  }

  private static ObjectNode messageJson(String id, ObjectNode author, String content) {
    ObjectNode m =
        JSON.createObjectNode()
            .put("id", id)
            .put("type", 0)
            .put("channel_id", CHANNEL_ID)
            .put("content", content)
            .put("timestamp", "2024-05-01T10:00:00.000000+00:00")
            .putNull("edited_timestamp")
            .put("tts", false)
            .put("mention_everyone", false)
            .put("pinned", false)
            .put("flags", 0);
    m.set("author", author);
    m.putArray("mentions");
    m.putArray("mention_roles");
    m.putArray("attachments");
    m.putArray("embeds");
    m.putArray("components");
    return m;
  }

  private ObjectNode ready() {
    ObjectNode d =
        JSON.createObjectNode()
            .put("v", 10)
            .put("session_id", "fake-session")
            .put("resume_gateway_url", gatewayUrl());
    d.set("user", user(BOT_ID, "briefbot", true));
    d.putArray("guilds").addObject().put("id", GUILD_ID).put("unavailable", true);
    d.putArray("private_channels");
    d.putArray("relationships");
    d.putArray("presences");
    d.putObject("application").put("id", APP_ID).put("flags", 0);
    return d;
  }

  private ObjectNode guild() {
    ObjectNode g =
        JSON.createObjectNode()
            .put("id", GUILD_ID)
            .put("name", "Briefing Room")
            .put("owner_id", USER_ID)
            .put("unavailable", false)
            .put("member_count", 1)
            .put("large", false)
            .put("preferred_locale", "en-US")
            .put("premium_tier", 0)
            .put("verification_level", 0)
            .put("explicit_content_filter", 0)
            .put("mfa_level", 0)
            .put("nsfw_level", 0)
            .put("default_message_notifications", 0)
            .put("system_channel_flags", 0)
            .put("afk_timeout", 300)
            .putNull("icon")
            .putNull("splash")
            .putNull("banner")
            .putNull("description");
    g.putArray("features");
    ObjectNode everyone =
        g.putArray("roles")
            .addObject()
            .put("id", GUILD_ID)
            .put("name", "@everyone")
            .put("position", 0)
            .put("permissions", PERMISSIONS)
            .put("color", 0)
            .put("hoist", false)
            .put("managed", false)
            .put("mentionable", false)
            .put("flags", 0);
    everyone
        .putObject("colors")
        .put("primary_color", 0)
        .putNull("secondary_color")
        .putNull("tertiary_color");
    ObjectNode readOnly =
        textChannel().put("id", READ_ONLY_CHANNEL_ID).put("name", "announcements");
    readOnly
        .putArray("permission_overwrites")
        .addObject()
        .put("id", GUILD_ID)
        .put("type", 0)
        .put("allow", "0")
        .put("deny", Long.toString(1L << 11));
    g.putArray("channels").add(textChannel()).add(readOnly);
    g.putArray("threads");
    g.putArray("guild_scheduled_events");
    g.putArray("emojis");
    g.putArray("stickers");
    g.putArray("voice_states");
    g.putArray("presences");
    g.putArray("stage_instances");
    g.putArray("members").add(member(user(BOT_ID, "briefbot", true)));
    return g;
  }

  private final class Gateway extends WebSocketServer {
    final java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);

    Gateway() {
      super(new InetSocketAddress("127.0.0.1", 0));
      setConnectionLostTimeout(0);
    }

    @Override
    public void onStart() {
      started.countDown();
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
      add(handshakes, handshake.getResourceDescriptor());
      client = conn;
      conn.send(
          JSON.createObjectNode()
              .put("op", 10)
              .putNull("s")
              .putNull("t")
              .set("d", JSON.createObjectNode().put("heartbeat_interval", 41250))
              .toString());
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
      JsonNode frame;
      try {
        frame = JSON.readTree(message);
      } catch (IOException e) {
        conn.close(4002, "Error while decoding payload.");
        return;
      }
      add(frames, frame);
      switch (frame.path("op").asInt(-1)) {
        case 1 -> conn.send("{\"op\":11,\"d\":null,\"s\":null,\"t\":null}");
        case 2 -> identify(conn, frame.path("d"));
        case 6 -> resume(conn, frame.path("d"));
        default -> {}
      }
    }

    private void identify(WebSocket conn, JsonNode d) {
      if (!validToken.equals(d.path("token").asText()) || rejectAtGateway) {
        conn.close(4004, "Authentication failed.");
        return;
      }
      if ((d.path("intents").asInt() & MESSAGE_CONTENT_INTENT) != 0 && !allowMessageContent) {
        conn.close(4014, "Disallowed intent(s).");
        return;
      }
      synchronized (FakeDiscord.this) {
        sequence = 0;
        sent.clear();
        dispatch("READY", ready());
        dispatch("GUILD_CREATE", guild());
      }
      add(sessions, "ready");
    }

    /**
     * Replays what the client missed since {@code seq}, then RESUMED; or refuses, once, if told to.
     */
    private void resume(WebSocket conn, JsonNode d) {
      if (!validToken.equals(d.path("token").asText())) {
        conn.close(4004, "Authentication failed.");
        return;
      }
      if (refuseNextResume || !"fake-session".equals(d.path("session_id").asText())) {
        refuseNextResume = false;
        conn.send("{\"op\":9,\"d\":false}");
        return;
      }
      long seen = d.path("seq").asLong();
      synchronized (FakeDiscord.this) {
        for (ObjectNode frame : sent) {
          if (frame.path("s").asLong() > seen) conn.send(frame.toString());
        }
        dispatch("RESUMED", JSON.createObjectNode());
      }
      add(sessions, "resumed");
    }

    @Override
    public void onMessage(WebSocket conn, java.nio.ByteBuffer message) {
      conn.close(4002, "this fake speaks JSON text only");
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
      if (client == conn) client = null;
    }

    @Override
    public void onError(WebSocket conn, Exception ex) {
      // a client that goes away mid-frame is normal when tests stop bots
    }
  }

  @Override
  public void close() {
    try {
      gateway.stop(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    rest.stop(0);
    restThreads.shutdownNow();
  }
}
