package org.briefbot.slack;

import java.util.Map;
import java.util.Optional;
import org.briefbot.chat.settings.ChatSettings;
import org.briefbot.chat.settings.Environment;
import org.briefbot.chat.settings.LibrarySettings;
import org.briefbot.chat.settings.SettingsException;
import org.briefbot.chat.settings.Variable;

/**
 * How the bot runs, read from the environment and nowhere else (tokens never come from the command
 * line). {@link #toString()} never shows a secret.
 *
 * @param botToken SLACK_BOT_TOKEN, the Bot User OAuth Token (xoxb-…)
 * @param appToken SLACK_APP_TOKEN, an app-level token (xapp-…); when present the bot runs in Socket
 *     Mode
 * @param signingSecret SLACK_SIGNING_SECRET, for HTTP mode
 * @param host HOST, the address HTTP mode listens on (default all interfaces)
 * @param port PORT, the port HTTP mode listens on (default 3000; 0 picks a free one)
 * @param apiUrl SLACK_API_URL, replaces the Web API base {@code https://slack.com/api/}
 * @param library which briefs, where the index is kept, search by meaning (chat's, shared)
 * @param chat rate limit and feedback (chat's, shared)
 */
record SlackSettings(
    String botToken,
    Optional<String> appToken,
    Optional<String> signingSecret,
    String host,
    int port,
    Optional<String> apiUrl,
    LibrarySettings library,
    ChatSettings chat) {

  static final int DEFAULT_PORT = 3000;
  static final String DEFAULT_HOST = "0.0.0.0";

  /** What to set when the tokens are missing: one line, naming every variable. */
  static final String MISSING_TOKENS =
      "set SLACK_BOT_TOKEN (Bot User OAuth Token, xoxb-...) and either "
          + "SLACK_APP_TOKEN (app-level token with connections:write, xapp-...) for Socket Mode or "
          + "SLACK_SIGNING_SECRET for HTTP mode; see the Slack section of README.md";

  enum Mode {
    SOCKET,
    HTTP
  }

  SlackSettings {
    if (botToken == null || botToken.isBlank())
      throw new IllegalArgumentException("botToken must not be blank");
    if (appToken.isEmpty() && signingSecret.isEmpty()) {
      throw new IllegalArgumentException("appToken or signingSecret is needed");
    }
    if (port < 0 || port > 65_535)
      throw new IllegalArgumentException("port must be 0 to 65535, was " + port);
  }

  /**
   * Reads the settings from {@code env}.
   *
   * @throws StartupException (exit code 2) naming what to set when something is missing or
   *     malformed
   */
  static SlackSettings fromEnvironment(Map<String, String> env) {
    Optional<String> bot = Environment.value(env, Variable.SLACK_BOT_TOKEN);
    Optional<String> app = Environment.value(env, Variable.SLACK_APP_TOKEN);
    Optional<String> secret = Environment.value(env, Variable.SLACK_SIGNING_SECRET);
    if (bot.isEmpty() || (app.isEmpty() && secret.isEmpty())) {
      throw StartupException.usage(MISSING_TOKENS);
    }
    try {
      int port =
          Environment.number(env, Variable.PORT, 0, 65_535, "a port number").orElse(DEFAULT_PORT);
      Optional<String> apiUrl =
          Environment.url(env, Variable.SLACK_API_URL, "https://slack.com/api/", "http", "https")
              .map(u -> u.endsWith("/") ? u : u + "/");
      return new SlackSettings(
          bot.get(),
          app,
          secret,
          Environment.value(env, Variable.HOST).orElse(DEFAULT_HOST),
          port,
          apiUrl,
          LibrarySettings.from(env),
          ChatSettings.from(env));
    } catch (SettingsException e) {
      throw StartupException.usage(e.getMessage());
    }
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
    return "SlackSettings[mode="
        + mode()
        + ", host="
        + host
        + ", port="
        + port
        + ", apiUrl="
        + apiUrl.orElse("default")
        + ", "
        + library
        + ", "
        + chat
        + "]";
  }
}
