package org.briefbot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DiscordConfigTest {
  @Test
  void readsEveryVariable() {
    DiscordConfig config =
        DiscordConfig.fromEnvironment(
            Map.of(
                "DISCORD_TOKEN",
                "secret",
                "DISCORD_GUILD_ID",
                "1200000000000000002",
                "DISCORD_API_URL",
                "http://127.0.0.1:8080/api/v10",
                "DISCORD_GATEWAY_URL",
                "ws://127.0.0.1:8081/",
                "DISCORD_MESSAGE_CONTENT",
                "1",
                "BRIEFBOT_BRIEFS",
                "briefs",
                "BRIEFBOT_INDEX",
                "idx",
                "BRIEFBOT_RATE",
                "5"));

    assertThat(config.token()).isEqualTo("secret");
    assertThat(config.guildId()).contains(1200000000000000002L);
    assertThat(config.apiUrl()).contains("http://127.0.0.1:8080/api/v10/");
    assertThat(config.gatewayUrl()).contains("ws://127.0.0.1:8081/");
    assertThat(config.messageContent()).isTrue();
    assertThat(config.library().briefs()).contains(Path.of("briefs"));
    assertThat(config.library().index()).contains(Path.of("idx"));
    assertThat(config.chat().perMinute()).isEqualTo(5);
  }

  @Test
  void defaultsToDiscordItselfGloballyWithoutMentions() {
    DiscordConfig config = DiscordConfig.fromEnvironment(Map.of("DISCORD_TOKEN", "secret"));

    assertThat(config.guildId()).isEmpty();
    assertThat(config.apiUrl()).isEmpty();
    assertThat(config.gatewayUrl()).isEmpty();
    assertThat(config.messageContent()).isFalse();
    assertThat(config.library().briefs()).isEqualTo(Optional.empty());
    assertThat(config.chat().perMinute()).isEqualTo(10);
  }

  @Test
  void neverShowsTheToken() {
    DiscordConfig config =
        DiscordConfig.fromEnvironment(Map.of("DISCORD_TOKEN", "secret-token-value"));

    assertThat(config.toString()).doesNotContain("secret-token-value");
  }

  @Test
  void rejectsAUrlOfTheWrongKind() {
    assertThatThrownBy(
            () ->
                DiscordConfig.fromEnvironment(
                    Map.of("DISCORD_TOKEN", "t", "DISCORD_GATEWAY_URL", "http://x/")))
        .isInstanceOf(DiscordConfig.ConfigException.class)
        .hasMessage(
            "set DISCORD_GATEWAY_URL to a ws or wss URL such as ws://127.0.0.1:8080/ (it is \"http://x/\")");
    assertThatThrownBy(
            () ->
                DiscordConfig.fromEnvironment(
                    Map.of("DISCORD_TOKEN", "t", "DISCORD_API_URL", "discord")))
        .isInstanceOf(DiscordConfig.ConfigException.class)
        .hasMessage(
            "set DISCORD_API_URL to a http or https URL such as http://127.0.0.1:8080/api/v10/ (it is \"discord\")");
  }

  @Test
  void rejectsAFlagThatIsNotOneOrZero() {
    assertThatThrownBy(
            () ->
                DiscordConfig.fromEnvironment(
                    Map.of("DISCORD_TOKEN", "t", "DISCORD_MESSAGE_CONTENT", "maybe")))
        .hasMessage("set DISCORD_MESSAGE_CONTENT to on or off (it is \"maybe\")");
  }

  @Test
  void rejectsARateOutOfRange() {
    assertThatThrownBy(
            () -> DiscordConfig.fromEnvironment(Map.of("DISCORD_TOKEN", "t", "BRIEFBOT_RATE", "0")))
        .hasMessage("set BRIEFBOT_RATE to questions per user per minute, 1 to 1000 (it is \"0\")");
  }
}
