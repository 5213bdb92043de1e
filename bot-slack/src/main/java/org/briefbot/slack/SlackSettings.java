package org.briefbot.slack;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.briefbot.chat.BriefChat;

/**
 * How the bot runs, read from the environment and nowhere else (tokens never come from the
 * command line). {@link #toString()} never shows a secret.
 *
 * @param botToken SLACK_BOT_TOKEN, the Bot User OAuth Token (xoxb-…)
 * @param appToken SLACK_APP_TOKEN, an app-level token (xapp-…); when present the bot runs in
 *     Socket Mode
 * @param signingSecret SLACK_SIGNING_SECRET, for HTTP mode
 * @param host HOST, the address HTTP mode listens on (default all interfaces)
 * @param port PORT, the port HTTP mode listens on (default 3000; 0 picks a free one)
 * @param apiUrl SLACK_API_URL, replaces the Web API base {@code https://slack.com/api/}
 * @param briefs BRIEFBOT_BRIEFS, a folder of briefs; the bundled brief when empty
 * @param index BRIEFBOT_INDEX, a folder to keep the index in; in memory when empty
 * @param perMinute BRIEFBOT_RATE, questions each user may ask a minute (default 10)
 */
record SlackSettings(
    String botToken,
    Optional<String> appToken,
    Optional<String> signingSecret,
    String host,
    int port,
    Optional<String> apiUrl,
    Optional<Path> briefs,
    Optional<Path> index,
    int perMinute) {

  static final int DEFAULT_PORT = 3000;
  static final String DEFAULT_HOST = "0.0.0.0";
  static final int MAX_RATE = 1_000;

  /** What to set when the tokens are missing: one line, naming every variable. */
  static final String MISSING_TOKENS = "set SLACK_BOT_TOKEN (Bot User OAuth Token, xoxb-...) and either "
      + "SLACK_APP_TOKEN (app-level token with connections:write, xapp-...) for Socket Mode or "
      + "SLACK_SIGNING_SECRET for HTTP mode; see the Slack section of README.md";

  enum Mode { SOCKET, HTTP }

  SlackSettings {
    if (botToken == null || botToken.isBlank()) throw new IllegalArgumentException("botToken must not be blank");
    if (appToken.isEmpty() && signingSecret.isEmpty()) {
      throw new IllegalArgumentException("appToken or signingSecret is needed");
    }
    if (port < 0 || port > 65_535) throw new IllegalArgumentException("port must be 0 to 65535, was " + port);
    if (perMinute < 1 || perMinute > MAX_RATE) {
      throw new IllegalArgumentException("perMinute must be 1 to " + MAX_RATE + ", was " + perMinute);
    }
  }

  /**
   * Reads the settings from {@code env}.
   *
   * @throws StartupException (exit code 2) naming what to set when something is missing or malformed
   */
  static SlackSettings fromEnvironment(Map<String, String> env) {
    Optional<String> bot = value(env, "SLACK_BOT_TOKEN");
    Optional<String> app = value(env, "SLACK_APP_TOKEN");
    Optional<String> secret = value(env, "SLACK_SIGNING_SECRET");
    if (bot.isEmpty() || (app.isEmpty() && secret.isEmpty())) {
      throw StartupException.usage(MISSING_TOKENS);
    }
    int port = DEFAULT_PORT;
    Optional<String> portText = value(env, "PORT");
    if (portText.isPresent()) {
      try {
        port = Integer.parseInt(portText.get());
      } catch (NumberFormatException e) {
        port = -1;
      }
      if (port < 0 || port > 65_535) {
        throw StartupException.usage("set PORT to a port number from 0 to 65535 (it is \"" + portText.get() + "\")");
      }
    }
    Optional<String> apiUrl = value(env, "SLACK_API_URL").map(u -> u.endsWith("/") ? u : u + "/");
    if (apiUrl.isPresent() && !apiUrl.get().matches("(?i)https?://.+")) {
      throw StartupException.usage("set SLACK_API_URL to an http(s) URL such as https://slack.com/api/ (it is \""
          + apiUrl.get() + "\")");
    }
    int perMinute = value(env, "BRIEFBOT_RATE").map(SlackSettings::rate).orElse(BriefChat.DEFAULT_RATE);
    return new SlackSettings(bot.get(), app, secret, value(env, "HOST").orElse(DEFAULT_HOST), port, apiUrl,
        value(env, "BRIEFBOT_BRIEFS").map(Path::of), value(env, "BRIEFBOT_INDEX").map(Path::of), perMinute);
  }

  private static int rate(String text) {
    try {
      int n = Integer.parseInt(text);
      if (n >= 1 && n <= MAX_RATE) return n;
    } catch (NumberFormatException e) {
      // reported below
    }
    throw StartupException.usage("set BRIEFBOT_RATE to questions per user per minute, 1 to " + MAX_RATE
        + " (it is \"" + text + "\")");
  }

  Mode mode() {
    return appToken.isPresent() ? Mode.SOCKET : Mode.HTTP;
  }

  private static Optional<String> value(Map<String, String> env, String name) {
    String v = env.get(name);
    return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
  }

  @Override
  public String toString() {
    return "SlackSettings[mode=" + mode() + ", host=" + host + ", port=" + port + ", apiUrl="
        + apiUrl.orElse("default") + ", briefs=" + briefs.map(Path::toString).orElse("bundled") + ", index="
        + index.map(Path::toString).orElse("in memory") + ", perMinute=" + perMinute + "]";
  }
}
