package org.briefbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.briefbot.index.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTP mode end to end: the bot listens on 127.0.0.1, requests are signed as Slack signs them, and
 * the replies are read where Slack would receive them (response_url, chat.postMessage) on a fake.
 */
class HttpModeTest {
  static final Duration TIMEOUT = Duration.ofSeconds(20);
  static final String ITPP_SENTENCE =
      "NATO even offered South Korea an Individually Tailored Partnership Programme (ITPP), signed in July 2023.";

  @TempDir Path tmp;
  FakeSlackApi slack;
  RunningBot bot;
  SlackRequests requests;

  @BeforeEach
  void start() {
    slack = FakeSlackApi.start();
    bot = RunningBot.start(RunningBot.httpEnv(slack, tmp.resolve("feedback.jsonl")));
    requests = bot.requests();
  }

  @AfterEach
  void stop() {
    try {
      bot.close();
    } finally {
      slack.close();
    }
  }

  private JsonNode command(String text, String replyId) {
    HttpResponse<String> ack =
        requests.post(
            SlackRequests.form(SlackRequests.slashCommand(text, "U1", slack.responseUrl(replyId))),
            SlackRequests.FORM);
    assertThat(ack.statusCode()).isEqualTo(200);
    return slack.await(c -> c.path().equals("/response/" + replyId), TIMEOUT).json();
  }

  @Test
  void answersASlashCommandPrivatelyBestSentenceFirstThenTheCitedParagraph() {
    JsonNode reply = command("When was the ITPP signed?", "cmd1");

    assertThat(reply.path("response_type").asText()).isEqualTo("ephemeral");
    JsonNode blocks = reply.path("blocks");
    assertThat(blocks.get(0).path("text").path("text").asText()).isEqualTo(ITPP_SENTENCE);
    List<JsonNode> quotes = withAccessory(blocks);
    assertThat(quotes).hasSizeBetween(1, 3);
    assertThat(quotes.get(0).path("text").path("text").asText())
        .startsWith("*§1 \"Introduction\" ¶2*\n>")
        .contains("*" + ITPP_SENTENCE + "*");
    assertThat(quotes.get(0).path("accessory").path("text").path("text").asText())
        .isEqualTo("Show full paragraph");
    assertThat(quotes.get(0).path("accessory").path("value").asText())
        .isEqualTo("csds-2024-10#s1p2");
    assertThat(reply.toString()).contains("Source: Ramon Pacheco Pardo, CSDS Policy Brief 10/2024");
    JsonNode buttons = blocks.get(blocks.size() - 1);
    assertThat(buttons.path("type").asText()).isEqualTo("actions");
    assertThat(buttons.findValuesAsText("action_id"))
        .containsExactly(
            BlockKitRenderer.SHARE, BlockKitRenderer.VOTE_UP, BlockKitRenderer.VOTE_DOWN);
    assertThat(reply.path("text").asText()).isEqualTo(ITPP_SENTENCE);
  }

  @Test
  void acknowledgesBeforeAnswering() {
    slack.holdReplies();
    HttpResponse<String> ack =
        requests.post(
            SlackRequests.form(
                SlackRequests.slashCommand(
                    "When was the ITPP signed?", "U1", slack.responseUrl("held"))),
            SlackRequests.FORM);
    // The ack is back while the answer is still waiting at the response_url, unanswered.
    assertThat(ack.statusCode()).isEqualTo(200);
    assertThat(ack.body()).isEmpty();
    FakeSlackApi.Call held = slack.await(c -> c.path().equals("/response/held"), TIMEOUT);
    slack.releaseReplies();
    assertThat(held.json().path("blocks").toString()).contains("csds-2024-10#s1p2");
  }

  @Test
  void answersAMentionInAThreadUnderTheMessage() {
    String text =
        "<@" + FakeSlackApi.BOT_USER_ID + "> When was the ITPP signed? Seoul\u2019s view, please";
    HttpResponse<String> ack =
        requests.post(
            SlackRequests.eventCallback(
                SlackRequests.appMention(text, "U2", "C9", "1700000100.000200", null), "Ev1"),
            SlackRequests.JSON_TYPE);
    assertThat(ack.statusCode()).isEqualTo(200);

    FakeSlackApi.Call post = slack.await(c -> c.path().equals("/api/chat.postMessage"), TIMEOUT);
    assertThat(post.authorization()).isEqualTo("Bearer " + FakeSlackApi.BOT_TOKEN);
    assertThat(post.form())
        .containsEntry("channel", "C9")
        .containsEntry("thread_ts", "1700000100.000200");
    assertThat(post.blocks().get(0).path("text").path("text").asText()).isEqualTo(ITPP_SENTENCE);
    assertThat(withAccessory(post.blocks()).get(0).path("accessory").path("value").asText())
        .isEqualTo("csds-2024-10#s1p2");
    // Everyone in the thread sees it already: no "Share in channel".
    assertThat(post.blocks().findValuesAsText("action_id"))
        .doesNotContain(BlockKitRenderer.SHARE)
        .contains(BlockKitRenderer.VOTE_UP, BlockKitRenderer.VOTE_DOWN);
    assertThat(post.form().get("blocks"))
        .contains("Asked: “When was the ITPP signed? Seoul\u2019s view, please”");
  }

