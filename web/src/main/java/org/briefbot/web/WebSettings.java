package org.briefbot.web;

import java.util.Map;
import java.util.Optional;
import org.briefbot.chat.settings.Environment;
import org.briefbot.chat.settings.SettingsException;
import org.briefbot.chat.settings.Variable;

/**
 * How {@code briefbot serve} treats its clients.
 *
 * @param token {@link Variable#BRIEFBOT_WEB_TOKEN}: the bearer token every {@code /api/} request
 *     must carry; empty, the API is open to whoever can reach the address
 * @param perMinute {@link Variable#BRIEFBOT_WEB_RATE}: API requests each client address may make a
 *     minute
 */
public record WebSettings(Optional<String> token, int perMinute) {
  public static final int DEFAULT_RATE = 60;

  /** High enough for a tool on the same machine to send a batch, which is the point of an API. */
  public static final int MAX_RATE = 100_000;

  /** Short tokens can be guessed at the rate limit's pace; 16 characters cannot. */
  public static final int MIN_TOKEN = 16;

  public WebSettings {
    token = token == null ? Optional.empty() : token;
    if (token.isPresent() && !wellFormed(token.get())) {
      throw new IllegalArgumentException(
          "token must be " + MIN_TOKEN + " or more visible ASCII characters");
    }
    if (perMinute < 1 || perMinute > MAX_RATE) {
      throw new IllegalArgumentException(
          "perMinute must be 1 to " + MAX_RATE + ", was " + perMinute);
    }
  }

  /** No token, {@value #DEFAULT_RATE} requests a minute per client. */
  public static WebSettings defaults() {
    return new WebSettings(Optional.empty(), DEFAULT_RATE);
  }

  /** From {@code env}; a malformed value is a {@link SettingsException} naming it. */
  public static WebSettings from(Map<String, String> env) {
    Optional<String> token = Environment.value(env, Variable.BRIEFBOT_WEB_TOKEN);
    if (token.isPresent() && !wellFormed(token.get())) {
      // The value itself is never shown: it is a secret, even when a bad one.
      throw new SettingsException(
          "set "
              + Variable.BRIEFBOT_WEB_TOKEN.name()
              + " to "
              + MIN_TOKEN
              + " or more visible ASCII characters, e.g. the output of: openssl rand -hex 24");
    }
    int perMinute =
        Environment.number(
                env,
                Variable.BRIEFBOT_WEB_RATE,
                1,
                MAX_RATE,
                "API requests per client address per minute")
            .orElse(DEFAULT_RATE);
    return new WebSettings(token, perMinute);
  }

  /** Without the token, which must never reach a log. */
  @Override
  public String toString() {
    return "WebSettings[token="
        + (token.isPresent() ? "(set)" : "(none)")
        + ", perMinute="
        + perMinute
        + "]";
  }

  private static boolean wellFormed(String token) {
    if (token.length() < MIN_TOKEN) return false;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c <= ' ' || c > '~') return false;
    }
    return true;
  }
}
