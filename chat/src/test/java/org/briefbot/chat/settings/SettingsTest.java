package org.briefbot.chat.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The settings every front end parses the same way, with the same messages. */
class SettingsTest {
  @Test
  void nothingSetMeansTheBundledBriefInMemoryByMeaningTenQuestionsAMinute() {
    assertThat(LibrarySettings.from(Map.of())).isEqualTo(LibrarySettings.defaults());
    assertThat(LibrarySettings.defaults().semantic()).isTrue();
    assertThat(ChatSettings.from(Map.of())).isEqualTo(ChatSettings.defaults());
    assertThat(ChatSettings.defaults().perMinute()).isEqualTo(10);
    assertThat(ChatSettings.defaults().feedbackFile())
        .isEqualTo(Path.of("briefbot-feedback.jsonl"));
  }

  @Test
  void readsEveryValueStrippedAndBlankCountsAsUnset() {
    LibrarySettings library =
        LibrarySettings.from(
            Map.of(
                "BRIEFBOT_BRIEFS",
                " /srv/briefs ",
                "BRIEFBOT_INDEX",
                " ",
                "BRIEFBOT_SEMANTIC",
                "ON"));
    ChatSettings chat =
        ChatSettings.from(
            Map.of(
                "BRIEFBOT_RATE",
                "30",
                "BRIEFBOT_FEEDBACK",
                "/var/votes.jsonl",
                "BRIEFBOT_FEEDBACK_USERS",
                "1"));

    assertThat(library)
        .isEqualTo(
            new LibrarySettings(
                java.util.Optional.of(Path.of("/srv/briefs")), java.util.Optional.empty(), true));
    assertThat(chat).isEqualTo(new ChatSettings(30, Path.of("/var/votes.jsonl"), true));
  }

  @Test
  void aMalformedValueNamesTheVariableWhatItTakesAndWhatItIs() {
    assertThatThrownBy(() -> LibrarySettings.from(Map.of("BRIEFBOT_SEMANTIC", "maybe")))
        .isInstanceOf(SettingsException.class)
        .hasMessage("set BRIEFBOT_SEMANTIC to on or off (it is \"maybe\")");
    for (String rate : new String[] {"0", "1001", "ten"}) {
      assertThatThrownBy(() -> ChatSettings.from(Map.of("BRIEFBOT_RATE", rate)))
          .hasMessage(
              "set BRIEFBOT_RATE to questions per user per minute, 1 to 1000 (it is \""
                  + rate
                  + "\")");
    }
    assertThatThrownBy(
            () ->
                Environment.url(
                    Map.of("SLACK_API_URL", "slack.com/api"),
                    Variable.SLACK_API_URL,
                    "https://slack.com/api/",
                    "http",
                    "https"))
        .hasMessage(
            "set SLACK_API_URL to a http or https URL such as https://slack.com/api/ "
                + "(it is \"slack.com/api\")");
  }

  @Test
  void semanticSwitchesTakeTheUsualWords() {
    for (String on : new String[] {"on", "true", "yes", "1", " On "}) {
      assertThat(LibrarySettings.from(Map.of("BRIEFBOT_SEMANTIC", on)).semantic()).as(on).isTrue();
    }
    for (String off : new String[] {"off", "false", "no", "0"}) {
      assertThat(LibrarySettings.from(Map.of("BRIEFBOT_SEMANTIC", off)).semantic())
          .as(off)
          .isFalse();
    }
  }
}