  @Test
  void waitsAsToldWhenSlackRateLimitsAThreadReply() {
    slack.rateLimitNextPosts(1);
    requests.post(
        SlackRequests.eventCallback(
            SlackRequests.appMention(
                "<@UBOT> When was the ITPP signed?", "U2", "C9", "1700000100.000200", null),
            "Ev7"),
        SlackRequests.JSON_TYPE);

    List<FakeSlackApi.Call> posts =
        slack.awaitAll(c -> c.path().equals("/api/chat.postMessage"), 2, TIMEOUT);
    assertThat(posts)
        .hasSize(2)
        .allSatisfy(p -> assertThat(p.form()).containsEntry("thread_ts", "1700000100.000200"));
    assertThat(posts.get(1).form().get("blocks")).contains("csds-2024-10#s1p2");
  }

  @Test
  void answersAFollowUpMentionInTheSameThread() {
    requests.post(
        SlackRequests.eventCallback(
            SlackRequests.appMention(
                "<@UBOT> who wrote this brief?",
                "U2",
                "C9",
                "1700000300.000400",
                "1700000100.000200"),
            "Ev2"),
        SlackRequests.JSON_TYPE);

    FakeSlackApi.Call post = slack.await(c -> c.path().equals("/api/chat.postMessage"), TIMEOUT);
    assertThat(post.form())
        .containsEntry("channel", "C9")
        .containsEntry("thread_ts", "1700000100.000200");
  }

  @Test
  void answersADirectMessageInAThread() {
    requests.post(
        SlackRequests.eventCallback(
            SlackRequests.directMessage(
                "When was the ITPP signed?", "U3", "D7", "1700000500.000600", null),
            "Ev3"),
        SlackRequests.JSON_TYPE);

    FakeSlackApi.Call post = slack.await(c -> c.path().equals("/api/chat.postMessage"), TIMEOUT);
    assertThat(post.form())
        .containsEntry("channel", "D7")
        .containsEntry("thread_ts", "1700000500.000600");
    assertThat(post.form().get("blocks")).contains("csds-2024-10#s1p2");
  }

  @Test
  void answersARetriedEventOnce() {
    String body =
        SlackRequests.eventCallback(
            SlackRequests.directMessage(
                "When was the ITPP signed?", "U3", "D7", "1700000700.000800", null),
            "Ev4");
    requests.post(body, SlackRequests.JSON_TYPE);
    requests.post(body, SlackRequests.JSON_TYPE);
    // A different message after both: once it is answered, both deliveries of the first were
    // handled.
    requests.post(
        SlackRequests.eventCallback(
            SlackRequests.directMessage(
                "who wrote this brief?", "U3", "D7", "1700000900.000900", null),
            "Ev5"),
        SlackRequests.JSON_TYPE);

    slack.await(
        c ->
            c.path().equals("/api/chat.postMessage")
                && "1700000900.000900".equals(c.form().get("thread_ts")),
        TIMEOUT);
    slack.awaitAll(c -> c.path().equals("/api/chat.postMessage"), 2, TIMEOUT);
    assertThat(
            slack.calls().stream()
                .filter(c -> c.path().equals("/api/chat.postMessage"))
                .filter(c -> "1700000700.000800".equals(c.form().get("thread_ts"))))
        .hasSize(1);
  }

  @Test
  void helpOutlineShowAndAboutAreCommandsToo() {
    assertThat(command("help", "help").toString())
        .contains("How to ask briefbot")
        .contains("/brief show ID");
    assertThat(command("outline", "outline").toString())
        .contains("Outline")
        .contains("§1 Introduction");
    JsonNode shown = command("show csds-2024-10#s1p2", "show");
    assertThat(shown.toString())
        .contains("§1 \\\"Introduction\\\" ¶2")
        .contains(
            "The ITPP is the most comprehensive agreement in the history of their bilateral relationship.");
    assertThat(command("about", "about").toString())
        .contains("About briefbot")
        .contains("csds-2024-10");
  }

  @Test
  void saysPlainlyWhenTheBriefDoesNotAddressAQuestion() {
    JsonNode reply = command("what is the GDP of Peru?", "peru");
    assertThat(reply.path("blocks").get(0).path("text").path("text").asText())
        .startsWith(Answer.NOT_ADDRESSED);
    assertThat(withAccessory(reply.path("blocks"))).isEmpty();
  }

  @Test
  void offersTheCorrectedQuestion() {
    JsonNode reply = command("When was the ITPP sigend?", "typo");
    assertThat(reply.toString()).contains("Did you mean: _When was the ITPP signed?_");
  }

