package org.briefbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.read.ListAppender;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Starts the bot with the shipped logging configuration (our own loggers at TRACE), with the
 * process's standard output and error captured too, through every way a start can go: the token
 * rejected by the REST API, rejected by the gateway, Discord unreachable, and a start that connects
 * and answers. No log event, stack trace or printed line holds the token.
 */
class SecretsInLogsTest {
  /** The whole token, and the part after its last dot, which is the secret half of it. */
  static final List<String> SECRETS =
      List.of(
          FakeDiscord.TOKEN, FakeDiscord.TOKEN.substring(FakeDiscord.TOKEN.lastIndexOf('.') + 1));

  private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private LoggerContext logging;

  @BeforeEach
  void captureWithTheShippedConfiguration() throws JoranException {
    logging = (LoggerContext) LoggerFactory.getILoggerFactory();
    configure("/logback.xml");
    logging.getLogger("org.briefbot").setLevel(Level.TRACE);
    captured.setContext(logging);
    captured.start();
    Logger root = logging.getLogger(Logger.ROOT_LOGGER_NAME);
    root.detachAppender("STDERR"); // captured, not printed: the test provokes failures on purpose
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
  void noTokenIsLoggedOrPrintedWhetherTheStartFailsOrSucceeds() throws Exception {
    PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
    PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    PrintStream tee = new PrintStream(console, true, StandardCharsets.UTF_8);
    PrintStream systemOut = System.out;
    PrintStream systemErr = System.err;
    System.setOut(tee);
    System.setErr(tee);
    List<Integer> exits = new ArrayList<>();
    try {
      try (FakeDiscord discord = FakeDiscord.start("the-only-valid-token", true)) {
        exits.add(Main.run(new String[0], discord.env(), outStream, errStream));
      }
      try (FakeDiscord discord = FakeDiscord.start()) {
        discord.rejectTokenAtGateway();
        exits.add(Main.run(new String[0], discord.env(), outStream, errStream));
      }
      Map<String, String> unreachable;
      try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
        unreachable =
            Map.of(
                "DISCORD_TOKEN",
                FakeDiscord.TOKEN,
                "DISCORD_API_URL",
                "http://127.0.0.1:" + closed.getLocalPort() + "/api/v10/",
                "DISCORD_GATEWAY_URL",
                "ws://127.0.0.1:" + closed.getLocalPort() + "/");
      }
      exits.add(Main.run(new String[0], unreachable, outStream, errStream));
      try (FakeDiscord discord = FakeDiscord.start()) {
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        Thread runner =
            new Thread(
                () ->
                    exit.complete(
                        Main.run(
                            new String[0],
                            discord.env("DISCORD_GUILD_ID", FakeDiscord.GUILD_ID),
                            outStream,
                            errStream)),
                "briefbot-main");
        runner.start();
        discord.awaitSessions(1, Duration.ofSeconds(30));
        String token =
            discord.slash("1400000000000000500", "ask", "question", "Who wrote the brief?");
        discord.awaitEdit(token);
        discord.dropConnection(); // a reconnect is logged too
        discord.awaitSessions(2, Duration.ofSeconds(30));
        runner.interrupt();
        exits.add(exit.get(30, TimeUnit.SECONDS));
      }
    } finally {
      System.setOut(systemOut);
      System.setErr(systemErr);
    }

    assertThat(exits).containsExactly(Main.USAGE, Main.USAGE, Main.FAILURE, Main.OK);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("Discord rejected DISCORD_TOKEN", "cannot reach Discord's API");
    List<ILoggingEvent> events;
    synchronized (captured) { // appenders append holding their own lock
      events = List.copyOf(captured.list);
    }
    // JDA's own lines (connecting, the dropped connection) and ours are all here, and searched.
    assertThat(events)
        .anyMatch(e -> e.getLoggerName().startsWith("net.dv8tion.jda"))
        .anyMatch(e -> e.getLoggerName().startsWith("org.briefbot"));
    for (ILoggingEvent event : events) {
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
      assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain(secret);
      assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain(secret);
      assertThat(console.toString(StandardCharsets.UTF_8)).doesNotContain(secret);
    }
  }
}
