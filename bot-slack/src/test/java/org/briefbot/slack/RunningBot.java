package org.briefbot.slack;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The bot as {@code java -jar} runs it ({@link Main#run} with an environment), on a thread of its
 * own, until {@link #close()}: which stops it and checks that it exited with 0.
 */
final class RunningBot implements AutoCloseable {
  private final CompletableFuture<SlackBot> started = new CompletableFuture<>();
  private final CompletableFuture<Integer> exit = new CompletableFuture<>();
  private final CountDownLatch stop = new CountDownLatch(1);
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private SlackBot bot;

  private RunningBot() {}

  /** The environment for HTTP mode against {@code fake}, listening on 127.0.0.1 on a free port. */
  static Map<String, String> httpEnv(FakeSlackApi fake, Path feedbackFile) {
    Map<String, String> env = new HashMap<>();
    env.put("SLACK_BOT_TOKEN", FakeSlackApi.BOT_TOKEN);
    env.put("SLACK_SIGNING_SECRET", SlackRequests.SIGNING_SECRET);
    env.put("SLACK_API_URL", fake.apiUrl());
    env.put("HOST", "127.0.0.1");
    env.put("PORT", "0");
    env.put("BRIEFBOT_FEEDBACK", feedbackFile.toString());
    // By words: the bots' tests expect the same passages from the first answer to the last.
    env.put("BRIEFBOT_SEMANTIC", "off");
    return env;
  }

  /** The environment for Socket Mode against {@code fake}. */
  static Map<String, String> socketEnv(FakeSlackApi fake, Path feedbackFile) {
    Map<String, String> env = new HashMap<>();
    env.put("SLACK_BOT_TOKEN", FakeSlackApi.BOT_TOKEN);
    env.put("SLACK_APP_TOKEN", FakeSlackApi.APP_TOKEN);
    env.put("SLACK_API_URL", fake.apiUrl());
    env.put("BRIEFBOT_FEEDBACK", feedbackFile.toString());
    // By words: the bots' tests expect the same passages from the first answer to the last.
    env.put("BRIEFBOT_SEMANTIC", "off");
    return env;
  }

  /** Starts the bot and waits until it serves; fails with its error output if it exits instead. */
  static RunningBot start(Map<String, String> env) {
    RunningBot running = new RunningBot();
    Thread thread =
        new Thread(
            () -> {
              try {
                int code =
                    Main.run(
                        Map.copyOf(env),
                        new PrintStream(running.err, true, StandardCharsets.UTF_8),
                        bot -> {
                          running.started.complete(bot);
                          try {
                            running.stop.await();
                          } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                          }
                        });
                running.exit.complete(code);
                running.started.completeExceptionally(
                    new AssertionError("the bot exited with " + code + ": " + running.err));
              } catch (Throwable e) {
                running.exit.completeExceptionally(e);
                running.started.completeExceptionally(e);
              }
            },
            "bot-under-test");
    thread.setDaemon(true);
    thread.start();
    try {
      running.bot = running.started.get(60, TimeUnit.SECONDS);
    } catch (InterruptedException | ExecutionException | TimeoutException e) {
      throw new AssertionError("the bot did not start: " + running.err, e);
    }
    return running;
  }

  SlackBot bot() {
    return bot;
  }

  int port() {
    return bot.httpPort().orElseThrow();
  }

  SlackRequests requests() {
    return new SlackRequests(port());
  }

  @Override
  public void close() {
    stop.countDown();
    int code;
    try {
      code = exit.get(30, TimeUnit.SECONDS);
    } catch (InterruptedException | ExecutionException | TimeoutException e) {
      throw new AssertionError("the bot did not stop", e);
    }
    if (code != 0) throw new AssertionError("the bot exited with " + code + ": " + err);
  }
}
