package org.briefbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The buttons on an answer, clicked as Slack delivers clicks in HTTP mode. */
class ButtonActionsTest {
  static final Duration TIMEOUT = Duration.ofSeconds(20);

  @TempDir Path tmp;
  Path feedback;
  FakeSlackApi slack;
  RunningBot bot;
  SlackRequests requests;

  @BeforeEach
  void start() {
    feedback = tmp.resolve("logs/feedback.jsonl");
    slack = FakeSlackApi.start();
    bot = RunningBot.start(RunningBot.httpEnv(slack, feedback));
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

  /** Asks privately; returns the answer's token, the value of its buttons. */
  private String ask(String question) {
    requests.post(
        SlackRequests.form(SlackRequests.slashCommand(question, "U1", slack.responseUrl("ask"))),
        SlackRequests.FORM);
    JsonNode reply = slack.await(c -> c.path().equals("/response/ask"), TIMEOUT).json();
    for (JsonNode block : reply.path("blocks")) {
      for (JsonNode element : block.path("elements")) {
        if (element.path("action_id").asText().equals(BlockKitRenderer.SHARE))
          return element.path("value").asText();
      }
    }
    throw new AssertionError("no Share button in " + reply);
  }

  private void click(String actionId, String value, String replyId, boolean ephemeral) {
    int status =
        requests
            .post(
                SlackRequests.interactive(
                    SlackRequests.blockAction(
                        actionId, value, "U1", slack.responseUrl(replyId), ephemeral)),
                SlackRequests.FORM)
            .statusCode();
    assertThat(status).isEqualTo(200);
  }

  @Test
  void shareInChannelPostsTheAnswerPubliclyThenRemovesThePrivateOne() {
    String token = ask("When was the ITPP signed?");
    click(BlockKitRenderer.SHARE, token, "share", true);

    List<FakeSlackApi.Call> calls =
        slack.awaitAll(c -> c.path().equals("/response/share"), 2, TIMEOUT);
    JsonNode shared = calls.get(0).json();
    assertThat(shared.path("response_type").asText()).isEqualTo("in_channel");
    assertThat(shared.path("replace_original").asBoolean()).isFalse();
    assertThat(shared.path("blocks").toString())
        .contains("csds-2024-10#s1p2")
        .contains("shared by <@U1>");
    assertThat(shared.findValuesAsText("action_id"))
        .doesNotContain(BlockKitRenderer.SHARE)
        .contains(BlockKitRenderer.VOTE_UP);
    assertThat(calls.get(1).json().path("delete_original").asBoolean()).isTrue();
  }

  @Test
  void showFullParagraphShowsThePassageInFullToTheClickerOnly() {
    click(BlockKitRenderer.SHOW_PREFIX + "1", "csds-2024-10#s1p2", "show", false);

    JsonNode shown = slack.await(c -> c.path().equals("/response/show"), TIMEOUT).json();
    assertThat(shown.path("response_type").asText()).isEqualTo("ephemeral");
    assertThat(shown.path("replace_original").asBoolean()).isFalse();
    String text = shown.path("blocks").get(0).path("text").path("text").asText();
    assertThat(text)
        .startsWith(
            "*§1 \"Introduction\" ¶2*\n>NATO, for its part, has certainly reciprocated Seoul’s interest.")
        .endsWith(
            "The ITPP is the most comprehensive agreement in the history of their bilateral relationship.");
    assertThat(shown.path("blocks").toString()).contains("Ramon Pacheco Pardo");
  }

  @Test
  void showFullParagraphOfAnUnknownIdSaysSo() {
    click(BlockKitRenderer.SHOW_PREFIX + "2", "csds-2024-10#s9p9", "unknown", false);
    JsonNode shown = slack.await(c -> c.path().equals("/response/unknown"), TIMEOUT).json();
    assertThat(shown.path("blocks").toString())
        .contains("Unknown passage")
        .contains("csds-2024-10#s9p9");
  }

  @Test
  void feedbackButtonsAppendOneLineEachToTheFeedbackLog() throws Exception {
    String token = ask("When was the ITPP signed?");
    click(BlockKitRenderer.VOTE_UP, token, "up", false);
    JsonNode thanks = slack.await(c -> c.path().equals("/response/up"), TIMEOUT).json();
    assertThat(thanks.path("text").asText()).isEqualTo("Thanks, your 👍 is recorded.");
    assertThat(thanks.path("response_type").asText()).isEqualTo("ephemeral");

    List<String> lines = Files.readAllLines(feedback);
    assertThat(lines).hasSize(1);
    @SuppressWarnings("unchecked")
    Map<String, Object> vote = new ObjectMapper().readValue(lines.get(0), Map.class);
    assertThat(vote)
        .containsEntry("platform", "slack")
        .containsEntry("vote", "up")
        .containsEntry("question", "When was the ITPP signed?")
        .containsKey("time")
        .doesNotContainKey("user");
    assertThat((List<?>) vote.get("passages")).first().isEqualTo("csds-2024-10#s1p2");
  }

  @Test
  void aVoteOnAForgottenAnswerIsNotRecorded() {
    click(BlockKitRenderer.VOTE_DOWN, "000000000000", "old", false);
    JsonNode reply = slack.await(c -> c.path().equals("/response/old"), TIMEOUT).json();
    assertThat(reply.path("text").asText()).isEqualTo(SlackHandlers.EXPIRED);
    assertThat(feedback).doesNotExist();
  }
}
