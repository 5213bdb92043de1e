package org.briefbot.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.briefbot.chat.settings.SettingsException;
import org.junit.jupiter.api.Test;

/** {@link WebSettings}: read from the environment as every front end reads its own. */
class WebSettingsTest {
  static final String TOKEN = "0123456789" + "abcdefXYZ";

  @Test
  void nothingSetMeansNoTokenAndSixtyRequestsAMinute() {
    assertThat(WebSettings.from(Map.of())).isEqualTo(WebSettings.defaults());
    assertThat(WebSettings.defaults().token()).isEmpty();
    assertThat(WebSettings.defaults().perMinute()).isEqualTo(60);
  }

  @Test
  void readsTheTokenAndTheRate() {
    WebSettings settings =
        WebSettings.from(
            Map.of("BRIEFBOT_WEB_TOKEN", " " + TOKEN + " ", "BRIEFBOT_WEB_RATE", "500"));

    assertThat(settings.token()).contains(TOKEN);
    assertThat(settings.perMinute()).isEqualTo(500);
  }

  @Test
  void aShortOrMalformedTokenIsRefusedWithoutShowingIt() {
    for (String bad : new String[] {"short-token", TOKEN + " with space", TOKEN + "\u00e9"}) {
      assertThatThrownBy(() -> WebSettings.from(Map.of("BRIEFBOT_WEB_TOKEN", bad)))
          .isInstanceOf(SettingsException.class)
          .hasMessage(
              "set BRIEFBOT_WEB_TOKEN to 16 or more visible ASCII characters, e.g. the output of:"
                  + " openssl rand -hex 24")
          .message()
          .doesNotContain(bad.strip());
    }
  }

  @Test
  void aRateOutOfRangeNamesTheVariable() {
    assertThatThrownBy(() -> WebSettings.from(Map.of("BRIEFBOT_WEB_RATE", "0")))
        .isInstanceOf(SettingsException.class)
        .hasMessage(
            "set BRIEFBOT_WEB_RATE to API requests per client address per minute, 1 to 100000"
                + " (it is \"0\")");
    assertThatThrownBy(() -> new WebSettings(Optional.empty(), 100_001))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("perMinute must be 1 to 100000, was 100001");
  }

  @Test
  void theTokenNeverShowsInTheSettingsText() {
    assertThat(new WebSettings(Optional.of(TOKEN), 60).toString())
        .isEqualTo("WebSettings[token=(set), perMinute=60]")
        .doesNotContain(TOKEN);
  }
}
