package org.briefbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Socket Mode when things go wrong, driving Bolt's real Socket Mode client against the local fake:
 * the connection drops, Slack asks for a refresh, the server goes away and Slack hands out another;
 * after each the bot reconnects and answers again, and no question is lost. A burst of questions
 * from one user is answered up to the rate limit and politely refused beyond it.
 */
class SocketModeFaultsTest {
  /** Bolt's session monitor looks every 5 seconds; a reconnect may also wait out one failed try. */
  static final Duration TIMEOUT = Duration.ofSeconds(40);

  static final String ITPP = "csds-2024-10#s1p2";

  @TempDir Path tmp;

  @Test
  void reconnectsAfterADropARefreshAndAServerMoveAndAnswersAgain() {
    List<String> asked = new ArrayList<>();
    try (FakeSlackApi slack = FakeSlackApi.start()) {
      FakeSocketMode first = FakeSocketMode.start(List.of());
      try (RunningBot bot = RunningBot.start(socketEnv(slack, first))) {
        first.awaitConnections(1, TIMEOUT);
        asked.add(askAndAwaitAnswer(slack, first, "before-faults"));

        first.dropConnection(); // fault 1: the network drops the connection, no close frame
        first.awaitConnections(2, TIMEOUT);
        asked.add(askAndAwaitAnswer(slack, first, "after-drop"));

        first.requestRefresh(); // fault 2: Slack asks the client to reconnect
        first.awaitConnections(3, TIMEOUT);
        asked.add(askAndAwaitAnswer(slack, first, "after-refresh"));

        try (FakeSocketMode second = FakeSocketMode.start(List.of())) {
          slack.socketModeUrl(second.url());
          first.close(); // fault 3: the server goes away; apps.connections.open names another
          second.awaitConnections(1, TIMEOUT);
          asked.add(askAndAwaitAnswer(slack, second, "after-move"));
        }
      } finally {
        first.close();
      }

      // Every question answered exactly once: none lost, none answered twice.
      for (String id : asked) {
        assertThat(slack.calls()).filteredOn(c -> c.path().equals("/response/" + id)).hasSize(1);
      }
      assertThat(slack.calls())
          .filteredOn(c -> c.path().equals("/api/apps.connections.open"))
          .hasSizeGreaterThanOrEqualTo(4);
    }
  }

  @Test
  void aBurstOfTwoHundredQuestionsFromOneUserIsAnsweredUpToTheLimitAndPolitelyRefusedBeyond() {
    // The clock stands still, so the allowance never refills: exactly BRIEFBOT_RATE answers.
    Clock frozen = Clock.fixed(Instant.parse("2024-05-01T10:00:00Z"), ZoneOffset.UTC);
    int burst = 200;
    try (FakeSlackApi slack = FakeSlackApi.start();
        FakeSocketMode socket = FakeSocketMode.start(List.of())) {
      Map<String, String> env = new java.util.HashMap<>(socketEnv(slack, socket));
      env.put("BRIEFBOT_RATE", "10");
      SlackBot bot = SlackBot.start(env, frozen);
      try {
        socket.awaitConnections(1, TIMEOUT);
        for (int i = 0; i < burst; i++) socket.send(command("burst-" + i, "U1", slack));

        List<FakeSlackApi.Call> replies =
            slack.awaitAll(c -> c.path().startsWith("/response/burst-"), burst, TIMEOUT);
        for (int i = 0; i < burst; i++) {
          String id = "\"envelope_id\":\"burst-" + i + "\"";
          socket.await(m -> m.contains(id), TIMEOUT);
        }

        List<FakeSlackApi.Call> answers =
            replies.stream().filter(c -> c.blocks().toString().contains(ITPP)).toList();
        List<FakeSlackApi.Call> refusals =
            replies.stream()
                .filter(
                    c ->
                        c.visible()
                            .contains(
                                "You're asking faster than I can keep up with. "
                                    + "Please wait 6 seconds and ask again."))
                .toList();
        assertThat(answers).hasSize(10);
        assertThat(refusals).hasSize(burst - 10);
        assertThat(refusals)
            .allSatisfy(
                c -> assertThat(c.json().path("response_type").asText()).isEqualTo("ephemeral"));
        assertThat(replies).extracting(FakeSlackApi.Call::path).doesNotHaveDuplicates();
      } finally {
        bot.close();
      }
    }
  }

  private Map<String, String> socketEnv(FakeSlackApi slack, FakeSocketMode socket) {
    slack.socketModeUrl(socket.url());
    return RunningBot.socketEnv(slack, tmp.resolve("feedback.jsonl"));
  }

  /** Sends /brief When was the ITPP signed? over the socket; waits for its ack and its answer. */
  private static String askAndAwaitAnswer(FakeSlackApi slack, FakeSocketMode socket, String id) {
    socket.send(command(id, "U" + id.hashCode(), slack));
    socket.await(m -> m.contains("\"envelope_id\":\"" + id + "\""), TIMEOUT);
    FakeSlackApi.Call reply = slack.await(c -> c.path().equals("/response/" + id), TIMEOUT);
    assertThat(reply.blocks().toString()).as("answer to %s", id).contains(ITPP);
    return id;
  }

  private static String command(String id, String user, FakeSlackApi slack) {
    ObjectNode payload = SocketModeTest.JSON.createObjectNode();
    SlackRequests.slashCommand("When was the ITPP signed?", user, slack.responseUrl(id))
        .forEach(payload::put);
    return SocketModeTest.envelope(id, "slash_commands", payload);
  }
}
