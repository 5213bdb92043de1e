package org.briefbot.chat;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Remembers recent answers under short random tokens, so buttons (share, more results, feedback,
 * show full paragraph) can refer to an answer in the few bytes a platform allows them (Discord
 * custom ids hold 100 characters). Bounded: the oldest are forgotten first.
 */
public final class RecentAnswers {
  private static final int CAPACITY = 5_000;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, Entry> entries =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
          return size() > CAPACITY;
        }
      };

  /** What a button needs to act on an answer. */
  public record Entry(String question, Optional<String> briefId, List<String> passageIds) {
    public Entry {
      briefId = briefId == null ? Optional.empty() : briefId;
      passageIds = List.copyOf(passageIds);
    }
  }

  /** Stores an entry; returns its token (12 hex characters). */
  public synchronized String remember(Entry entry) {
    byte[] bytes = new byte[6];
    String token;
    do {
      random.nextBytes(bytes);
      token = HexFormat.of().formatHex(bytes);
    } while (entries.containsKey(token));
    entries.put(token, entry);
    return token;
  }

  public synchronized Optional<Entry> get(String token) {
    return Optional.ofNullable(entries.get(token));
  }
}
