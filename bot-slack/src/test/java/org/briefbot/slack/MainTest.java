package org.briefbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start-up as an operator meets it: what happens with missing, wrong or clashing settings. */
class MainTest {
  @TempDir Path tmp;

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(Map<String, String> env) {
    return Main.run(
        env,
        new PrintStream(err, true, StandardCharsets.UTF_8),
        bot -> {
          throw new AssertionError("the bot must not start");
        });
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void withoutTokensExitsWith2AndOneLineSayingWhatToSet() {
    assertThat(run(Map.of())).isEqualTo(2);
    assertThat(err())
        .isEqualTo(
            "briefbot-slack: set SLACK_BOT_TOKEN (Bot User OAuth Token, xoxb-...) and either "
                + "SLACK_APP_TOKEN (app-level token with connections:write, xapp-...) for Socket Mode or SLACK_SIGNING_SECRET "
                + "for HTTP mode; see the Slack section of README.md"
                + System.lineSeparator());
  }

  @Test
  void aBotTokenAloneIsNotEnough() {
    assertThat(run(Map.of("SLACK_BOT_TOKEN", FakeSlackApi.BOT_TOKEN))).isEqualTo(2);
    assertThat(err())
        .isEqualTo("briefbot-slack: " + SlackSettings.MISSING_TOKENS + System.lineSeparator());
  }

  @Test
  void aRejectedBotTokenExitsWith2AndSaysWhichTokenToFix() {
    try (FakeSlackApi slack = FakeSlackApi.start()) {
      slack.rejectBotToken();
      assertThat(run(RunningBot.httpEnv(slack, tmp.resolve("f.jsonl")))).isEqualTo(2);
    }
    assertThat(err())
        .isEqualTo(
            "briefbot-slack: Slack rejected SLACK_BOT_TOKEN (invalid_auth): set it to the app's "
                + "Bot User OAuth Token (xoxb-...) from OAuth & Permissions, after installing the app"
                + System.lineSeparator());
  }

  @Test
  void aRejectedAppTokenExitsWith2AndSaysWhichTokenToFix() {
    try (FakeSlackApi slack = FakeSlackApi.start()) {
      slack.rejectAppToken();
      assertThat(run(RunningBot.socketEnv(slack, tmp.resolve("f.jsonl")))).isEqualTo(2);
      assertThat(slack.calls()).noneMatch(c -> c.path().equals("/api/chat.postMessage"));
    }
    assertThat(err())
        .isEqualTo(
            "briefbot-slack: Slack rejected SLACK_APP_TOKEN (invalid_auth): set it to an "
                + "app-level token with the connections:write scope (xapp-...) from Basic Information, and turn on Socket Mode"
                + System.lineSeparator());
  }

  @Test
  void aMalformedPortExitsWith2() {
    Map<String, String> env =
        Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_SIGNING_SECRET", "s", "PORT", "http");
    assertThat(run(env)).isEqualTo(2);
    assertThat(err())
        .isEqualTo(
            "briefbot-slack: set PORT to a port number, 0 to 65535 (it is \"http\")"
                + System.lineSeparator());
  }

  @Test
  void anUnreachableSlackExitsWith1() throws IOException {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = s.getLocalPort();
    }
    Map<String, String> env =
        new HashMap<>(
            Map.of(
                "SLACK_BOT_TOKEN",
                FakeSlackApi.BOT_TOKEN,
                "SLACK_SIGNING_SECRET",
                SlackRequests.SIGNING_SECRET,
                "SLACK_API_URL",
                "http://127.0.0.1:" + closedPort + "/api"));
    assertThat(run(env)).isEqualTo(1);
    assertThat(err())
        .startsWith(
            "briefbot-slack: cannot reach Slack at http://127.0.0.1:" + closedPort + "/api/: ")
        .hasLineCount(1);
  }

  @Test
  void aPortInUseExitsWith1() throws IOException {
    try (FakeSlackApi slack = FakeSlackApi.start();
        ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Map<String, String> env = new HashMap<>(RunningBot.httpEnv(slack, tmp.resolve("f.jsonl")));
      env.put("PORT", Integer.toString(taken.getLocalPort()));
      assertThat(run(env)).isEqualTo(1);
      assertThat(err())
          .startsWith("briefbot-slack: cannot listen on 127.0.0.1:" + taken.getLocalPort() + ": ")
          .endsWith("(set PORT to a free port)" + System.lineSeparator());
    }
  }

