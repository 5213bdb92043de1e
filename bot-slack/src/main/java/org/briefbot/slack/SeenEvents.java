package org.briefbot.slack;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers the messages recently answered, so a retried delivery of the same event (Slack retries
 * when an acknowledgement is late or lost) is not answered twice. Bounded: the oldest are forgotten
 * first.
 */
final class SeenEvents {
  private final Map<String, Boolean> seen;

  SeenEvents(int capacity) {
    if (capacity < 1)
      throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
    this.seen =
        new LinkedHashMap<>(16, 0.75f, false) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > capacity;
          }
        };
  }

  /** True the first time a message (channel and timestamp) is seen, false for repeats. */
  synchronized boolean firstTime(String channel, String ts) {
    return seen.put(channel + "/" + ts, Boolean.TRUE) == null;
  }
}
