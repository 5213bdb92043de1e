package org.briefbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link BearerToken}: the Authorization header's bearer value, compared whole. */
class BearerTokenTest {
  static final String TOKEN = "abcdefgh" + "12345678";

  final BearerToken token = new BearerToken(TOKEN);

  @Test
  void acceptsTheTokenAfterTheBearerSchemeInAnyCase() {
    assertThat(token.accepts("Bearer " + TOKEN)).isTrue();
    assertThat(token.accepts("BEARER " + TOKEN)).isTrue();
    assertThat(token.accepts("Bearer  " + TOKEN + " ")).isTrue();
  }

  @Test
  void refusesAnythingElse() {
    assertThat(token.accepts(null)).isFalse();
    assertThat(token.accepts("")).isFalse();
    assertThat(token.accepts(TOKEN)).isFalse();
    assertThat(token.accepts("Basic " + TOKEN)).isFalse();
    assertThat(token.accepts("Bearer " + TOKEN.substring(1))).isFalse();
    assertThat(token.accepts("Bearer " + TOKEN + "9")).isFalse();
    assertThat(token.accepts("Bearer")).isFalse();
  }

  @Test
  void itsTextHidesTheToken() {
    assertThat(token.toString()).isEqualTo("BearerToken[hidden]");
  }
}
