package org.briefbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.spi.ILoggingEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.briefbot.chat.logging.SafeMessageConverter;
import org.briefbot.index.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bot as {@code java -jar} runs it ({@link Main#run}), configured only by environment
 * variables, driving the real JDA client against a local fake Discord: slash commands, autocomplete
 * and button clicks go in through the gateway, and the assertions are on the REST payloads JDA
 * sends back.
 */
class DiscordBotTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNode NO_MENTIONS = FakeDiscord.NO_MENTIONS;

  @TempDir static Path temp;

  private static FakeDiscord discord;
  private static LogCapture logs;
  private static Path feedback;
  private static Thread runner;
  private static final CompletableFuture<Integer> exit = new CompletableFuture<>();
  private static final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private static final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private static FakeDiscord.Request registration;

  @BeforeAll
  static void startBot() {
    discord = FakeDiscord.start();
    logs = LogCapture.capture();
    feedback = temp.resolve("votes").resolve("feedback.jsonl");
    Map<String, String> env =
        discord.env(
            "DISCORD_GUILD_ID", FakeDiscord.GUILD_ID, "BRIEFBOT_FEEDBACK", feedback.toString());
    runner =
        new Thread(
            () ->
                exit.complete(
                    Main.run(
                        new String[0],
                        env,
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8))),
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

  // ---- connecting

  @Test
  void registersBriefInTheConfiguredServer() {
    assertThat(registration.path())
        .isEqualTo(
            "/api/v10/applications/"
                + FakeDiscord.APP_ID
                + "/guilds/"
                + FakeDiscord.GUILD_ID
                + "/commands");
    JsonNode brief = registration.body().get(0);
    assertThat(brief.get("name").asText()).isEqualTo("brief");
    List<String> subcommands = new ArrayList<>();
    brief.get("options").forEach(o -> subcommands.add(o.get("name").asText()));
    assertThat(subcommands).containsExactly("ask", "show", "outline", "about", "help");
    JsonNode question = brief.get("options").get(0).get("options").get(0);
    assertThat(question.get("name").asText()).isEqualTo("question");
    assertThat(question.get("required").asBoolean()).isTrue();
    assertThat(question.get("autocomplete").asBoolean()).isTrue();
    JsonNode briefOption = brief.get("options").get(0).get("options").get(1);
    assertThat(briefOption.get("name").asText()).isEqualTo("brief");
    assertThat(briefOption.get("required").asBoolean()).isFalse();
  }

  @Test
  void logsInWithTheTokenOverRestAndTheGateway() {
    FakeDiscord.Request me =
        discord.awaitRequest(r -> r.is("GET", "/api/v10/users/@me"), Duration.ofSeconds(20));
    JsonNode identify = discord.awaitFrame(f -> f.path("op").asInt() == 2, Duration.ofSeconds(20));

    assertThat(me.headers().get("authorization")).isEqualTo("Bot " + FakeDiscord.TOKEN);
    assertThat(identify.at("/d/token").asText()).isEqualTo(FakeDiscord.TOKEN);
    assertThat(identify.at("/d/intents").asInt() & FakeDiscord.MESSAGE_CONTENT_INTENT).isZero();
    assertThat(discord.handshakes())
        .allSatisfy(path -> assertThat(path).contains("encoding=json").doesNotContain("compress"));
  }

  @Test
  void sendsHeartbeats() {
    // JDA may wait up to the whole heartbeat interval the gateway's hello gives (41.25 s, as
    // Discord's) before its first heartbeat, so a shorter wait fails by chance.
    JsonNode heartbeat = discord.awaitFrame(f -> f.path("op").asInt() == 1, Duration.ofSeconds(60));

    assertThat(heartbeat.has("d")).isTrue();
  }

  @Test
  void saysOnceThatMentionsAreOff() {
    assertThat(logs.lines())
        .filteredOn(l -> l.contains("Answering slash commands only"))
        .hasSize(1)
        .first()
        .asString()
        .contains("DISCORD_MESSAGE_CONTENT=1");
  }

  // ---- /brief ask

  @Test
  void answersAQuestionPrivatelyWithACitedEmbed() {
    java.time.Instant asked = java.time.Instant.now();
    String token =
        discord.slash("1400000000000000100", "ask", "question", "When was the ITPP signed?");

    FakeDiscord.Request ack = discord.awaitCallback(token);
    JsonNode callback = ack.body();
    JsonNode edit = discord.awaitEdit(token).body();

    assertThat(Duration.between(asked, ack.received())).isLessThan(Duration.ofSeconds(3));
    assertThat(callback.get("type").asInt())
        .isEqualTo(5); // deferred, the answer follows as an edit
    assertThat(callback.at("/data/flags").asInt() & 64).isEqualTo(64); // ephemeral
    JsonNode embed = edit.at("/embeds/0");
    assertThat(embed.get("title").asText()).isEqualTo("When was the ITPP signed?");
    assertThat(embed.get("description").asText())
        .isEqualTo(
            "NATO even offered South Korea an Individually Tailored Partnership Programme (ITPP), signed in July 2023.");
    assertThat(embed.at("/fields/0/name").asText())
        .isEqualTo("§1 \"Introduction\" ¶2 · csds-2024-10#s1p2");
    assertThat(embed.at("/fields/0/value").asText())
        .contains(
            "**NATO even offered South Korea an Individually Tailored Partnership Programme (ITPP), signed in July 2023.**");
    assertThat(embed.get("fields")).hasSize(3);
    assertThat(embed.at("/footer/text").asText())
        .startsWith("Ramon Pacheco Pardo, CSDS Policy Brief 10/2024");
    assertThat(edit.get("allowed_mentions")).isEqualTo(NO_MENTIONS);
    assertThat(buttons(edit))
        .extracting(b -> b.split(":")[1])
        .containsExactly("post", "more", "up", "down");
  }

  @Test
  void answersInADirectMessageToo() {
    String token =
        discord.directSlash("1400000000000000115", "ask", "question", "When was the ITPP signed?");

    JsonNode edit = discord.awaitEdit(token).body();

    assertThat(edit.at("/embeds/0/fields/0/name").asText())
        .isEqualTo("§1 \"Introduction\" ¶2 · csds-2024-10#s1p2");
    assertThat(edit.get("allowed_mentions")).isEqualTo(NO_MENTIONS);
  }

  @Test
  void saysPlainlyWhenTheBriefDoesNotAddressAQuestion() {
    String token =
        discord.slash("1400000000000000101", "ask", "question", "What is the capital of Peru?");

    JsonNode edit = discord.awaitEdit(token).body();

    assertThat(edit.at("/embeds/0/description").asText())
        .isEqualTo(Answer.NOT_ADDRESSED + " No brief here mentions Peru.");
    assertThat(edit.at("/embeds/0/fields").size()).isZero();
  }

  @Test
  void restrictsAQuestionToOneBrief() {
    String known =
        discord.slash("1400000000000000102", "ask", "question", "ITPP", "brief", "csds-2024-10");
    String unknown =
        discord.slash("1400000000000000102", "ask", "question", "ITPP", "brief", "no-such-brief");

    assertThat(discord.awaitEdit(known).body().at("/embeds/0/fields/0/name").asText())
        .contains("csds-2024-10#");
    assertThat(discord.awaitEdit(unknown).body().at("/embeds/0/description").asText())
        .isEqualTo("No brief has the id no-such-brief. Try about to list them.");
  }

  @Test
  void answersQuestionsBeyondTenAMinutePolitely() {
    String user = "1400000000000000103";
    int answered = 0;
    JsonNode embed = null;
    // ten are answered; the bucket refills one question every six seconds, so on a slow machine
    // an eleventh may be too
    while (answered <= 15) {
      String token = discord.slash(user, "ask", "question", "Who wrote the brief?");
      embed = discord.awaitEdit(token).body().at("/embeds/0");
      if (!embed.get("title").asText().equals("Who wrote the brief?")) break;
      answered++;
    }

    assertThat(answered).isBetween(10, 15);
    assertThat(embed.get("title").asText()).isEqualTo("Slow down a little");
    assertThat(embed.get("description").asText())
        .matches(
            "You're asking faster than I can keep up with\\. Please wait \\d+ seconds? and ask again\\.");
  }

  @Test
  void mentionsInAQuestionCannotPingAnyone() {
    String token =
        discord.slash(
            "1400000000000000104",
            "ask",
            "question",
            "@everyone @here <@1400000000000000004> <@&1200000000000000002> when was the ITPP signed?");

    JsonNode edit = discord.awaitEdit(token).body();

    assertThat(edit.get("allowed_mentions")).isEqualTo(NO_MENTIONS);
    String title = edit.at("/embeds/0/title").asText();
    assertThat(title)
        .startsWith(
            "\\@everyone \\@here \\<\\@1400000000000000004\\> \\<\\@&1200000000000000002\\>");
    JsonNode embed = edit.at("/embeds/0");
    MentionSafetyTest.assertCannotPing(embed.get("title").asText());
    MentionSafetyTest.assertCannotPing(embed.get("description").asText());
    embed
        .get("fields")
        .forEach(
            f -> {
              MentionSafetyTest.assertCannotPing(f.get("name").asText());
              MentionSafetyTest.assertCannotPing(f.get("value").asText());
            });
  }

  @Test
  void keepsAHugeQuestionWithinTheEmbedLimits() {
    String huge = ("**Why** did @everyone <@1> ||sign|| the ITPP? ").repeat(22).substring(0, 1000);

    String token = discord.slash("1400000000000000105", "ask", "question", huge);

    JsonNode embed = discord.awaitEdit(token).body().at("/embeds/0");
    assertThat(embed.get("title").asText()).hasSizeLessThanOrEqualTo(256).endsWith("…");
    int total =
        embed.get("title").asText().length()
            + embed.path("description").asText().length()
            + embed.at("/footer/text").asText().length();
    for (JsonNode field : embed.path("fields")) {
      assertThat(field.get("value").asText()).hasSizeLessThanOrEqualTo(1024);
      total += field.get("name").asText().length() + field.get("value").asText().length();
    }
    assertThat(total).isLessThanOrEqualTo(6000);
  }

  // ---- the other subcommands

  @Test
  void showsOnePassageInFull() {
    String token = discord.slash("1400000000000000106", "show", "id", "csds-2024-10#s1p2");

    JsonNode embed = discord.awaitEdit(token).body().at("/embeds/0");

    assertThat(embed.get("title").asText()).isEqualTo("§1 \"Introduction\" ¶2 · csds-2024-10#s1p2");
    assertThat(embed.get("description").asText())
        .startsWith("NATO, for its part, has certainly reciprocated");
  }

  @Test
  void listsTheOutlineAboutAndHelp() {
    String outline = discord.slash("1400000000000000107", "outline");
    String about = discord.slash("1400000000000000107", "about");
    String help = discord.slash("1400000000000000107", "help");

    assertThat(discord.awaitEdit(outline).body().at("/embeds/0/description").asText())
        .contains("§1 Introduction — ");
    assertThat(discord.awaitEdit(about).body().at("/embeds/0/description").asText())
        .startsWith("I answer questions from one brief");
    assertThat(discord.awaitEdit(help).body().at("/embeds/0/description").asText())
        .contains("/brief ask question: — ask anything about the brief");
  }

  // ---- every interaction answered

  @Test
  void anInteractionJdaCannotReadIsStillAnsweredAndItsTokenNotLogged() {
    String token = discord.unreadableInteraction("1400000000000000131");

    JsonNode callback = discord.awaitCallback(token).body();

    assertThat(callback.get("type").asInt()).isEqualTo(4);
    assertThat(callback.at("/data/flags").asInt()).isEqualTo(64);
    assertThat(callback.at("/data/content").asText()).isEqualTo(UnparsedInteractions.SORRY);
    for (ILoggingEvent event : logs.events()) {
      assertThat(new SafeMessageConverter().convert(event)).doesNotContain(token);
    }
  }

  @Test
  void anUnknownCommandOrButtonGetsAPrivateAnswer() {
    ObjectNode other =
        JSON.createObjectNode().put("id", "1400000000000000999").put("name", "old").put("type", 1);
    String command = discord.interactionWith(2, "1400000000000000132", other);
    JsonNode commandReply = discord.awaitCallback(command).body();
    assertThat(commandReply.at("/data/content").asText()).contains("/brief help");
    assertThat(commandReply.at("/data/flags").asInt()).isEqualTo(64);

    String click = discord.click("1400000000000000132", "no-such-button", true);
    JsonNode clickReply = discord.awaitCallback(click).body();
    assertThat(clickReply.at("/data/content").asText()).isEqualTo(BriefListener.EXPIRED);
  }

  @Test
  void autocompleteOnAnIntegerOptionAnswersWithNoChoices() {
    String token = discord.integerAutocomplete("1400000000000000133");

    JsonNode callback = discord.awaitCallback(token).body();

    assertThat(callback.get("type").asInt()).isEqualTo(8);
    assertThat(callback.at("/data/choices")).isEmpty();
  }

  // ---- autocomplete

  @Test
  void suggestsTheTypedQuestionThenCompletionsFromTheBrief() {
    String token =
        discord.autocomplete("1400000000000000108", "ask", "question", "when was the it");

    JsonNode callback = discord.awaitCallback(token).body();

    assertThat(callback.get("type").asInt()).isEqualTo(8);
    List<String> values = new ArrayList<>();
    callback.at("/data/choices").forEach(c -> values.add(c.get("value").asText()));
    assertThat(values).first().isEqualTo("when was the it");
    assertThat(values).contains("when was the ITPP").hasSizeLessThanOrEqualTo(25);
  }

  @Test
  void suggestsPassageIdsWithTheirCitations() {
    String token = discord.autocomplete("1400000000000000109", "show", "id", "s1p");

    JsonNode choice = discord.awaitCallback(token).body().at("/data/choices/0");

    assertThat(choice.get("value").asText()).isEqualTo("csds-2024-10#s1p1");
    assertThat(choice.get("name").asText()).isEqualTo("csds-2024-10#s1p1 · §1 \"Introduction\" ¶1");
  }

  // ---- buttons

  @Test
  void moreResultsShowsTheNextPassagesPrivately() {
    String user = "1400000000000000110";
    JsonNode first =
        discord.awaitEdit(discord.slash(user, "ask", "question", "NATO cooperation")).body();
    String more = button(first, "more");

    String token = discord.click(user, more, true);

    JsonNode callback = discord.awaitCallback(token).body();
    JsonNode page = discord.awaitEdit(token).body();
    assertThat(callback.get("type").asInt()).isEqualTo(5);
    assertThat(callback.at("/data/flags").asInt() & 64).isEqualTo(64);
    assertThat(fieldNames(page)).isNotEmpty().doesNotContainAnyElementsOf(fieldNames(first));
    assertThat(page.at("/embeds/0/title").asText()).isEqualTo("NATO cooperation");
    assertThat(page.get("allowed_mentions")).isEqualTo(NO_MENTIONS);
  }

  @Test
  void postToChannelPostsTheAnswerForEveryone() {
    String user = "1400000000000000111";
    JsonNode answer =
        discord
            .awaitEdit(discord.slash(user, "ask", "question", "When was the ITPP signed?"))
            .body();

    String token = discord.click(user, button(answer, "post"), true);

    JsonNode callback = discord.awaitCallback(token).body();
    JsonNode posted = discord.awaitEdit(token).body();
    assertThat(callback.get("type").asInt()).isEqualTo(5);
    assertThat(callback.at("/data/flags").asInt() & 64).isZero(); // public
    assertThat(fieldNames(posted)).isEqualTo(fieldNames(answer));
    assertThat(buttons(posted)).extracting(b -> b.split(":")[1]).containsExactly("up", "down");
    assertThat(posted.get("allowed_mentions")).isEqualTo(NO_MENTIONS);
  }

  @Test
  void recordsFeedbackInTheFeedbackLog() throws Exception {
    String user = "1400000000000000112";
    JsonNode answer =
        discord.awaitEdit(discord.slash(user, "ask", "question", "Who are the AP4?")).body();

    String token = discord.click(user, button(answer, "down"), true);

    JsonNode callback = discord.awaitCallback(token).body();
    JsonNode thanks = discord.awaitEdit(token).body();
    assertThat(callback.at("/data/flags").asInt() & 64).isEqualTo(64);
    assertThat(thanks.get("content").asText())
        .isEqualTo("Thanks, your 👎 is recorded; it helps improve the answers.");
    assertThat(thanks.get("allowed_mentions")).isEqualTo(NO_MENTIONS);
    JsonNode vote = null;
    for (String line : Files.readAllLines(feedback)) {
      JsonNode node = JSON.readTree(line);
      if (node.get("question").asText().equals("Who are the AP4?")) vote = node;
    }
    assertThat(vote).isNotNull();
    assertThat(vote.get("platform").asText()).isEqualTo("discord");
    assertThat(vote.get("vote").asText()).isEqualTo("down");
    assertThat(vote.get("passages").get(0).asText()).startsWith("csds-2024-10#");
    assertThat(vote.has("user")).isFalse(); // only with BRIEFBOT_FEEDBACK_USERS=1
  }

  @Test
  void saysSoWhenAButtonOutlivesItsAnswer() {
    String token = discord.click("1400000000000000113", "brief:up:000000000000:0", true);

    assertThat(discord.awaitEdit(token).body().get("content").asText())
        .isEqualTo(BriefListener.EXPIRED);
  }

  // ---- secrets

  @Test
  void neverLogsOrPrintsTheToken() {
    String token = discord.slash("1400000000000000114", "ask", "question", "Who wrote the brief?");
    discord.awaitEdit(token);

    assertThat(logs.text())
        .doesNotContain(FakeDiscord.TOKEN)
        .doesNotContain(token)
        .doesNotContain(FakeDiscord.TOKEN.substring(FakeDiscord.TOKEN.lastIndexOf('.') + 1));
    assertThat(out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8))
        .doesNotContain(FakeDiscord.TOKEN);
  }

  static List<String> buttons(JsonNode message) {
    List<String> ids = new ArrayList<>();
    for (JsonNode row : message.path("components")) {
      for (JsonNode button : row.path("components")) ids.add(button.get("custom_id").asText());
    }
    return ids;
  }

  static String button(JsonNode message, String action) {
    return buttons(message).stream()
        .filter(id -> id.startsWith("brief:" + action + ":"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + action + " button in " + message));
  }

  static List<String> fieldNames(JsonNode message) {
    List<String> names = new ArrayList<>();
    message.at("/embeds/0/fields").forEach(f -> names.add(f.get("name").asText()));
    return names;
  }
}
