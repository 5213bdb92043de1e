package org.briefbot.discord;

import java.util.Map;
import java.util.Optional;
import org.briefbot.chat.settings.ChatSettings;
import org.briefbot.chat.settings.Environment;
import org.briefbot.chat.settings.LibrarySettings;
import org.briefbot.chat.settings.SettingsException;
import org.briefbot.chat.settings.Variable;

/**
 * How the bot runs, read from the environment (tokens never come from the command line).
 *
 * @param token the bot token, DISCORD_TOKEN; never logged or shown
 * @param guildId the server to register /brief in (instant), DISCORD_GUILD_ID; globally otherwise
 * @param apiUrl the REST base, DISCORD_API_URL (a rate-limit proxy, or a test's fake Discord)
 * @param gatewayUrl the gateway, DISCORD_GATEWAY_URL; compression is off when it is set
 * @param messageContent DISCORD_MESSAGE_CONTENT=1: answer @mentions in channels, which needs the
 *     privileged Message Content intent switched on in the Developer Portal
 * @param library which briefs, where the index is kept, search by meaning (chat's, shared)
 * @param chat rate limit and feedback (chat's, shared)
 */
record DiscordConfig(
    String token,
    Optional<Long> guildId,
    Optional<String> apiUrl,
    Optional<String> gatewayUrl,
    boolean messageContent,
    LibrarySettings library,
    ChatSettings chat) {

  /** Where a bot token is made, for the one line shown when it is missing or rejected. */
  static final String PORTAL = "https://discord.com/developers/applications";

  DiscordConfig {
    if (token == null || token.isBlank()) throw new ConfigException(missingToken());
  }

  /** A setting the user must fix; its message is one line naming the variable. */
  static final class ConfigException extends RuntimeException {
    ConfigException(String message) {
      super(message);
    }
  }

  static DiscordConfig fromEnvironment(Map<String, String> env) {
    String token =
        Environment.value(env, Variable.DISCORD_TOKEN)
            .orElseThrow(() -> new ConfigException(missingToken()));
    try {
      Optional<Long> guild =
          Environment.value(env, Variable.DISCORD_GUILD_ID).map(DiscordConfig::snowflake);
      Optional<String> api =
          Environment.url(
                  env, Variable.DISCORD_API_URL, "http://127.0.0.1:8080/api/v10/", "http", "https")
              .map(u -> u.endsWith("/") ? u : u + "/");
      Optional<String> gateway =
          Environment.url(env, Variable.DISCORD_GATEWAY_URL, "ws://127.0.0.1:8080/", "ws", "wss");
      boolean messageContent =
          Environment.flag(env, Variable.DISCORD_MESSAGE_CONTENT).orElse(false);
      return new DiscordConfig(
          token,
          guild,
          api,
          gateway,
          messageContent,
          LibrarySettings.from(env),
          ChatSettings.from(env));
    } catch (SettingsException e) {
      throw new ConfigException(e.getMessage());
    }
  }

  static String missingToken() {
    return "DISCORD_TOKEN is not set: copy your bot's token from "
        + PORTAL
        + " (your app, Bot, Reset Token) and run DISCORD_TOKEN=<token> java -jar bot-discord/target/briefbot-discord.jar";
  }

  static String rejectedToken() {
    return "Discord rejected DISCORD_TOKEN (401 Unauthorized): set DISCORD_TOKEN to your bot's current token from "
        + PORTAL
        + " (your app, Bot, Reset Token)";
  }

  @Override
  public String toString() {
    // never the token
    return "DiscordConfig[guildId="
        + guildId
        + ", apiUrl="
        + apiUrl
        + ", gatewayUrl="
        + gatewayUrl
        + ", messageContent="
        + messageContent
        + ", "
        + library
        + ", "
        + chat
        + "]";
  }

  private static long snowflake(String value) {
    try {
      long id = Long.parseUnsignedLong(value);
      if (id == 0) throw new NumberFormatException();
      return id;
    } catch (NumberFormatException e) {
      throw new ConfigException(
          "set DISCORD_GUILD_ID to a server id (digits; right-click the server, "
              + "Copy Server ID) (it is \""
              + DiscordText.cut(value, 40)
              + "\")");
    }
  }
}
