package org.briefbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SeenEventsTest {
  @Test
  void reportsEachMessageOnceOnly() {
    SeenEvents seen = new SeenEvents(10);
    assertThat(seen.firstTime("C1", "1.1")).isTrue();
    assertThat(seen.firstTime("C1", "1.1")).isFalse();
    assertThat(seen.firstTime("C2", "1.1")).isTrue();
  }

  @Test
  void forgetsTheOldestBeyondItsCapacity() {
    SeenEvents seen = new SeenEvents(2);
    seen.firstTime("C", "1");
    seen.firstTime("C", "2");
    seen.firstTime("C", "3");
    assertThat(seen.firstTime("C", "1")).isTrue();
    assertThat(seen.firstTime("C", "3")).isFalse();
  }

  @Test
  void needsRoomForOne() {
    assertThatThrownBy(() -> new SeenEvents(0)).hasMessage("capacity must be at least 1, was 0");
  }
}
