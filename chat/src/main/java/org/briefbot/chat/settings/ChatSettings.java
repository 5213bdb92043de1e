package org.briefbot.chat.settings;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.briefbot.chat.FeedbackLog;
import org.briefbot.chat.RateLimiter;

/**
 * How the bots treat the people asking, the same on every platform.
 *
 * @param perMinute {@link Variable#BRIEFBOT_RATE}: questions each user may ask a minute
 * @param feedbackFile {@link Variable#BRIEFBOT_FEEDBACK}: where votes are appended
 * @param recordVoters {@link Variable#BRIEFBOT_FEEDBACK_USERS}: record who voted
 */
public record ChatSettings(int perMinute, Path feedbackFile, boolean recordVoters) {
  public static final int DEFAULT_RATE = 10;
  public static final int MAX_RATE = 1_000;
  public static final String DEFAULT_FEEDBACK_FILE = "briefbot-feedback.jsonl";

  public ChatSettings {
    if (perMinute < 1 || perMinute > MAX_RATE) {
      throw new IllegalArgumentException(
          "perMinute must be 1 to " + MAX_RATE + ", was " + perMinute);
    }
    if (feedbackFile == null) throw new IllegalArgumentException("feedbackFile must not be null");
  }

  public static ChatSettings defaults() {
    return new ChatSettings(DEFAULT_RATE, Path.of(DEFAULT_FEEDBACK_FILE), false);
  }

  /** From {@code env}; a malformed value is a {@link SettingsException} naming it. */
  public static ChatSettings from(Map<String, String> env) {
    return new ChatSettings(
        Environment.number(
                env, Variable.BRIEFBOT_RATE, 1, MAX_RATE, "questions per user per minute")
            .orElse(DEFAULT_RATE),
        Environment.value(env, Variable.BRIEFBOT_FEEDBACK)
            .map(Path::of)
            .orElse(Path.of(DEFAULT_FEEDBACK_FILE)),
        Environment.flag(env, Variable.BRIEFBOT_FEEDBACK_USERS).orElse(false));
  }

  public FeedbackLog feedbackLog() {
    return new FeedbackLog(feedbackFile, recordVoters, Clock.systemUTC());
  }

  public RateLimiter rateLimiter(Clock clock) {
    return new RateLimiter(perMinute, clock);
  }
}
