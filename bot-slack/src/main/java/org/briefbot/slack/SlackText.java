package org.briefbot.slack;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefbot.chat.PlainText;

/**
 * Slack's message text format, both ways: what users send is turned into plain words, and
 * everything the bot quotes or echoes is escaped, so no passage or question can ping anyone or
 * break the markup.
 */
final class SlackText {
  /** Slack's limit for the text of a section block (and for a context element's text). */
  static final int SECTION_LIMIT = 3_000;

  /** {@code <@U123>}, {@code <@U123|name>}, {@code <#C123|name>}, {@code <!channel>}, links. */
  private static final Pattern ANGLE = Pattern.compile("<([^<>]*)>");

  private static final Pattern USER_ID = Pattern.compile("[UW][A-Z0-9]{1,20}");

  private SlackText() {}

  /**
   * Plain words from Slack's message format: {@code <@U1|ann>} becomes {@code @ann}, {@code
   * <!channel>} becomes {@code @channel}, {@code <https://x|label>} becomes {@code label}, and
   * {@code &amp;}, {@code &lt;}, {@code &gt;} become {@code &}, {@code <}, {@code >}. Mentions of
   * {@code botUserId} are removed. Never throws; null is empty.
   */
  static String toPlain(String slackText, String botUserId) {
    if (slackText == null) return "";
    Matcher m = ANGLE.matcher(slackText);
    StringBuilder out = new StringBuilder(slackText.length());
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(plainReference(m.group(1), botUserId)));
    }
    m.appendTail(out);
    return unescape(out.toString()).replaceAll("[ \\t]+", " ").strip();
  }

  private static String plainReference(String inside, String botUserId) {
    int bar = inside.indexOf('|');
    String target = bar < 0 ? inside : inside.substring(0, bar);
    String label = bar < 0 ? "" : inside.substring(bar + 1);
    if (target.startsWith("@")) {
      String id = target.substring(1);
      if (id.equals(botUserId)) return " ";
      return label.isEmpty() ? "@" + id : "@" + stripLeading(label, '@');
    }
    if (target.startsWith("#")) {
      return label.isEmpty() ? "#" + target.substring(1) : "#" + stripLeading(label, '#');
    }
    if (target.startsWith("!")) {
      // <!channel>, <!here>, <!subteam^S1|@team>, <!date^...|fallback>
      if (!label.isEmpty()) return label;
      String name = target.substring(1);
      int caret = name.indexOf('^');
      return "@" + (caret < 0 ? name : name.substring(0, caret));
    }
    return label.isEmpty() ? target : label;
  }

  private static String stripLeading(String s, char c) {
    return !s.isEmpty() && s.charAt(0) == c ? s.substring(1) : s;
  }

  private static String unescape(String s) {
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }

  /** Escapes the three characters Slack treats as markup, so {@code text} shows as typed. */
  static String escape(String text) {
    if (text == null) return "";
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Cuts already-escaped text to at most {@code max} characters, ending with "…", never inside an
   * entity such as {@code &amp;} or a surrogate pair.
   */
  static String fit(String escaped, int max) {
    if (max < 2) throw new IllegalArgumentException("max must be at least 2, was " + max);
    return PlainText.cut(escaped, max, cut -> entityStart(escaped, cut));
  }

  /** The start of the entity ({@code &amp;}, {@code &lt;}, {@code &gt;}) {@code cut} falls in. */
  private static int entityStart(String escaped, int cut) {
    int amp = escaped.lastIndexOf('&', cut);
    boolean inside = amp >= 0 && amp > cut - 5 && escaped.indexOf(';', amp) >= cut;
    return inside ? amp : cut;
  }

  /** A mention of a user, only for ids Slack itself gave us; anything else is shown escaped. */
  static String mention(String userId) {
    if (userId != null && USER_ID.matcher(userId).matches()) return "<@" + userId + ">";
    return escape(userId);
  }
}
