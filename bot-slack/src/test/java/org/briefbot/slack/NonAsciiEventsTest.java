package org.briefbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NonAsciiEventsTest {
  private static final Pattern LISTENING =
      Pattern.compile("running in HTTP mode at http://127\\.0\\.0\\.1:(\\d+)/");

  @TempDir Path tmp;

  /**
   * The bot in a JVM whose default charset is ASCII, as in a container without a locale: a
   * correctly signed event with a curly quote is still accepted and answered.
   */
  @Test
  void acceptsSignedNonAsciiEventsWhateverTheDefaultCharset() throws Exception {
    try (FakeSlackApi slack = FakeSlackApi.start()) {
      Map<String, String> env = RunningBot.httpEnv(slack, tmp.resolve("feedback.jsonl"));
      String java = ProcessHandle.current().info().command().orElse("java");
      ProcessBuilder builder =
          new ProcessBuilder(
                  java,
                  "-Dfile.encoding=US-ASCII",
                  "-Dlogback.configurationFile=logback.xml",
                  "-cp",
                  System.getProperty("java.class.path"),
                  Main.class.getName())
              .redirectErrorStream(true);
      builder.environment().clear();
      builder.environment().putAll(env);
      Process bot = builder.start();
      try {
        List<String> output = new ArrayList<>();
        CompletableFuture<Integer> port = new CompletableFuture<>();
        Thread reader =
            new Thread(
                () -> {
                  try (BufferedReader in =
                      new BufferedReader(
                          new InputStreamReader(bot.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = in.readLine()) != null; ) {
                      synchronized (output) {
                        output.add(line);
                      }
                      Matcher m = LISTENING.matcher(line);
                      if (m.find()) port.complete(Integer.parseInt(m.group(1)));
                    }
                  } catch (java.io.IOException e) {
                    port.completeExceptionally(e);
                  }
                  port.completeExceptionally(new AssertionError("the bot exited: " + output));
                },
                "bot-output");
        reader.setDaemon(true);
        reader.start();

        SlackRequests requests = new SlackRequests(port.get(60, TimeUnit.SECONDS));
        int status =
            requests
                .post(
                    SlackRequests.eventCallback(
                        SlackRequests.appMention(
                            "<@UBOT> When was the ITPP signed? Seoul\u2019s view \uD83D\uDC4D",
                            "U2",
                            "C9",
                            "1700000100.000200",
                            null),
                        "Ev1"),
                    SlackRequests.JSON_TYPE)
                .statusCode();

        assertThat(status).isEqualTo(200);
        FakeSlackApi.Call post =
            slack.await(c -> c.path().equals("/api/chat.postMessage"), Duration.ofSeconds(20));
        assertThat(post.form().get("blocks")).contains("csds-2024-10#s1p2");
      } finally {
        bot.destroy();
        if (!bot.waitFor(20, TimeUnit.SECONDS)) bot.destroyForcibly();
      }
    }
  }
}
