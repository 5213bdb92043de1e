package org.briefbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Main#run}: exit codes and the one line a user sees when a setting must change. */
class MainTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(Map<String, String> env, String... args) {
    return Main.run(
        args,
        env,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void saysWhatToSetWhenTheTokenIsMissing() {
    assertThat(run(Map.of())).isEqualTo(2);

    assertThat(err())
        .isEqualTo(
            "briefbot-discord: DISCORD_TOKEN is not set: copy your bot's token from "
                + "https://discord.com/developers/applications (your app, Bot, Reset Token) and run "
                + "DISCORD_TOKEN=<token> java -jar bot-discord/target/briefbot-discord.jar"
                + System.lineSeparator());
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void treatsABlankTokenAsMissing() {
    assertThat(run(Map.of("DISCORD_TOKEN", "  "))).isEqualTo(2);

    assertThat(err()).startsWith("briefbot-discord: DISCORD_TOKEN is not set").hasLineCount(1);
  }

  @Test
  void saysWhatToSetWhenDiscordRejectsTheToken() {
    try (FakeDiscord discord = FakeDiscord.start("the-only-valid-token", true);
        LogCapture logs = LogCapture.capture()) {
      int code = run(discord.env());

      assertThat(code).isEqualTo(2);
      assertThat(err())
          .isEqualTo(
              "briefbot-discord: Discord rejected DISCORD_TOKEN (401 Unauthorized): set "
                  + "DISCORD_TOKEN to your bot's current token from https://discord.com/developers/applications "
                  + "(your app, Bot, Reset Token)"
                  + System.lineSeparator());
      FakeDiscord.Request me =
          discord.awaitRequest(r -> r.is("GET", "/api/v10/users/@me"), Duration.ofSeconds(20));
      assertThat(me.headers().get("authorization")).isEqualTo("Bot " + FakeDiscord.TOKEN);
      assertThat(logs.text() + err() + out.toString(StandardCharsets.UTF_8))
          .doesNotContain(FakeDiscord.TOKEN);
      assertThat(discord.handshakes()).isEmpty();
    }
  }

  @Test
  void saysWhatToDoWhenDiscordRefusesTheMessageContentIntent() {
    try (FakeDiscord discord = FakeDiscord.start(FakeDiscord.TOKEN, false)) {
      int code = run(discord.env("DISCORD_MESSAGE_CONTENT", "1"));

      assertThat(code).isEqualTo(2);
      assertThat(err())
          .isEqualTo(
              "briefbot-discord: Discord refused the Message Content intent: switch it on "
                  + "(https://discord.com/developers/applications, your app, Bot, Message Content Intent) or unset "
                  + "DISCORD_MESSAGE_CONTENT"
                  + System.lineSeparator());
    }
  }

  @Test
  void saysSoWhenDiscordCannotBeReached() {
    Map<String, String> env;
    try (FakeDiscord gone = FakeDiscord.start()) {
      env = gone.env();
    }

    assertThat(run(env)).isEqualTo(1);

    assertThat(err())
        .startsWith(
            "briefbot-discord: cannot reach Discord's API at " + env.get("DISCORD_API_URL") + " (")
        .endsWith("): check the network and DISCORD_API_URL" + System.lineSeparator())
        .hasLineCount(1);
  }

  @Test
  void rejectsAMalformedServerId() {
    assertThat(run(Map.of("DISCORD_TOKEN", "x", "DISCORD_GUILD_ID", "my server"))).isEqualTo(2);

    assertThat(err())
        .isEqualTo(
            "briefbot-discord: set DISCORD_GUILD_ID to a server id (digits; right-click "
                + "the server, Copy Server ID) (it is \"my server\")"
                + System.lineSeparator());
  }

  @Test
  void reportsAnUnreadableBriefsFolderAsAFailure(@TempDir Path temp) {
    Path missing = temp.resolve("nowhere");

    assertThat(run(Map.of("DISCORD_TOKEN", "x", "BRIEFBOT_BRIEFS", missing.toString())))
        .isEqualTo(1);

    assertThat(err())
        .isEqualTo(
            "briefbot-discord: briefs folder "
                + missing
                + " does not exist or is not a folder"
                + System.lineSeparator());
  }

  @Test
  void printsUsageForHelp() {
    assertThat(run(Map.of(), "--help")).isZero();

    assertThat(out.toString(StandardCharsets.UTF_8))
        .startsWith("Usage: java -jar bot-discord/target/briefbot-discord.jar")
        .contains("DISCORD_TOKEN")
        .contains("DISCORD_GUILD_ID")
        .contains("DISCORD_MESSAGE_CONTENT");
  }

  @Test
  void takesNoArguments() {
    assertThat(run(Map.of("DISCORD_TOKEN", "x"), "ask")).isEqualTo(2);

    assertThat(err())
        .isEqualTo(
            "briefbot-discord: takes no arguments; it is configured by environment variables "
                + "(see --help)"
                + System.lineSeparator());
  }
}
