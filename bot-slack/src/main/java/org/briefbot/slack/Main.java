package org.briefbot.slack;

import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import org.briefbot.chat.logging.JavaUtilLogging;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Launches the Slack bot: {@code java -jar bot-slack/target/briefbot-slack.jar}, configured by
 * environment variables only (see README.md). All the work is in {@link #run}, which tests call.
 */
public final class Main {
  private static final Logger log = LoggerFactory.getLogger(Main.class);

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(System.getenv(), System.err, Main::untilShutdown));
  }

  /**
   * Starts the bot from {@code env}, hands it to {@code whileRunning}, and stops it when that
   * returns.
   *
   * @return 0 after a clean stop; 2 when a token or setting is missing or rejected, 1 when the bot
   *     cannot start for another reason; either way after one line on {@code err} saying what to do
   */
  static int run(Map<String, String> env, PrintStream err, Consumer<SlackBot> whileRunning) {
    JavaUtilLogging.routeToSlf4j();
    SlackBot bot;
    try {
      bot = SlackBot.start(env);
    } catch (StartupException e) {
      err.println("briefbot-slack: " + e.getMessage());
      if (e.getCause() != null) log.debug("start-up failed", e.getCause());
      return e.exitCode();
    }
    try {
      whileRunning.accept(bot);
      return 0;
    } finally {
      bot.close();
    }
  }

  /** Serves until the process is asked to stop (Ctrl-C, SIGTERM), then stops cleanly. */
  private static void untilShutdown(SlackBot bot) {
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  bot.close();
                  stopped.countDown();
                },
                "briefbot-shutdown"));
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
