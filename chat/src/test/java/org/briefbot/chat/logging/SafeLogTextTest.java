package org.briefbot.chat.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What reaches a log line: no secret, one line per event, bounded length. */
class SafeLogTextTest {
  @Test
  void masksEverySecretShape() {
    String message =
        "bot xoxb-1111-2222-abcdEFGH app xapp-1-A0-123-abc "
            + "discord MTA5ODc2NTQzMjEwOTg3NjU0.GaBcDe.abcdefghijklmnopqrstuvwxyz0123 "
            + "interaction aW50ZXJhY3Rpb246MTIzNDU2Nzg5OnNlY3JldA "
            + "sig v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503 "
            + "Authorization: Bearer abcdefghijklmnopqrstuvwxyz {\"token\":\"legacy-token\"} "
            + "https://discord.com/api/v10/webhooks/123/aW50ZXJ-tokenpart/messages";

    String clean = SafeLogText.clean(message, true);

    assertThat(clean)
        .doesNotContain(
            "xoxb-1111",
            "xapp-1-A0",
            "GaBcDe",
            "aW50ZXJhY3Rpb246MTIz",
            "a2114d57",
            "abcdefghijklmnop",
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
