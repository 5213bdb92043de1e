package org.briefbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Runs the bot through start-up failures, HTTP mode, Socket Mode and a failing reply with the
 * shipped logging configuration (our own loggers at TRACE, as BRIEFBOT_LOG_LEVEL allows), and
 * checks that no token or secret reaches the log or the error output.
 */
class SecretsInLogsTest {
  static final Duration TIMEOUT = Duration.ofSeconds(20);
  static final List<String> SECRETS =
      List.of(FakeSlackApi.BOT_TOKEN, FakeSlackApi.APP_TOKEN, SlackRequests.SIGNING_SECRET);

  @TempDir Path tmp;
  final Captured captured = new Captured();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();
  LoggerContext logging;

  @BeforeEach
  void captureWithTheShippedConfiguration() throws JoranException {
    logging = (LoggerContext) LoggerFactory.getILoggerFactory();
    configure("/logback.xml");
    logging.getLogger("org.briefbot").setLevel(Level.TRACE);
    captured.setContext(logging);
    captured.start();
    Logger root = logging.getLogger(Logger.ROOT_LOGGER_NAME);
    root.detachAppender("STDERR"); // captured, not printed: the test provokes errors on purpose
    root.addAppender(captured);
  }

  @AfterEach
  void restoreTheTestConfiguration() throws JoranException {
    configure("/logback-test.xml");
  }

  private void configure(String resource) throws JoranException {
    logging.reset();
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(logging);
    configurator.doConfigure(SecretsInLogsTest.class.getResource(resource));
  }

  @Test
  void noTokenOrSecretIsEverLogged() throws Exception {
    PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
    try (FakeSlackApi slack = FakeSlackApi.start()) {
      // Rejected at start-up.
      slack.rejectBotToken();
      assertThat(Main.run(RunningBot.httpEnv(slack, tmp.resolve("f.jsonl")), errStream, bot -> {}))
          .isEqualTo(2);
    }
    try (FakeSlackApi slack = FakeSlackApi.start()) {
      try (RunningBot bot = RunningBot.start(RunningBot.httpEnv(slack, tmp.resolve("f.jsonl")))) {
        SlackRequests requests = bot.requests();
        requests.post(
            SlackRequests.form(
                SlackRequests.slashCommand(
                    "When was the ITPP signed?", "U1", slack.responseUrl("a"))),
            SlackRequests.FORM);
        requests.post(
            SlackRequests.eventCallback(
                SlackRequests.appMention(
                    "<@UBOT> who wrote this?", "U2", "C1", "1700000000.000100", null),
                "Ev1"),
            SlackRequests.JSON_TYPE);
        requests.post(
            "command=%2Fbrief&text=x", SlackRequests.FORM, Instant.now().getEpochSecond(), "wrong");
        // A reply that cannot be delivered: logged with its stack trace.
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
          closed = s.getLocalPort();
        }
        requests.post(
            SlackRequests.form(
                SlackRequests.slashCommand(
                    "ITPP?", "U1", "http://127.0.0.1:" + closed + "/response/lost")),
            SlackRequests.FORM);
        slack.await(c -> c.path().equals("/response/a"), TIMEOUT);
        slack.await(c -> c.path().equals("/api/chat.postMessage"), TIMEOUT);
        captured.await(
            e -> e.getThrowableProxy() != null && e.getLoggerName().startsWith("org.briefbot"));
      }
      try (FakeSocketMode socket = FakeSocketMode.start(List.of(socketCommand(slack)))) {
        slack.socketModeUrl(socket.url());
        try (RunningBot bot =
            RunningBot.start(RunningBot.socketEnv(slack, tmp.resolve("f.jsonl")))) {
          slack.await(c -> c.path().equals("/response/s"), TIMEOUT);
        }
      }
    }

