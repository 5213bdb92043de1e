package org.briefbot.discord;

import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;
import org.briefbot.chat.BriefChat;
import org.briefbot.chat.ReplyBudget;
import org.briefbot.chat.logging.JavaUtilLogging;
import org.briefbot.core.BriefFormatException;
import org.briefbot.core.LibraryException;
import org.briefbot.index.BriefIndex;
import org.briefbot.index.BriefIndexException;

/**
 * {@code java -jar briefbot-discord.jar}: the Discord bot. Configured by environment variables;
 * exit code 0 after a clean shutdown, 1 when the briefs cannot be read, 2 when a setting must be
 * changed (a missing or rejected DISCORD_TOKEN, a malformed variable, refused intents).
 */
public final class Main {
  static final int OK = 0;
  static final int FAILURE = 1;
  static final int USAGE = 2;

  /**
   * Discord's embed fields hold 1,024 characters; quotes of at most 900 leave room for escaping and
   * the bold marks. A passage shown in full goes in a description (4,096).
   */
  static final ReplyBudget BUDGET = new ReplyBudget(3, 900, 3_500, 600);

  private static final String USAGE_TEXT =
      String.join(
          "\n",
          "Usage: java -jar bot-discord/target/briefbot-discord.jar",
          "Runs the briefbot Discord bot: /brief ask, show, outline, about, help. Configure it with environment variables:",
          "  DISCORD_TOKEN            the bot token (required)",
          "  DISCORD_GUILD_ID         register /brief in this server only, instantly (otherwise globally)",
          "  DISCORD_MESSAGE_CONTENT  1 to answer @mentions in channels (needs the Message Content intent)",
          "  DISCORD_API_URL          REST base, e.g. a rate-limit proxy (default Discord's)",
          "  DISCORD_GATEWAY_URL      gateway URL, e.g. a gateway proxy (compression off)",
          "  BRIEFBOT_BRIEFS          folder of briefs (default: the bundled brief)",
          "  BRIEFBOT_INDEX           keep the search index in this folder",
          "  BRIEFBOT_FEEDBACK        where 👍/👎 votes go (default briefbot-feedback.jsonl)",
          "  BRIEFBOT_FEEDBACK_USERS  1 to record who voted",
          "  BRIEFBOT_RATE            questions per user per minute (default 10)");

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, System.getenv(), System.out, System.err));
  }

  /** Runs the bot until it shuts down; returns the exit code. */
  static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
    JavaUtilLogging.routeToSlf4j();
    if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
      out.println(USAGE_TEXT);
      return OK;
    }
    if (args.length > 0) {
      err.println(
          "briefbot-discord: takes no arguments; it is configured by environment variables (see --help)");
      return USAGE;
    }
    DiscordConfig config;
    try {
      config = DiscordConfig.fromEnvironment(env);
    } catch (DiscordConfig.ConfigException e) {
      err.println("briefbot-discord: " + e.getMessage());
      return USAGE;
    }
    BriefIndex index;
    try {
      index = config.library().openWatched();
    } catch (BriefFormatException | LibraryException | BriefIndexException e) {
      err.println("briefbot-discord: " + e.getMessage());
      return FAILURE;
    }
    try (index) {
      BriefChat chat =
          new BriefChat(
              index,
              BUDGET,
              config.chat().rateLimiter(java.time.Clock.systemUTC()),
              config.chat().feedbackLog());
      try (DiscordBot bot = DiscordBot.start(config, chat)) {
        Optional<String> problem =
            bot.awaitShutdown()
                .filter(c -> !c.isReconnect())
                .map(c -> DiscordBot.refused(c, config));
        if (problem.isPresent()) {
          err.println("briefbot-discord: " + problem.get());
          return USAGE;
        }
        return OK;
      }
    } catch (DiscordConfig.ConfigException e) {
      err.println("briefbot-discord: " + e.getMessage());
      return USAGE;
    } catch (DiscordBot.Unreachable e) {
      err.println("briefbot-discord: " + e.getMessage());
      return FAILURE;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return OK;
    }
  }
}
