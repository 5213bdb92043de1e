package org.briefbot.chat;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A per-user token bucket: each user may ask {@code perMinute} questions a minute, refilled
 * continuously. Users beyond a bounded number are forgotten oldest first, so memory stays small
 * whatever a flood does.
 */
public final class RateLimiter {
  private static final int MAX_USERS = 10_000;

  private final int perMinute;
  private final Clock clock;
  private final Map<String, Bucket> buckets =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
          return size() > MAX_USERS;
        }
      };

  private static final class Bucket {
    double tokens;
    long updatedNanos;
  }

  public RateLimiter(int perMinute, Clock clock) {
    if (perMinute < 1)
      throw new IllegalArgumentException("perMinute must be at least 1, was " + perMinute);
    this.perMinute = perMinute;
    this.clock = clock;
  }

  /** Takes one question from the user's allowance; empty when allowed, else how long to wait. */
  public synchronized java.util.Optional<Duration> acquire(String user) {
    long now = clock.millis() * 1_000_000L;
    Bucket bucket =
        buckets.computeIfAbsent(
            user,
            u -> {
              Bucket b = new Bucket();
              b.tokens = perMinute;
              b.updatedNanos = now;
              return b;
            });
    double refill = (now - bucket.updatedNanos) / 60e9 * perMinute;
    bucket.tokens = Math.min(perMinute, bucket.tokens + Math.max(0, refill));
    bucket.updatedNanos = now;
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return java.util.Optional.empty();
    }
    long waitMillis = (long) Math.ceil((1 - bucket.tokens) / perMinute * 60_000);
    return java.util.Optional.of(Duration.ofMillis(Math.max(1, waitMillis)));
  }
}
