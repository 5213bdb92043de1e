package org.briefbot.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.apps.connections.AppsConnectionsOpenResponse;
import com.slack.api.methods.response.auth.AuthTestResponse;
import com.slack.api.socket_mode.SocketModeClient;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.briefbot.chat.AnsweringPool;
import org.briefbot.chat.BriefChat;
import org.briefbot.chat.ReplyBudget;
import org.briefbot.core.BriefFormatException;
import org.briefbot.core.LibraryException;
import org.briefbot.index.BriefIndex;
import org.briefbot.index.BriefIndexException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running bot: the index, the Bolt app with its handlers, and either a Socket Mode connection
 * or the HTTP endpoint. {@link #start} checks the tokens with Slack before anything listens, so a
 * wrong token stops start-up with one line saying what to set.
 */
final class SlackBot implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(SlackBot.class);

  /**
   * Quotes cut to fit a section (3,000 characters) with the citation line and escaping to spare.
   */
  static final ReplyBudget BUDGET = new ReplyBudget(3, 600, 2_700, 600);

  private static final int SOCKET_MODE_CONCURRENCY = 16;

  private final SlackSettings settings;
  private final BriefIndex index;
  private final Slack slack;
  private final App app;
  private final AnsweringPool replies;
  private final HttpEndpoint http;
  private final SocketModeApp socket;
  private final AtomicBoolean closed = new AtomicBoolean();

  private SlackBot(
      SlackSettings settings,
      BriefIndex index,
      Slack slack,
      App app,
      AnsweringPool replies,
      HttpEndpoint http,
      SocketModeApp socket) {
    this.settings = settings;
    this.index = index;
    this.slack = slack;
    this.app = app;
    this.replies = replies;
    this.http = http;
    this.socket = socket;
  }

  /**
   * Starts the bot as the environment says.
   *
   * @throws StartupException with exit code 2 for missing or rejected settings, 1 for other
   *     failures (unreadable briefs, port in use, Slack unreachable)
   */
  static SlackBot start(Map<String, String> env) {
    return start(env, Clock.systemUTC());
  }

  /** As {@link #start(Map)}, measuring each user's questions a minute on {@code clock}. */
  static SlackBot start(Map<String, String> env, Clock clock) {
    SlackSettings settings = SlackSettings.fromEnvironment(env);
    SlackConfig config = new SlackConfig();
    settings.apiUrl().ifPresent(config::setMethodsEndpointUrlPrefix);
    // The client's call statistics resolve every token's team with auth.test; the bot reads none.
    config.setStatsEnabled(false);
    Slack slack = Slack.getInstance(config);
    BriefIndex index = null;
    AnsweringPool replies = null;
    App app = null;
    try {
      // Tokens first: a wrong one should not wait for the index to be built.
      checkBotToken(slack, settings);
      settings.appToken().ifPresent(token -> checkAppToken(slack, token, settings));
      index = openIndex(settings);

      replies = answeringPool();
      BriefChat chat =
          new BriefChat(
              index, BUDGET, settings.chat().rateLimiter(clock), settings.chat().feedbackLog());
      app =
          new FilteredApp(
              AppConfig.builder()
                  .slack(slack)
                  .singleTeamBotToken(settings.botToken())
                  .signingSecret(settings.signingSecret().orElse(null))
                  // Only what the settings say: none of Bolt's own environment lookups.
                  .verificationToken(null)
                  .clientId(null)
                  .clientSecret(null)
                  .scope(null)
                  .userScope(null)
                  .redirectUri(null)
                  .oauthInstallPath(null)
                  .oauthRedirectUriPath(null)
                  // Message edits, deletions and events the bot does not handle are acknowledged,
                  // not retried.
                  .allEventsApiAutoAckEnabled(true)
                  .subtypedMessageEventsAutoAckEnabled(true)
                  .build());
      new SlackHandlers(chat, replies).register(app);
      app.start();

      HttpEndpoint http = null;
      SocketModeApp socket = null;
      if (settings.mode() == SlackSettings.Mode.SOCKET) {
        socket =
            new SocketModeApp(
                settings.appToken().get(),
                app,
                SocketModeClient.Backend.JavaWebSocket,
                SOCKET_MODE_CONCURRENCY);
        socket.startAsync();
        log.info("briefbot-slack is running in Socket Mode, answering from {}", describe(index));
      } else {
        http = listen(app, settings);
        log.info(
            "briefbot-slack is running in HTTP mode at http://{}:{}{} (health check {}), answering from {}",
            settings.host(),
            http.port(),
            HttpEndpoint.EVENTS_PATH,
            HttpEndpoint.HEALTH_PATH,
            describe(index));
      }
      return new SlackBot(settings, index, slack, app, replies, http, socket);
    } catch (StartupException e) {
      quietly(app, replies, slack, index);
      throw e;
    } catch (Exception e) {
      quietly(app, replies, slack, index);
      throw StartupException.failure("cannot start: " + e.getMessage(), e);
    }
  }

  /** The port HTTP mode listens on, or empty in Socket Mode. */
  Optional<Integer> httpPort() {
    return http == null ? Optional.empty() : Optional.of(http.port());
  }

  SlackSettings.Mode mode() {
    return settings.mode();
  }

  /**
   * Stops taking requests, lets answers under way finish (up to 10 seconds), then releases
   * everything.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) return;
    try {
      if (socket != null) socket.close();
      if (http != null) http.close();
    } catch (Exception e) {
      log.warn("stopping the Slack connection failed: {}", e.toString());
    }
    replies.close();
    quietly(app, null, slack, index);
    log.info("briefbot-slack stopped");
  }

  /** A worker per processor for answering, 16 threads for sending (network round trips). */
  private static AnsweringPool answeringPool() {
    return new AnsweringPool(Math.max(1, Runtime.getRuntime().availableProcessors()), 16, 10_000);
  }

  private static BriefIndex openIndex(SlackSettings settings) {
    try {
      return settings.library().openWatched();
    } catch (LibraryException | BriefFormatException | BriefIndexException e) {
      throw StartupException.failure(e.getMessage(), e);
    }
  }

  /** auth.test with the bot token: a rejected token is the operator's to fix (exit 2). */
  private static void checkBotToken(Slack slack, SlackSettings settings) {
    AuthTestResponse r;
    try {
      r = slack.methods().authTest(req -> req.token(settings.botToken()));
    } catch (IOException | SlackApiException e) {
      throw unreachable(settings, e);
    }
    if (!r.isOk()) {
      throw StartupException.usage(
          "Slack rejected SLACK_BOT_TOKEN ("
              + r.getError()
              + "): set it to the app's "
              + "Bot User OAuth Token (xoxb-...) from OAuth & Permissions, after installing the app");
    }
  }

  /** apps.connections.open with the app token, so a rejected one is reported before connecting. */
  private static void checkAppToken(Slack slack, String appToken, SlackSettings settings) {
    AppsConnectionsOpenResponse r;
    try {
      r = slack.methods().appsConnectionsOpen(req -> req.token(appToken));
    } catch (IOException | SlackApiException e) {
      throw unreachable(settings, e);
    }
    if (!r.isOk()) {
      throw StartupException.usage(
          "Slack rejected SLACK_APP_TOKEN ("
              + r.getError()
              + "): set it to an "
              + "app-level token with the connections:write scope (xapp-...) from Basic Information, and turn on "
              + "Socket Mode");
    }
  }

  private static StartupException unreachable(SlackSettings settings, Exception e) {
    return StartupException.failure(
        "cannot reach Slack at "
            + settings.apiUrl().orElse("https://slack.com/api/")
            + ": "
            + e.getMessage(),
        e);
  }

  private static HttpEndpoint listen(App app, SlackSettings settings) {
    try {
      return HttpEndpoint.start(
          app,
          settings.host(),
          settings.port(),
          new SignedRequestFilter(settings.signingSecret().orElseThrow(), Clock.systemUTC()));
    } catch (Exception e) {
      throw StartupException.failure(
          "cannot listen on "
              + settings.host()
              + ":"
              + settings.port()
              + ": "
              + e.getMessage()
              + " (set PORT to a free port)",
          e);
    }
  }

  private static String describe(BriefIndex index) {
    int briefs = index.library().briefs().size();
    return (briefs == 1 ? "1 brief" : briefs + " briefs")
        + " ("
        + index.passageCount()
        + " passages)";
  }

  private static void quietly(App app, AnsweringPool replies, Slack slack, BriefIndex index) {
    if (replies != null) replies.close();
    if (app != null) {
      try {
        app.stop();
        app.executorService().shutdownNow();
      } catch (RuntimeException e) {
        log.debug("stopping the app failed", e);
      }
    }
    if (slack != null) {
      try {
        slack.close();
      } catch (Exception e) {
        log.debug("closing the Slack client failed", e);
      }
    }
    try {
      if (index != null) index.close();
    } catch (RuntimeException e) {
      log.debug("closing the index failed", e);
    }
  }
}
