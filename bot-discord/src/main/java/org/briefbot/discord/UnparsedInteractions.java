package org.briefbot.discord;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;

/**
 * Answers the interactions JDA cannot read, and keeps their payloads out of the log. When JDA fails
 * to parse a gateway event it logs the whole payload at WARN (for an interaction: its token, which
 * lets the holder answer as the bot for 15 minutes, and the user's question) and drops the event,
 * so no listener sees it and Discord shows "The application did not respond".
 *
 * <p>A logback turbo filter catches that warning before it is written: the event is replaced by one
 * line with its type and size, and an interaction gets a short private reply through its own
 * callback, which needs no bot token. The token is used once and never logged.
 */
final class UnparsedInteractions implements AutoCloseable {
  static final String SORRY =
      "Sorry, I could not read that request. Please try again, or type " + "/brief help.";

  private static final Logger LOG = LoggerFactory.getLogger(UnparsedInteractions.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern SNOWFLAKE = Pattern.compile("\\d{1,20}");
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_.-]{1,500}");

  /** Discord's interaction type for autocomplete, which expects choices, not a message. */
  private static final int AUTOCOMPLETE = 4;

  /** The JDA class that logs payloads it could not handle. */
  private static final String GATEWAY_LOGGER = "net.dv8tion.jda.internal.requests.WebSocketClient";

  private final String apiBase;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final ExecutorService replies =
      Executors.newSingleThreadExecutor(
          task -> {
            Thread thread = new Thread(task, "briefbot-unparsed-interactions");
            thread.setDaemon(true);
            return thread;
          });
  private final Watch watch = new Watch();

  UnparsedInteractions(String apiBase) {
    this.apiBase = apiBase.endsWith("/") ? apiBase : apiBase + "/";
    ILoggerFactory factory = LoggerFactory.getILoggerFactory();
    if (factory instanceof LoggerContext context) {
      watch.setContext(context);
      watch.start();
      context.addTurboFilter(watch);
    }
  }

  /** Sees JDA's "unexpected error" warnings before any appender does. */
  private final class Watch extends TurboFilter {
    @Override
    public FilterReply decide(
        Marker marker,
        ch.qos.logback.classic.Logger logger,
        Level level,
        String format,
        Object[] params,
        Throwable t) {
      if (params == null
          || format == null
          || !GATEWAY_LOGGER.equals(logger.getName())
          || !format.startsWith("Got an unexpected")) {
        return FilterReply.NEUTRAL;
      }
      String type = "an event";
      DataObject content = null;
      Throwable error = t;
      for (Object param : params) {
        if (param instanceof String s && s.matches("[A-Z_]{3,40}")) type = s;
        if (param instanceof DataObject d) content = d;
        if (param instanceof Throwable thrown) error = thrown;
      }
      int size = content == null ? 0 : content.toString().length();
      LOG.warn(
          "JDA could not read a {} event ({} characters, {}); payload not logged",
          type,
          size,
          error == null ? "no error" : error.getClass().getSimpleName());
      if ("INTERACTION_CREATE".equals(type) && content != null) answerLater(content);
      return FilterReply.DENY;
    }
  }

  private void answerLater(DataObject content) {
    String id = content.getString("id", "");
    String token = content.getString("token", "");
    int type = content.getInt("type", 0);
    if (!SNOWFLAKE.matcher(id).matches() || !TOKEN.matcher(token).matches()) return;
    try {
      replies.execute(() -> answer(id, token, type));
    } catch (RejectedExecutionException e) {
      // Shutting down: Discord tells the user the bot did not respond.
    }
  }

  private void answer(String id, String token, int type) {
    ObjectNode body = JSON.createObjectNode();
    if (type == AUTOCOMPLETE) {
      body.put("type", 8).putObject("data").putArray("choices");
    } else {
      body.put("type", 4).putObject("data").put("content", SORRY).put("flags", 64);
    }
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(apiBase + "interactions/" + id + "/" + token + "/callback"))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
            .build();
    try {
      HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
      LOG.info("answered an interaction JDA could not read: HTTP {}", response.statusCode());
    } catch (java.io.IOException e) {
      LOG.warn(
          "could not answer an interaction JDA could not read: {}", e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    replies.shutdownNow();
    if (watch.getContext() instanceof LoggerContext context) {
      context.getTurboFilterList().remove(watch);
    }
    watch.stop();
  }
}
