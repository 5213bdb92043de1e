package org.briefbot.chat.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** What reaches a log line: no secret, one line per event, bounded length. */
class SafeLogTextTest {
  /*
   * Every secret here is built from obviously fake parts when the test runs, so the source holds
   * nothing a secret scanner (or a reader) could take for a real token.
   */
  private static final String SLACK_BOT = "xox" + "b-" + "0000-fake-bot-token";
  private static final String SLACK_APP = "xa" + "pp-" + "0-fake-app-token";
  private static final String DISCORD_BOT =
      String.join(".", "F".repeat(24), "FAKEFA", "fake".repeat(7));
  private static final String INTERACTION =
      Base64.getEncoder()
          .withoutPadding()
          .encodeToString("interaction:0:fake".getBytes(StandardCharsets.US_ASCII));
  private static final String SIGNATURE = "v0=" + "0f".repeat(32);
  private static final String BEARER = "fake".repeat(6);

  @Test
  void masksEverySecretShape() {
    String message =
        "bot "
            + SLACK_BOT
            + " app "
            + SLACK_APP
            + " discord "
            + DISCORD_BOT
            + " interaction "
            + INTERACTION
            + " sig "
            + SIGNATURE
            + " Authorization: Bearer "
            + BEARER
            + " {\"token\":\"legacy-token\"} "
            + "https://discord.com/api/v10/webhooks/123/fake-tokenpart/messages";

    String clean = SafeLogText.clean(message, true);

    assertThat(clean)
        .doesNotContain(
            SLACK_BOT,
            SLACK_APP,
            DISCORD_BOT,
            INTERACTION.substring(0, 20),
            SIGNATURE.substring(3),
            BEARER,
            "legacy-token",
            "tokenpart");
    assertThat(clean).contains("bot ***", "sig ***", "/webhooks/123/***");
  }

  @Test
  void lineBreaksAndControlCharactersCannotStartANewLine() {
    String forged = "question\n2026-01-01 00:00:00.000 ERROR [main] forged\r\u0007\u2028";

    String clean = SafeLogText.clean(forged, true);

    assertThat(clean)
        .doesNotContain("\n", "\r", "\u0007", "\u2028")
        .isEqualTo("question\\n2026-01-01 00:00:00.000 ERROR [main] forged\\r\\u0007\\u2028");
  }

  @Test
  void longMessagesAreCappedAndALibrarysPayloadIsLeftOut() {
    assertThat(SafeLogText.clean("a".repeat(5_000), true))
        .hasSize(SafeLogText.MAX_MESSAGE + "... [4000 more characters]".length())
        .endsWith("... [4000 more characters]");

    String jda =
        "Got an unexpected Json-parse error. Please redirect the following message to "
            + "the devs:\n\tJDA 6.4.2\n\tINTERACTION_CREATE -> {\"token\":\"x\",\"data\":{\"q\":\""
            + "When did Seoul join?".repeat(10)
            + "\"}}";
    String clean = SafeLogText.clean(jda, false);
    assertThat(clean)
        .startsWith("Got an unexpected Json-parse error.")
        .contains("INTERACTION_CREATE -> [payload of")
        .doesNotContain("When did Seoul");
    // Our own messages keep their braces: they never carry payloads.
    assertThat(SafeLogText.clean("x".repeat(300) + " {kept}", true)).contains("{kept}");
  }
}
