package org.briefbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * With DISCORD_MESSAGE_CONTENT=1, "@briefbot question" in a channel is answered there, as a reply
 * that pings nobody; /brief is registered globally when no DISCORD_GUILD_ID is set.
 */
class MentionAnswerTest {
  private static FakeDiscord discord;
  private static LogCapture logs;
  private static Thread runner;
  private static final CompletableFuture<Integer> exit = new CompletableFuture<>();
  private static FakeDiscord.Request registration;

  @BeforeAll
  static void startBot() {
    discord = FakeDiscord.start();
    logs = LogCapture.capture();
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    runner =
        new Thread(
            () ->
                exit.complete(
                    Main.run(
                        new String[0], discord.env("DISCORD_MESSAGE_CONTENT", "1"), quiet, quiet)),
            "briefbot-main");
    runner.start();
    registration = discord.awaitRequest(r -> r.method().equals("PUT"), Duration.ofSeconds(30));
  }

  @AfterAll
  static void stopBot() throws Exception {
    try {
      runner.interrupt();
      assertThat(exit.get(20, TimeUnit.SECONDS)).isEqualTo(Main.OK);
    } finally {
      discord.close();
      logs.close();
    }
  }

  @Test
  void registersBriefGloballyWithoutAServer() {
    assertThat(registration.path())
        .isEqualTo("/api/v10/applications/" + FakeDiscord.APP_ID + "/commands");
  }

  @Test
  void asksForTheMessageContentIntent() {
    JsonNode identify = discord.awaitFrame(f -> f.path("op").asInt() == 2, Duration.ofSeconds(20));

    assertThat(identify.at("/d/intents").asInt() & FakeDiscord.MESSAGE_CONTENT_INTENT).isNotZero();
    assertThat(logs.text()).doesNotContain("Answering slash commands only");
  }

  @Test
  void answersAMentionAsAReplyThatPingsNobody() {
    String message =
        discord.message(
            FakeDiscord.USER_ID,
            "<@" + FakeDiscord.BOT_ID + "> @everyone when was the ITPP signed?",
            FakeDiscord.BOT_ID);

    JsonNode reply = replyTo(message);

    assertThat(reply.at("/message_reference/message_id").asText()).isEqualTo(message);
    assertThat(reply.get("allowed_mentions")).isEqualTo(FakeDiscord.NO_MENTIONS);
    assertThat(reply.at("/embeds/0/fields/0/name").asText())
        .isEqualTo("§1 \"Introduction\" ¶2 · csds-2024-10#s1p2");
    assertThat(reply.at("/embeds/0/title").asText())
        .isEqualTo("\\@everyone when was the ITPP signed?");
    // already public: no "Post to channel"; "More results" answers the clicker privately
    assertThat(DiscordBotTest.buttons(reply))
        .extracting(b -> b.split(":")[1])
        .containsExactly("more", "up", "down");
  }

  @Test
  void answersAMentionWithoutAQuestionWithHelp() {
    String message =
        discord.message(FakeDiscord.USER_ID, "<@" + FakeDiscord.BOT_ID + ">", FakeDiscord.BOT_ID);

    JsonNode reply = replyTo(message);

    assertThat(reply.at("/embeds/0/description").asText())
        .contains("/brief ask question:")
        .contains("\\@mention me with a question in a channel");
  }

  @Test
  void ignoresMessagesThatDoNotMentionItAndMessagesFromBots() {
    String plain = discord.message(FakeDiscord.USER_ID, "when was the ITPP signed?");
    String fromBot =
        discord.messageFromBot(
            "1600000000000000006", "<@" + FakeDiscord.BOT_ID + "> ITPP", FakeDiscord.BOT_ID);
    String otherUser =
        discord.message(FakeDiscord.USER_ID, "<@1400000000000000099> ITPP", "1400000000000000099");
    // events are handled in order, so once this one is answered the earlier ones were seen
    String last =
        discord.message(
            FakeDiscord.USER_ID, "<@" + FakeDiscord.BOT_ID + "> ITPP", FakeDiscord.BOT_ID);

    replyTo(last);

    assertThat(discord.requests())
        .filteredOn(r -> r.is("POST", "/api/v10/channels/\\d+/messages"))
        .extracting(r -> r.body().at("/message_reference/message_id").asText())
        .doesNotContain(plain, fromBot, otherUser);
  }

  @Test
  void logsOneLineWhereItMayNotSend() {
    discord.messageIn(
        FakeDiscord.READ_ONLY_CHANNEL_ID,
        FakeDiscord.USER_ID,
        "<@" + FakeDiscord.BOT_ID + "> ITPP",
        FakeDiscord.BOT_ID);

    String warning =
        logs.await(line -> line.contains(FakeDiscord.READ_ONLY_CHANNEL_ID), Duration.ofSeconds(20));

    assertThat(warning)
        .isEqualTo(
            "WARN org.briefbot.discord.BriefListener cannot answer a mention in channel "
                + FakeDiscord.READ_ONLY_CHANNEL_ID
                + ": the bot lacks the Send Messages permission there "
                + "(see the README's invite URL)");
    assertThat(discord.requests())
        .noneMatch(r -> r.path().contains(FakeDiscord.READ_ONLY_CHANNEL_ID));
  }

  private static JsonNode replyTo(String messageId) {
    return discord
        .awaitRequest(
            r ->
                r.is("POST", "/api/v10/channels/" + FakeDiscord.CHANNEL_ID + "/messages")
                    && r.body().at("/message_reference/message_id").asText().equals(messageId),
            Duration.ofSeconds(20))
        .body();
  }
}
