package org.briefbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.briefbot.chat.AnsweringPool;
import org.briefbot.chat.BriefChat;
import org.briefbot.chat.FeedbackLog;
import org.briefbot.chat.RateLimiter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real JDA client when the gateway fails: the connection drops (a question asked meanwhile is
 * replayed on resume), Discord asks for a reconnect, a resume is refused and the session must be
 * started anew; after each the bot answers again and no question is lost. And when people flood it:
 * one user's burst is answered up to the rate limit and politely refused beyond; a flood beyond the
 * workers' queue is told at once that the bot is busy, not queued without end.
 */
class DiscordFaultsTest {
  /** A refused resume waits out JDA's 5 seconds between identifies. */
  static final Duration TIMEOUT = Duration.ofSeconds(40);

  static final String QUESTION = "When was the ITPP signed?";
  static final String ITPP = "§1 \"Introduction\" ¶2 · csds-2024-10#s1p2";

  @TempDir Path tmp;

  @Test
  void reconnectsAfterADropAReconnectRequestAndARefusedResumeAndAnswersAgain() throws Exception {
    List<String> asked = new ArrayList<>();
    try (FakeDiscord discord = FakeDiscord.start();
        DiscordBot bot = DiscordBot.start(config(discord), Bundled.chat(tmp.resolve("f.jsonl")))) {
      assertThat(discord.awaitSessions(1, TIMEOUT)).containsExactly("ready");
      asked.add(askAndAwaitAnswer(discord, "1400000000000000201"));

      discord.dropConnection(); // fault 1: the network drops the connection, no close frame
      // Asked while the bot is away: Discord replays it when the session resumes.
      String meanwhile = discord.slash("1400000000000000202", "ask", "question", QUESTION);
      assertThat(discord.awaitSessions(2, TIMEOUT)).containsExactly("ready", "resumed");
      assertAnswered(discord, meanwhile);
      asked.add(meanwhile);
      asked.add(askAndAwaitAnswer(discord, "1400000000000000203"));

      discord.requestReconnect(); // fault 2: op 7, Discord moves the session
      assertThat(discord.awaitSessions(3, TIMEOUT)).endsWith("resumed");
      asked.add(askAndAwaitAnswer(discord, "1400000000000000204"));

      discord.refuseNextResume(); // fault 3: the session cannot be resumed, only started anew
      discord.dropConnection();
      assertThat(discord.awaitSessions(4, TIMEOUT)).endsWith("ready");
      asked.add(askAndAwaitAnswer(discord, "1400000000000000205"));

      // Every question answered exactly once: none lost, none answered twice.
      for (String token : asked) {
        assertThat(discord.requests())
            .filteredOn(
                r ->
                    r.is(
                        "PATCH",
                        "/api/v10/webhooks/"
                            + FakeDiscord.APP_ID
                            + "/"
                            + token
                            + "/messages/@original"))
            .hasSize(1);
      }
    }
  }

  @Test
  void aBurstOfTwoHundredQuestionsFromOneUserIsAnsweredUpToTheLimitAndPolitelyRefusedBeyond()
      throws Exception {
    // The clock stands still, so the allowance never refills: exactly ten answers.
    Clock frozen = Clock.fixed(Instant.parse("2024-05-01T10:00:00Z"), ZoneOffset.UTC);
    BriefChat chat =
        new BriefChat(
            Bundled.index(),
            Main.BUDGET,
            new RateLimiter(10, frozen),
            new FeedbackLog(tmp.resolve("f.jsonl"), false, frozen));
    int burst = 200;
    try (FakeDiscord discord = FakeDiscord.start();
        DiscordBot bot = DiscordBot.start(config(discord), chat)) {
      List<String> tokens = new ArrayList<>();
      for (int i = 0; i < burst; i++)
        tokens.add(discord.slash("1400000000000000300", "ask", "question", QUESTION));

      int answers = 0;
      int refusals = 0;
      for (String token : tokens) {
        JsonNode embed = discord.awaitEdit(token).body().at("/embeds/0");
        if (embed.path("title").asText().equals(QUESTION)) {
          assertThat(embed.at("/fields/0/name").asText()).isEqualTo(ITPP);
          answers++;
        } else {
          assertThat(embed.path("title").asText()).isEqualTo("Slow down a little");
          assertThat(embed.path("description").asText())
              .isEqualTo(
                  "You're asking faster than I can keep up with. Please wait 6 seconds and ask again.");
          refusals++;
        }
      }
      assertThat(answers).isEqualTo(10);
      assertThat(refusals).isEqualTo(burst - 10);
      // Every refusal is private, like every answer: deferred ephemeral, then edited.
      assertThat(discord.requests())
          .filteredOn(r -> r.is("POST", "/api/v10/interactions/\\d+/[^/]+/callback"))
          .hasSize(burst)
          .allSatisfy(r -> assertThat(r.body().at("/data/flags").asInt() & 64).isEqualTo(64));
    }
  }

