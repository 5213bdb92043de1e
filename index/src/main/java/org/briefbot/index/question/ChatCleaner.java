package org.briefbot.index.question;

import java.util.regex.Pattern;

/**
 * Strips what chat adds around a question before it is searched: mentions, channel and role
 * references, link markup (keeping link labels), emoji, formatting marks, and greetings. The result
 * is what the user asked, in their words.
 */
public final class ChatCleaner {
  /** Longer input is cut here: no real question is longer, and analysis cost stays bounded. */
  public static final int MAX_CHARS = 1000;

  private static final Pattern SLACK_LINK_WITH_LABEL =
      Pattern.compile("<(?:https?|mailto):[^|>\\s]*\\|([^>]*)>");
  private static final Pattern SLACK_CHANNEL_WITH_NAME = Pattern.compile("<#[A-Z0-9]+\\|([^>]*)>");

  /** Slack user/channel/special mentions and Discord users, roles, channels, emoji, timestamps. */
  private static final Pattern ANGLE_REFERENCE =
      Pattern.compile(
          "<(?:@[!&]?[A-Za-z0-9]+(?:\\|[^>]*)?|#[A-Za-z0-9]+|![a-z]+(?:\\^[^>]*)?(?:\\|[^>]*)?"
              + "|a?:[A-Za-z0-9_~]+:\\d+|t:\\d+(?::[A-Za-z])?|(?:https?|mailto):[^>]*)>");

  private static final Pattern BARE_URL = Pattern.compile("https?://\\S+");
  private static final Pattern AT_MENTION = Pattern.compile("(?<![\\w.])@[A-Za-z0-9_.-]+");
  private static final Pattern EMOJI_CODE = Pattern.compile(":[a-z0-9_+-]+(?:::skin-tone-\\d)?:");
  private static final Pattern FORMATTING =
      Pattern.compile("(?<![\\p{L}\\p{N}])[*_~`|]+|[*_~`|]+(?![\\p{L}\\p{N}])");
  private static final Pattern QUOTE_PREFIX = Pattern.compile("(?m)^\\s*>+\\s?");

  /**
   * One greeting or filler word at the start; {@link #clean} removes them one at a time. Not a
   * repeated group: the regex engine recurses once per repetition, and a few thousand "um"s would
   * overflow its stack.
   */
  private static final Pattern GREETING =
      Pattern.compile(
          "(?i)^(?:hey|hi|hello|hiya|yo|ok|okay|so|um+|uh+|quick question|question|thanks|thank you)"
              + "(?:\\s+(?:there|all|team|bot|briefbot|folks|guys))?\\s*[,:;!.\\-–—]*\\s+");

  /** Requests wrapped around a question: "can you tell me", "I'd like to know". */
  private static final Pattern REQUEST =
      Pattern.compile(
          // "I'd" is written without a space, with a straight or a curly apostrophe.
          "(?i)\\b(?:(?:can|could|would) you (?:please |pls )?(?:tell|show|remind) me|do you know|i(?: want| wanted| would like|['’]d like| need) to know"
              + "|i was wondering|i wonder|please tell me|tell me|remind me)\\b");

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private ChatCleaner() {}

  public static String clean(String raw) {
    if (raw == null) return "";
    String text = raw.length() > MAX_CHARS * 4 ? raw.substring(0, MAX_CHARS * 4) : raw;
    text = SLACK_LINK_WITH_LABEL.matcher(text).replaceAll("$1");
    text = SLACK_CHANNEL_WITH_NAME.matcher(text).replaceAll(" ");
    text = ANGLE_REFERENCE.matcher(text).replaceAll(" ");
    text = BARE_URL.matcher(text).replaceAll(" ");
    text = AT_MENTION.matcher(text).replaceAll(" ");
    text = EMOJI_CODE.matcher(text).replaceAll(" ");
    text = QUOTE_PREFIX.matcher(text).replaceAll("");
    text = stripPictographs(text);
    text = FORMATTING.matcher(text).replaceAll(" ");
    text = REQUEST.matcher(text).replaceAll(" ");
    text = SPACES.matcher(text).replaceAll(" ").strip();
    String previous;
    do {
      previous = text;
      text = GREETING.matcher(text).replaceFirst("").strip();
    } while (!text.equals(previous));
    if (text.length() > MAX_CHARS) {
      int cut = text.lastIndexOf(' ', MAX_CHARS);
      text = text.substring(0, cut > MAX_CHARS / 2 ? cut : MAX_CHARS);
    }
    return text;
  }

  /** Emoji and other pictographs carry no searchable meaning. */
  private static String stripPictographs(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            cp -> {
              int type = Character.getType(cp);
              boolean pictograph =
                  type == Character.OTHER_SYMBOL
                      || type == Character.SURROGATE
                      || type == Character.PRIVATE_USE
                      || type == Character.UNASSIGNED
                      || cp == 0x200D
                      || cp >= 0xFE00 && cp <= 0xFE0F
                      || cp >= 0x1F3FB && cp <= 0x1F3FF;
              if (Character.isISOControl(cp) && !Character.isWhitespace(cp)) pictograph = true;
              out.appendCodePoint(pictograph ? ' ' : cp);
            });
    return out.toString();
  }
}
