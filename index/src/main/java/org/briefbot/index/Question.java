package org.briefbot.index;

import java.util.Optional;

/**
 * A question as a user typed it, with how many passages to return and, optionally, the one brief to
 * answer from.
 *
 * @param text the question, chat noise and all; anything is accepted
 * @param limit how many passages to return, 1 to {@value #MAX_LIMIT}
 * @param briefId restricts the answer to this brief when present
 */
public record Question(String text, int limit, Optional<String> briefId) {
  public static final int DEFAULT_LIMIT = 3;
  public static final int MAX_LIMIT = 50;

  public Question {
    if (text == null) throw new IllegalArgumentException("text must not be null (use \"\")");
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ", was " + limit);
    }
    briefId = briefId == null ? Optional.empty() : briefId;
  }

  /** The question with the default limit, over the whole library. */
  public static Question of(String text) {
    return new Question(text, DEFAULT_LIMIT, Optional.empty());
  }

  public Question withLimit(int newLimit) {
    return new Question(text, newLimit, briefId);
  }

  public Question inBrief(String id) {
    return new Question(text, limit, Optional.of(id));
  }
}
