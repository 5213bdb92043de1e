package org.briefbot.chat.logging;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What may reach a log line. Bots log what strangers send them (questions, payloads a library could
 * not parse), so a line could carry a secret, forge further lines with a raw line break, or fill
 * the disk. Every message passes here: secrets are masked, control characters escaped (so one event
 * is one line), and the length capped.
 */
public final class SafeLogText {
  /** Longest message kept; the rest is counted, not written. */
  public static final int MAX_MESSAGE = 1_000;

  /** A library's message longer than this that carries a JSON payload loses the payload. */
  static final int PAYLOAD_AFTER = 200;

  static final String MASK = "***";

  /** Secret shapes, each masked whole or after its first group. */
  private static final List<Pattern> SECRETS =
      List.of(
          // Slack bot, user, app-level and refresh tokens.
          Pattern.compile("\\bx(?:ox[a-z]|app)-[A-Za-z0-9-]{6,}"),
          // Discord bot tokens: three base64url parts joined by dots.
          Pattern.compile("\\b[A-Za-z0-9_-]{20,}\\.[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]{20,}"),
          // Discord interaction tokens are base64 of "interaction:...".
          Pattern.compile("aW50ZXJhY3Rpb246[A-Za-z0-9_+/=-]*"),
          // Slack request signatures.
          Pattern.compile("v0=[0-9a-fA-F]{16,}"),
          // Authorization values, in headers or as printed by HTTP clients.
          Pattern.compile("(?i)(authorization\"?\\s*[:=]\\s*\"?)[^\",}\\s]+(?:\\s+[^\",}\\s]+)?"),
          Pattern.compile("(?i)\\b((?:Bearer|Bot)\\s+)[A-Za-z0-9._~+/=-]{16,}"),
          // "token" fields of JSON payloads and form bodies (Slack's verification token,
          // interactions).
          Pattern.compile("(?i)(\"?token\"?\\s*[:=]\\s*\"?)[^\"&,}\\s]+"),
          // Webhook and interaction callback URLs carry their token in the path.
          Pattern.compile("(/(?:webhooks|interactions)/\\d+/)[A-Za-z0-9_.-]+"),
          Pattern.compile("(hooks\\.slack\\.com/[a-z]+/)[A-Za-z0-9/_-]+"));

  private SafeLogText() {}

  /**
   * {@code message} as it may be logged.
   *
   * @param ours true for briefbot's own loggers, whose messages never carry raw payloads; a
   *     library's message is cut at the first JSON object once it is long
   */
  public static String clean(String message, boolean ours) {
    if (message == null) return "";
    String text = message;
    if (!ours && text.length() > PAYLOAD_AFTER) {
      int payload = text.indexOf('{');
      if (payload >= 0) {
        text =
            text.substring(0, payload)
                + "[payload of "
                + (text.length() - payload)
                + " characters left out]";
      }
    }
    text = mask(text);
    text = escapeControls(text);
    if (text.length() > MAX_MESSAGE) {
      text =
          text.substring(0, MAX_MESSAGE)
              + "... ["
              + (text.length() - MAX_MESSAGE)
              + " more characters]";
    }
    return text;
  }

  /** {@code text} with every secret shape replaced by {@value #MASK}. */
  public static String mask(String text) {
    String out = text;
    for (Pattern secret : SECRETS) {
      Matcher m = secret.matcher(out);
      StringBuilder masked = new StringBuilder();
      while (m.find()) {
        String keep = m.groupCount() >= 1 && m.group(1) != null ? m.group(1) : "";
        m.appendReplacement(masked, Matcher.quoteReplacement(keep + MASK));
      }
      m.appendTail(masked);
      out = masked.toString();
    }
    return out;
  }

  /** CR, LF, tabs and other control characters as visible escapes: one event, one line. */
  static String escapeControls(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control = Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
      if (!control) {
        if (out != null) out.append(c);
        continue;
      }
      if (out == null) out = new StringBuilder(text.length() + 16).append(text, 0, i);
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> out.append(String.format("\\u%04x", (int) c));
      }
    }
    return out == null ? text : out.toString();
  }
}
