package org.briefbot.discord;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a button under an answer does, and the custom id that carries it: the action, the short
 * token under which chat remembers the answer, and the page offset. A custom id holds at most 100
 * characters; these hold at most 25.
 *
 * @param action what the click asks for
 * @param token the answer's token from chat's RecentAnswers (12 hex characters)
 * @param offset the first hit of the page the button belongs to
 */
record AnswerButton(Action action, String token, int offset) {
  static final String PREFIX = "brief:";
  private static final Pattern ID =
      Pattern.compile("brief:(more|post|up|down):([0-9a-f]{1,32}):(\\d{1,3})");

  enum Action {
    /** Show the next page of hits, privately. */
    MORE,
    /** Post the answer the user sees privately to the channel. */
    POST,
    /** 👍 */
    UP,
    /** 👎 */
    DOWN
  }

  AnswerButton {
    if (!token.matches("[0-9a-f]{1,32}"))
      throw new IllegalArgumentException("token must be hex, was \"" + token + "\"");
    if (offset < 0 || offset > 999)
      throw new IllegalArgumentException("offset must be 0 to 999, was " + offset);
  }

  String customId() {
    return PREFIX + action.name().toLowerCase(java.util.Locale.ROOT) + ":" + token + ":" + offset;
  }

  /** The button a custom id names; empty for ids this bot did not make. */
  static Optional<AnswerButton> parse(String customId) {
    Matcher m = ID.matcher(customId == null ? "" : customId);
    if (!m.matches()) return Optional.empty();
    Action action = Action.valueOf(m.group(1).toUpperCase(java.util.Locale.ROOT));
    return Optional.of(new AnswerButton(action, m.group(2), Integer.parseInt(m.group(3))));
  }
}
