package org.briefbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlackSettingsTest {
  @Test
  void anAppTokenMeansSocketModeEvenWithASigningSecret() {
    SlackSettings s =
        SlackSettings.fromEnvironment(
            Map.of(
                "SLACK_BOT_TOKEN",
                "xoxb-1",
                "SLACK_APP_TOKEN",
                "xapp-1",
                "SLACK_SIGNING_SECRET",
                "secret"));
    assertThat(s.mode()).isEqualTo(SlackSettings.Mode.SOCKET);
  }

  @Test
  void httpModeDefaultsToPort3000OnEveryInterface() {
    SlackSettings s =
        SlackSettings.fromEnvironment(
            Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_SIGNING_SECRET", "x"));
    assertThat(s.mode()).isEqualTo(SlackSettings.Mode.HTTP);
    assertThat(s.port()).isEqualTo(3000);
    assertThat(s.host()).isEqualTo("0.0.0.0");
    assertThat(s.apiUrl()).isEmpty();
    assertThat(s.library().briefs()).isEmpty();
    assertThat(s.library().index()).isEmpty();
    assertThat(s.chat().perMinute()).isEqualTo(10);
  }

  @Test
  void readsEveryOtherSetting() {
    SlackSettings s =
        SlackSettings.fromEnvironment(
            Map.of(
                "SLACK_BOT_TOKEN",
                " xoxb-1 ",
                "SLACK_SIGNING_SECRET",
                "x",
                "PORT",
                "8080",
                "HOST",
                "127.0.0.1",
                "SLACK_API_URL",
                "https://slack-gov.com/api",
                "BRIEFBOT_BRIEFS",
                "/srv/briefs",
                "BRIEFBOT_INDEX",
                "/var/cache/briefbot",
                "BRIEFBOT_RATE",
                "30"));
    assertThat(s.botToken()).isEqualTo("xoxb-1");
    assertThat(s.port()).isEqualTo(8080);
    assertThat(s.host()).isEqualTo("127.0.0.1");
    assertThat(s.apiUrl()).contains("https://slack-gov.com/api/");
    assertThat(s.library().briefs()).contains(Path.of("/srv/briefs"));
    assertThat(s.library().index()).contains(Path.of("/var/cache/briefbot"));
    assertThat(s.chat().perMinute()).isEqualTo(30);
  }

  @Test
  void rejectsARateOutOfRange() {
    for (String rate : new String[] {"0", "1001", "ten"}) {
      assertThatThrownBy(
              () ->
                  SlackSettings.fromEnvironment(
                      Map.of(
                          "SLACK_BOT_TOKEN",
                          "b",
                          "SLACK_SIGNING_SECRET",
                          "s",
                          "BRIEFBOT_RATE",
                          rate)))
          .hasMessage(
              "set BRIEFBOT_RATE to questions per user per minute, 1 to 1000 (it is \""
                  + rate
                  + "\")");
    }
  }

  @Test
  void blankValuesCountAsMissing() {
    assertThatThrownBy(
            () ->
                SlackSettings.fromEnvironment(
                    Map.of("SLACK_BOT_TOKEN", " ", "SLACK_APP_TOKEN", "xapp-1")))
        .isInstanceOf(StartupException.class)
        .hasMessage(SlackSettings.MISSING_TOKENS)
        .satisfies(e -> assertThat(((StartupException) e).exitCode()).isEqualTo(2));
  }

  @Test
  void rejectsAPortOutOfRange() {
    assertThatThrownBy(
            () ->
                SlackSettings.fromEnvironment(
                    Map.of("SLACK_BOT_TOKEN", "b", "SLACK_SIGNING_SECRET", "s", "PORT", "70000")))
        .hasMessage("set PORT to a port number, 0 to 65535 (it is \"70000\")");
  }

  @Test
  void rejectsAnApiUrlThatIsNotHttp() {
    assertThatThrownBy(
            () ->
                SlackSettings.fromEnvironment(
                    Map.of(
                        "SLACK_BOT_TOKEN",
                        "b",
                        "SLACK_SIGNING_SECRET",
                        "s",
                        "SLACK_API_URL",
                        "slack.com/api")))
        .hasMessage(
            "set SLACK_API_URL to a http or https URL such as https://slack.com/api/ (it is \"slack.com/api\")");
  }

  @Test
  void toStringShowsNoSecret() {
    SlackSettings s =
        SlackSettings.fromEnvironment(
            Map.of(
                "SLACK_BOT_TOKEN",
                "xoxb-secret-1",
                "SLACK_APP_TOKEN",
                "xapp-secret-2",
                "SLACK_SIGNING_SECRET",
                "secret-3"));
    assertThat(s.toString()).doesNotContain("secret").contains("mode=SOCKET");
  }
}
