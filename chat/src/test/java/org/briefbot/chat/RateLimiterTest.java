package org.briefbot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Each user's allowance of questions a minute, refilled steadily, apart from everyone else's. */
class RateLimiterTest {
  /** A clock the test moves by hand. */
  private static final class ManualClock extends Clock {
    private Instant now = Instant.parse("2026-12-03T10:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void aUserMayAskTheirAllowanceAtOnceThenWaitsForTheNextQuestion() {
    ManualClock clock = new ManualClock();
    RateLimiter limiter = new RateLimiter(3, clock);

    for (int i = 0; i < 3; i++) assertThat(limiter.acquire("U1")).isEmpty();
    assertThat(limiter.acquire("U1")).contains(Duration.ofSeconds(20));
    assertThat(limiter.acquire("U2")).as("another user").isEmpty();

    clock.advance(Duration.ofSeconds(20));
    assertThat(limiter.acquire("U1")).isEmpty();
    assertThat(limiter.acquire("U1")).isPresent();
  }

  @Test
  void theAllowanceRefillsToItsSizeAndNoFurther() {
    ManualClock clock = new ManualClock();
    RateLimiter limiter = new RateLimiter(2, clock);
    limiter.acquire("U1");

    clock.advance(Duration.ofHours(1));

    assertThat(limiter.acquire("U1")).isEmpty();
    assertThat(limiter.acquire("U1")).isEmpty();
    assertThat(limiter.acquire("U1")).isPresent();
  }
}
