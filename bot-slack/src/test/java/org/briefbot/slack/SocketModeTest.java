package org.briefbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Socket Mode end to end: the fake Web API hands out the ws:// URL of a local WebSocket server,
 * which greets the bot and sends it envelopes; the acks come back over the socket, the answers
 * through the response_url and chat.postMessage.
 */
class SocketModeTest {
  static final Duration TIMEOUT = Duration.ofSeconds(20);
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  static String envelope(String id, String type, JsonNode payload) {
    ObjectNode e = JSON.createObjectNode();
    e.put("envelope_id", id);
    e.put("type", type);
    e.put("accepts_response_payload", type.equals("slash_commands"));
    e.set("payload", payload);
    return e.toString();
  }

  @Test
  void answersASlashCommandAndAMentionSentOverTheSocket() throws Exception {
    try (FakeSlackApi slack = FakeSlackApi.start()) {
      ObjectNode command = JSON.createObjectNode();
      SlackRequests.slashCommand("When was the ITPP signed?", "U1", slack.responseUrl("sock1"))
          .forEach(command::put);
      ObjectNode mention =
          (ObjectNode)
              JSON.readTree(
                  SlackRequests.eventCallback(
                      SlackRequests.appMention(
                          "<@UBOT> When was the ITPP signed?",
                          "U2",
                          "C5",
                          "1700000100.000200",
                          null),
                      "Ev1"));
      try (FakeSocketMode socket =
          FakeSocketMode.start(
              List.of(
                  envelope("env-command-1", "slash_commands", command),
                  envelope("env-event-2", "events_api", mention)))) {
        slack.socketModeUrl(socket.url());
        Map<String, String> env = RunningBot.socketEnv(slack, tmp.resolve("feedback.jsonl"));
        try (RunningBot bot = RunningBot.start(env)) {
          assertThat(bot.bot().mode()).isEqualTo(SlackSettings.Mode.SOCKET);
          assertThat(bot.bot().httpPort()).isEmpty();

          String commandAck = socket.await(m -> m.contains("env-command-1"), TIMEOUT);
          assertThat(JSON.readTree(commandAck).path("envelope_id").asText())
              .isEqualTo("env-command-1");
          socket.await(m -> m.contains("env-event-2"), TIMEOUT);

          JsonNode reply = slack.await(c -> c.path().equals("/response/sock1"), TIMEOUT).json();
          assertThat(reply.path("response_type").asText()).isEqualTo("ephemeral");
          assertThat(
                  HttpModeTest.withAccessory(reply.path("blocks"))
                      .get(0)
                      .path("accessory")
                      .path("value")
                      .asText())
              .isEqualTo("csds-2024-10#s1p2");
          assertThat(reply.path("blocks").toString()).contains("§1 \\\"Introduction\\\" ¶2");

          FakeSlackApi.Call post =
              slack.await(c -> c.path().equals("/api/chat.postMessage"), TIMEOUT);
          assertThat(post.form())
              .containsEntry("channel", "C5")
              .containsEntry("thread_ts", "1700000100.000200");
          assertThat(post.form().get("blocks")).contains("csds-2024-10#s1p2");
        }
      }
      assertThat(slack.calls())
          .anyMatch(
              c ->
                  c.path().equals("/api/apps.connections.open")
                      && c.authorization().equals("Bearer " + FakeSlackApi.APP_TOKEN));
    }
  }

  @Test
  void recordsAVoteClickedOverTheSocket() throws Exception {
    Path feedback = tmp.resolve("votes.jsonl");
    try (FakeSlackApi slack = FakeSlackApi.start()) {
      ObjectNode command = JSON.createObjectNode();
      SlackRequests.slashCommand("When was the ITPP signed?", "U1", slack.responseUrl("ask"))
          .forEach(command::put);
      try (FakeSocketMode socket =
              FakeSocketMode.start(List.of(envelope("env-1", "slash_commands", command)));
          RunningBot bot = startWith(slack, socket, feedback)) {
        JsonNode reply = slack.await(c -> c.path().equals("/response/ask"), TIMEOUT).json();
        String token =
            reply.findValues("value").stream()
                .map(JsonNode::asText)
                .filter(v -> v.matches("[0-9a-f]{12}"))
                .findFirst()
                .orElseThrow();

        socket.send(
            envelope(
                "env-2",
                "interactive",
                SlackRequests.blockAction(
                    BlockKitRenderer.VOTE_DOWN, token, "U1", slack.responseUrl("vote"), true)));

        socket.await(m -> m.contains("env-2"), TIMEOUT);
        JsonNode thanks = slack.await(c -> c.path().equals("/response/vote"), TIMEOUT).json();
        assertThat(thanks.path("text").asText()).isEqualTo("Thanks, your 👎 is recorded.");
        assertThat(java.nio.file.Files.readAllLines(feedback))
            .singleElement()
            .asString()
            .contains("\"platform\":\"slack\"")
            .contains("\"vote\":\"down\"")
            .contains("csds-2024-10#s1p2");
      }
    }
  }

  private RunningBot startWith(FakeSlackApi slack, FakeSocketMode socket, Path feedback) {
    slack.socketModeUrl(socket.url());
    return RunningBot.start(RunningBot.socketEnv(slack, feedback));
  }
}