  @Test
  void aFloodBeyondTheWorkersQueueIsToldAtOnceThatTheBotIsBusy() throws Exception {
    // One worker, kept busy, and room for two waiting: the other eight of ten are refused.
    AnsweringPool workers = new AnsweringPool(1, 1, 2);
    CountDownLatch working = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    workers.submit(
        "blocker",
        () -> {
          working.countDown();
          release.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
          return () -> {};
        },
        () -> {});
    try (FakeDiscord discord = FakeDiscord.start();
        DiscordBot bot =
            DiscordBot.start(config(discord), Bundled.chat(tmp.resolve("f.jsonl")), workers)) {
      assertThat(working.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
      List<String> tokens = new ArrayList<>();
      for (int i = 0; i < 10; i++)
        tokens.add(discord.slash("14000000000000004" + (10 + i), "ask", "question", QUESTION));

      // Told while the worker is still busy: the refusals do not wait for it.
      List<FakeDiscord.Request> busy =
          discord.awaitRequests(
              r ->
                  r.method().equals("PATCH")
                      && AnsweringPool.BUSY.equals(r.body().path("content").asText()),
              8,
              TIMEOUT);
      // The two taken still wait for the worker: nothing but "busy" has been said yet.
      assertThat(discord.requests())
          .filteredOn(r -> r.method().equals("PATCH"))
          .allSatisfy(
              r -> assertThat(r.body().path("content").asText()).isEqualTo(AnsweringPool.BUSY));
      release.countDown();

      int answered = 0;
      for (String token : tokens) {
        if (discord.awaitEdit(token).body().at("/embeds/0/fields/0/name").asText().equals(ITPP))
          answered++;
      }
      assertThat(answered).isEqualTo(2);
      assertThat(busy).hasSize(8);
      for (String token : tokens) {
        assertThat(discord.requests())
            .filteredOn(r -> r.method().equals("PATCH") && r.path().contains("/" + token + "/"))
            .hasSize(1);
      }
    } finally {
      release.countDown();
    }
  }

  private static DiscordConfig config(FakeDiscord discord) {
    return DiscordConfig.fromEnvironment(discord.env("DISCORD_GUILD_ID", FakeDiscord.GUILD_ID));
  }

  /** Asks the question as {@code user}; returns the interaction token once it is answered. */
  private static String askAndAwaitAnswer(FakeDiscord discord, String user) {
    String token = discord.slash(user, "ask", "question", QUESTION);
    assertAnswered(discord, token);
    return token;
  }

  private static void assertAnswered(FakeDiscord discord, String token) {
    JsonNode edit =
        discord
            .awaitRequest(
                r ->
                    r.is(
                        "PATCH",
                        "/api/v10/webhooks/"
                            + FakeDiscord.APP_ID
                            + "/"
                            + token
                            + "/messages/@original"),
                TIMEOUT)
            .body();
    assertThat(edit.at("/embeds/0/fields/0/name").asText())
        .as("answer to %s", token)
        .isEqualTo(ITPP);
  }
}
