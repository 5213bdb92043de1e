package org.briefbot.discord;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * How the bot runs, read from the environment (tokens never come from the command line).
 *
 * @param token the bot token, DISCORD_TOKEN; never logged or shown
 * @param guildId the server to register /brief in (instant), DISCORD_GUILD_ID; globally otherwise
 * @param apiUrl the REST base, DISCORD_API_URL (a rate-limit proxy, or a test's fake Discord)
 * @param gatewayUrl the gateway, DISCORD_GATEWAY_URL; compression is off when it is set
 * @param messageContent DISCORD_MESSAGE_CONTENT=1: answer @mentions in channels, which needs the
 *     privileged Message Content intent switched on in the Developer Portal
 * @param briefs the briefs folder, BRIEFBOT_BRIEFS; the bundled brief when empty
 * @param index the index folder, BRIEFBOT_INDEX; in memory when empty
 * @param perMinute questions a user may ask a minute, BRIEFBOT_RATE (default 10)
 */
record DiscordConfig(
    String token,
    Optional<Long> guildId,
    Optional<String> apiUrl,
    Optional<String> gatewayUrl,
    boolean messageContent,
    Optional<Path> briefs,
    Optional<Path> index,
    int perMinute) {

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
    String token = value(env, "DISCORD_TOKEN").orElseThrow(() -> new ConfigException(missingToken()));
    Optional<Long> guild = value(env, "DISCORD_GUILD_ID").map(DiscordConfig::snowflake);
    Optional<String> api = value(env, "DISCORD_API_URL").map(u -> url("DISCORD_API_URL", u, "http", "https"))
        .map(u -> u.endsWith("/") ? u : u + "/");
    Optional<String> gateway = value(env, "DISCORD_GATEWAY_URL").map(u -> url("DISCORD_GATEWAY_URL", u, "ws", "wss"));
    boolean messageContent = value(env, "DISCORD_MESSAGE_CONTENT").map(DiscordConfig::flag).orElse(false);
    int perMinute = value(env, "BRIEFBOT_RATE").map(DiscordConfig::rate).orElse(10);
    return new DiscordConfig(token, guild, api, gateway, messageContent,
        value(env, "BRIEFBOT_BRIEFS").map(Path::of), value(env, "BRIEFBOT_INDEX").map(Path::of), perMinute);
  }

  static String missingToken() {
    return "DISCORD_TOKEN is not set: copy your bot's token from " + PORTAL
        + " (your app, Bot, Reset Token) and run DISCORD_TOKEN=<token> java -jar bot-discord/target/briefbot-discord.jar";
  }

  static String rejectedToken() {
    return "Discord rejected DISCORD_TOKEN (401 Unauthorized): set DISCORD_TOKEN to your bot's current token from "
        + PORTAL + " (your app, Bot, Reset Token)";
  }

  @Override
  public String toString() {
    // never the token
    return "DiscordConfig[guildId=" + guildId + ", apiUrl=" + apiUrl + ", gatewayUrl=" + gatewayUrl
        + ", messageContent=" + messageContent + ", briefs=" + briefs + ", index=" + index
        + ", perMinute=" + perMinute + "]";
  }

  private static Optional<String> value(Map<String, String> env, String name) {
    String value = env.get(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  private static long snowflake(String value) {
    try {
      long id = Long.parseUnsignedLong(value);
      if (id == 0) throw new NumberFormatException();
      return id;
    } catch (NumberFormatException e) {
      throw new ConfigException("DISCORD_GUILD_ID must be a server id (digits; right-click the server, Copy Server ID), was \""
          + DiscordText.cut(value, 40) + "\"");
    }
  }

  private static String url(String name, String value, String... schemes) {
    try {
      URI uri = new URI(value);
      for (String scheme : schemes) {
        if (scheme.equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null) return value;
      }
    } catch (java.net.URISyntaxException e) {
      // reported below
    }
    throw new ConfigException(name + " must be a " + String.join(" or ", schemes) + " URL such as "
        + schemes[0] + "://127.0.0.1:8080/" + (schemes[0].startsWith("http") ? "api/v10/" : "")
        + ", was \"" + DiscordText.cut(value, 80) + "\"");
  }

  private static boolean flag(String value) {
    return switch (value.toLowerCase(java.util.Locale.ROOT)) {
      case "1", "true", "yes", "on" -> true;
      case "0", "false", "no", "off" -> false;
      default -> throw new ConfigException("DISCORD_MESSAGE_CONTENT must be 1 or 0, was \"" + DiscordText.cut(value, 20) + "\"");
    };
  }

  private static int rate(String value) {
    try {
      int rate = Integer.parseInt(value);
      if (rate >= 1 && rate <= 1000) return rate;
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new ConfigException("BRIEFBOT_RATE must be questions per user per minute, 1 to 1000, was \""
        + DiscordText.cut(value, 20) + "\"");
  }
}