    assertThat(captured.events())
        .anyMatch(e -> e.getFormattedMessage().startsWith("briefbot-slack is running in HTTP mode"))
        .anyMatch(
            e -> e.getFormattedMessage().startsWith("briefbot-slack is running in Socket Mode"))
        .anyMatch(e -> e.getThrowableProxy() != null);
    for (ILoggingEvent event : captured.events()) {
      String everything =
          event.getLoggerName()
              + " "
              + event.getThreadName()
              + " "
              + event.getFormattedMessage()
              + " "
              + event.getMDCPropertyMap()
              + " "
              + (event.getThrowableProxy() == null
                  ? ""
                  : ThrowableProxyUtil.asString(event.getThrowableProxy()));
      for (String secret : SECRETS) assertThat(everything).doesNotContain(secret);
    }
    for (String secret : SECRETS)
      assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain(secret);
  }

  /**
   * Start-ups that fail, with the process's own standard output and error captured too: each token
   * rejected, Slack's API unreachable in either mode, and a Socket Mode URL that refuses the
   * connection (the bot starts, then retries in the background).
   */
  @Test
  void noTokenOrSecretIsLoggedOrPrintedWhenAStartFails() throws Exception {
    PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    PrintStream systemOut = System.out;
    PrintStream systemErr = System.err;
    PrintStream tee = new PrintStream(console, true, StandardCharsets.UTF_8);
    System.setOut(tee);
    System.setErr(tee);
    List<Integer> exits = new java.util.ArrayList<>();
    int closed;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = s.getLocalPort();
    }
    String nowhere = "http://127.0.0.1:" + closed + "/api/";
    try {
      try (FakeSlackApi slack = FakeSlackApi.start()) {
        slack.rejectBotToken();
        exits.add(
            Main.run(RunningBot.socketEnv(slack, tmp.resolve("f.jsonl")), errStream, bot -> {}));
      }
      try (FakeSlackApi slack = FakeSlackApi.start()) {
        slack.rejectAppToken();
        exits.add(
            Main.run(RunningBot.socketEnv(slack, tmp.resolve("f.jsonl")), errStream, bot -> {}));
      }
      exits.add(
          Main.run(
              java.util.Map.of(
                  "SLACK_BOT_TOKEN",
                  FakeSlackApi.BOT_TOKEN,
                  "SLACK_SIGNING_SECRET",
                  SlackRequests.SIGNING_SECRET,
                  "SLACK_API_URL",
                  nowhere,
                  "HOST",
                  "127.0.0.1",
                  "PORT",
                  "0"),
              errStream,
              bot -> {}));
      exits.add(
          Main.run(
              java.util.Map.of(
                  "SLACK_BOT_TOKEN",
                  FakeSlackApi.BOT_TOKEN,
                  "SLACK_APP_TOKEN",
                  FakeSlackApi.APP_TOKEN,
                  "SLACK_API_URL",
                  nowhere),
              errStream,
              bot -> {}));
      try (FakeSlackApi slack = FakeSlackApi.start()) {
        slack.socketModeUrl("ws://127.0.0.1:" + closed + "/link/?ticket=fake");
        try (RunningBot bot =
            RunningBot.start(RunningBot.socketEnv(slack, tmp.resolve("f.jsonl")))) {
          // Bolt's client is refused, logs it, and asks for a new URL: wait for that request.
          int opened =
              (int)
                  slack.calls().stream()
                      .filter(c -> c.path().equals("/api/apps.connections.open"))
                      .count();
          slack.awaitAll(
              c -> c.path().equals("/api/apps.connections.open"),
              opened + 1,
              Duration.ofSeconds(30));
        }
      }
    } finally {
      System.setOut(systemOut);
      System.setErr(systemErr);
    }

    assertThat(exits).containsExactly(2, 2, 1, 1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains(
            "Slack rejected SLACK_BOT_TOKEN",
            "Slack rejected SLACK_APP_TOKEN",
            "cannot reach Slack at " + nowhere);
    // The failures were logged (with stack traces, at DEBUG and up), and searched below.
    assertThat(captured.events())
        .anyMatch(e -> e.getThrowableProxy() != null)
        .anyMatch(e -> e.getLoggerName().startsWith("com.slack.api.socket_mode"));
    for (ILoggingEvent event : captured.events()) {
      String everything =
          event.getLoggerName()
              + " "
              + event.getThreadName()
              + " "
              + event.getFormattedMessage()
              + " "
              + event.getMDCPropertyMap()
              + " "
              + (event.getThrowableProxy() == null
                  ? ""
                  : ThrowableProxyUtil.asString(event.getThrowableProxy()));
      for (String secret : SECRETS) assertThat(everything).doesNotContain(secret);
    }
    for (String secret : SECRETS) {
      assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain(secret);
      assertThat(console.toString(StandardCharsets.UTF_8)).doesNotContain(secret);
    }
  }

  /** Keeps every event, and lets a test wait for one. */
  static final class Captured extends ListAppender<ILoggingEvent> {
    @Override
    protected void append(ILoggingEvent event) {
      super.append(event); // AppenderBase calls this holding the appender's lock
      notifyAll();
    }

    synchronized void await(java.util.function.Predicate<ILoggingEvent> what)
        throws InterruptedException {
      long deadline = System.nanoTime() + TIMEOUT.toNanos();
      while (list.stream().noneMatch(what)) {
        long left = deadline - System.nanoTime();
        if (left <= 0) throw new AssertionError("not logged within " + TIMEOUT);
        java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(this, left);
      }
    }

    synchronized List<ILoggingEvent> events() {
      return List.copyOf(list);
    }
  }

  private static String socketCommand(FakeSlackApi slack) {
    ObjectMapper json = new ObjectMapper();
    ObjectNode payload = json.createObjectNode();
    SlackRequests.slashCommand("When was the ITPP signed?", "U1", slack.responseUrl("s"))
        .forEach(payload::put);
    return SocketModeTest.envelope("env-1", "slash_commands", payload);
  }
}
