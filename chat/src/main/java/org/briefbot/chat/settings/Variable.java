package org.briefbot.chat.settings;

/**
 * Every environment variable briefbot reads, with its default and meaning: the one list the front
 * ends parse from and README's configuration table shows ({@code VariablesTest} keeps the two
 * equal).
 */
public enum Variable {
  BRIEFBOT_BRIEFS(
      "the bundled brief", "a folder of briefs to answer from (watched by the bots)", "all"),
  BRIEFBOT_INDEX(
      "CLI: the cache folder; bots: memory", "a folder to keep the search index in", "all"),
  BRIEFBOT_SEMANTIC("on", "search by meaning as well as by words: on or off", "all"),
  BRIEFBOT_NATIVE_DIR(
      "`$XDG_CACHE_HOME/briefbot/native`",
      "where the model's native libraries are unpacked",
      "all"),
  XDG_CACHE_HOME("`~/.cache`", "the cache folder (index, native libraries)", "all"),
  BRIEFBOT_DEBUG("unset", "`1` prints stack traces of unexpected errors", "CLI"),
  BRIEFBOT_RATE("10", "questions each user may ask a minute, 1 to 1000", "bots"),
  BRIEFBOT_FEEDBACK("`briefbot-feedback.jsonl`", "the file 👍/👎 votes are appended to", "bots"),
  BRIEFBOT_FEEDBACK_USERS("off", "`1` records who voted", "bots"),
  BRIEFBOT_LOG_LEVEL(
      "INFO", "the level of briefbot's own log lines (the libraries' stay at INFO/WARN)", "bots"),
  BRIEFBOT_WEB_TOKEN(
      "none (open)",
      "a bearer token `/api/` requires (`Authorization: Bearer …`), 16 or more visible"
          + " characters",
      "web"),
  BRIEFBOT_WEB_RATE("60", "API requests each client address may make a minute, 1 to 100000", "web"),
  SLACK_BOT_TOKEN("none (required)", "the Bot User OAuth Token, `xoxb-…`", "Slack"),
  SLACK_APP_TOKEN("none", "an app-level token, `xapp-…`: Socket Mode", "Slack"),
  SLACK_SIGNING_SECRET("none", "the signing secret: HTTP mode", "Slack"),
  SLACK_API_URL("`https://slack.com/api/`", "another Web API base (GovSlack, a proxy)", "Slack"),
  HOST("`0.0.0.0`", "the address HTTP mode listens on", "Slack"),
  PORT("3000", "the port HTTP mode listens on (0 picks a free one)", "Slack"),
  DISCORD_TOKEN("none (required)", "the bot token", "Discord"),
  DISCORD_GUILD_ID("none (global)", "a server to register /brief in at once", "Discord"),
  DISCORD_MESSAGE_CONTENT(
      "off", "`1` also answers @mentions (needs the Message Content intent)", "Discord"),
  DISCORD_API_URL("`https://discord.com/api/v10/`", "another REST base (a proxy)", "Discord"),
  DISCORD_GATEWAY_URL("Discord's", "another gateway (a proxy)", "Discord");

  private final String defaultValue;
  private final String meaning;
  private final String usedBy;

  Variable(String defaultValue, String meaning, String usedBy) {
    this.defaultValue = defaultValue;
    this.meaning = meaning;
    this.usedBy = usedBy;
  }

  public String defaultValue() {
    return defaultValue;
  }

  public String meaning() {
    return meaning;
  }

  /** "all", "CLI", "bots", "web", "Slack" or "Discord". */
  public String usedBy() {
    return usedBy;
  }
}