  @Test
  void aMissingBriefsFolderExitsWith1() {
    try (FakeSlackApi slack = FakeSlackApi.start()) {
      Map<String, String> env = new HashMap<>(RunningBot.httpEnv(slack, tmp.resolve("f.jsonl")));
      env.put("BRIEFBOT_BRIEFS", tmp.resolve("nowhere").toString());
      assertThat(run(env)).isEqualTo(1);
    }
    assertThat(err())
        .isEqualTo(
            "briefbot-slack: briefs folder "
                + tmp.resolve("nowhere")
                + " does not exist or is not a folder"
                + System.lineSeparator());
  }

  @Test
  void answersFromTheBriefsFolderAndKeepsTheIndexOnDisk() throws IOException {
    Path briefs = Files.createDirectories(tmp.resolve("briefs"));
    try (InputStream in = MainTest.class.getResourceAsStream("/briefs/harbour-pilots.md")) {
      Files.copy(in, briefs.resolve("harbour-pilots.md"));
    }
    Path index = tmp.resolve("index");
    try (FakeSlackApi slack = FakeSlackApi.start()) {
      Map<String, String> env = new HashMap<>(RunningBot.httpEnv(slack, tmp.resolve("f.jsonl")));
      env.put("BRIEFBOT_BRIEFS", briefs.toString());
      env.put("BRIEFBOT_INDEX", index.toString());
      try (RunningBot bot = RunningBot.start(env)) {
        bot.requests()
            .post(
                SlackRequests.form(
                    SlackRequests.slashCommand(
                        "When were the new pilot boats ordered?",
                        "U1",
                        slack.responseUrl("pilots"))),
                SlackRequests.FORM);
        String reply =
            slack.await(c -> c.path().equals("/response/pilots"), Duration.ofSeconds(20)).body();
        assertThat(reply)
            .contains("harbour-notes-2025-2#s1p1")
            .contains("The port authority ordered two new pilot boats in January 2025");
      }
    }
    assertThat(index).isNotEmptyDirectory();
  }

  @Test
  void picksUpABriefAddedToTheFolderWithoutARestart() throws IOException {
    Path briefs = Files.createDirectories(tmp.resolve("briefs"));
    copy("/briefs/harbour-pilots.md", briefs);
    ch.qos.logback.classic.Logger indexLog =
        (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("org.briefbot.index");
    ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> logged =
        new ch.qos.logback.core.read.ListAppender<>();
    logged.start();
    indexLog.addAppender(logged);
    indexLog.setLevel(ch.qos.logback.classic.Level.INFO);
    try (FakeSlackApi slack = FakeSlackApi.start()) {
      Map<String, String> env = new HashMap<>(RunningBot.httpEnv(slack, tmp.resolve("f.jsonl")));
      env.put("BRIEFBOT_BRIEFS", briefs.toString());
      try (RunningBot bot = RunningBot.start(env)) {
        copy("/briefs/ferry-timetables.md", briefs);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String reply = "";
        for (int i = 0; !reply.contains("harbour-notes-2025-3#s1p1"); i++) {
          assertThat(System.nanoTime())
              .as("the new brief answered within a minute; last reply: %s", reply)
              .isLessThan(deadline);
          bot.requests()
              .post(
                  SlackRequests.form(
                      SlackRequests.slashCommand(
                          "How many ferry crossings a day in winter?",
                          "U" + i,
                          slack.responseUrl("ferry" + i))),
                  SlackRequests.FORM);
          int n = i;
          reply =
              slack
                  .await(c -> c.path().equals("/response/ferry" + n), Duration.ofSeconds(20))
                  .body();
        }
        assertThat(reply).contains("four crossings a day");
      }
    } finally {
      indexLog.detachAppender(logged);
      indexLog.setLevel(null);
    }
    // The index's own log lines (java.util.logging) arrive through the bot's logging.
    assertThat(logged.list).anyMatch(e -> e.getFormattedMessage().contains("2 briefs"));
  }

  private static void copy(String resource, Path folder) throws IOException {
    try (InputStream in = MainTest.class.getResourceAsStream(resource)) {
      Files.copy(in, folder.resolve(Path.of(resource).getFileName().toString()));
    }
  }
}