  @Test
  void echoedTextCannotPingOrBreakTheMarkup() {
    // As Slack sends a mention typed in the client, and as it escapes characters typed literally.
    JsonNode mentioned = command("<!channel> & <@U123> when was the ITPP signed?", "ping1");
    JsonNode typed =
        command("&lt;!here&gt; &amp; &lt;@U123&gt; when was the ITPP signed?", "ping2");

    assertThat(mentioned.toString())
        .doesNotContain("<!")
        .doesNotContain("<@")
        .contains("@channel &amp; @U123");
    assertThat(typed.toString())
        .doesNotContain("<!")
        .doesNotContain("<@")
        .contains("&lt;!here&gt; &amp; &lt;@U123&gt;");
    for (JsonNode reply : List.of(mentioned, typed)) {
      assertThat(reply.findValues("verbatim")).isNotEmpty().allMatch(JsonNode::asBoolean);
    }
  }

  @Test
  void escapesMentionEchoesInThreadsToo() {
    requests.post(
        SlackRequests.eventCallback(
            SlackRequests.appMention(
                "<@UBOT> <!everyone> <https://evil.example|click> & ITPP?",
                "U2",
                "C9",
                "1700001000.000100",
                null),
            "Ev6"),
        SlackRequests.JSON_TYPE);
    FakeSlackApi.Call post = slack.await(c -> c.path().equals("/api/chat.postMessage"), TIMEOUT);
    assertThat(post.visible())
        .doesNotContain("<!")
        .doesNotContain("<http")
        .contains("@everyone click &amp; ITPP?");
  }

  @Test
  void slowsDownAUserWhoAsksTooFast() {
    for (int i = 1; i <= 10; i++) {
      assertThat(command("When was the ITPP signed?", "fast" + i).path("blocks").toString())
          .contains("csds-2024-10#s1p2");
    }
    JsonNode eleventh = command("When was the ITPP signed?", "fast11");
    assertThat(eleventh.path("blocks").get(0).path("text").path("text").asText())
        .startsWith("*Slow down a little*\n");
    // Commands other than questions are not rationed.
    assertThat(command("help", "fast-help").toString()).contains("How to ask briefbot");
  }

  @Test
  void tellsOnlyTheAskerInAThreadToSlowDown() {
    for (int i = 1; i <= 11; i++) {
      requests.post(
          SlackRequests.eventCallback(
              SlackRequests.appMention(
                  "<@UBOT> ITPP?", "U5", "C9", "1700002000." + (100 + i), "1700002000.000001"),
              "EvR" + i),
          SlackRequests.JSON_TYPE);
    }
    FakeSlackApi.Call slowDown =
        slack.await(c -> c.path().equals("/api/chat.postEphemeral"), TIMEOUT);
    assertThat(slowDown.form())
        .containsEntry("channel", "C9")
        .containsEntry("user", "U5")
        .containsEntry("thread_ts", "1700002000.000001");
    assertThat(slowDown.form().get("blocks")).contains("Slow down a little");
    assertThat(slack.awaitAll(c -> c.path().equals("/api/chat.postMessage"), 10, TIMEOUT))
        .hasSize(10);
  }

  @Test
  void rejectsABadSignature() {
    String body =
        SlackRequests.form(
            SlackRequests.slashCommand(
                "When was the ITPP signed?", "U1", slack.responseUrl("bad")));
    HttpResponse<String> r =
        requests.post(body, SlackRequests.FORM, Instant.now().getEpochSecond(), "not-the-secret");
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(slack.calls()).noneMatch(c -> c.path().equals("/response/bad"));
  }

  @Test
  void rejectsATimestampOlderThanFiveMinutes() {
    String body =
        SlackRequests.form(
            SlackRequests.slashCommand(
                "When was the ITPP signed?", "U1", slack.responseUrl("old")));
    long sixMinutesAgo = Instant.now().minusSeconds(6 * 60).getEpochSecond();
    HttpResponse<String> r =
        requests.post(body, SlackRequests.FORM, sixMinutesAgo, SlackRequests.SIGNING_SECRET);
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(slack.calls()).noneMatch(c -> c.path().equals("/response/old"));

    long fourMinutesAgo = Instant.now().minusSeconds(4 * 60).getEpochSecond();
    String fresh =
        SlackRequests.form(
            SlackRequests.slashCommand("When was the ITPP signed?", "U1", slack.responseUrl("ok")));
    assertThat(
            requests
                .post(fresh, SlackRequests.FORM, fourMinutesAgo, SlackRequests.SIGNING_SECRET)
                .statusCode())
        .isEqualTo(200);
  }

  @Test
  void servesAHealthCheck() {
    HttpResponse<String> r = requests.get(HttpEndpoint.HEALTH_PATH);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEqualTo("{\"status\":\"ok\"}");
  }

  @Test
  void answersSlacksUrlVerification() {
    HttpResponse<String> r =
        requests.post(
            "{\"token\":\"legacy\",\"challenge\":\"c4a11e9e\",\"type\":\"url_verification\"}",
            SlackRequests.JSON_TYPE);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("c4a11e9e");
  }

  static List<JsonNode> withAccessory(JsonNode blocks) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode block : blocks) if (block.has("accessory")) out.add(block);
    return out;
  }
}
