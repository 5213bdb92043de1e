package org.briefbot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The grammar both bots share: a command word, else a question; brief:ID anywhere. */
class ChatCommandsTest {
  @Test
  void commandWordsAloneAreCommandsAndAnythingElseIsAQuestion() {
    assertThat(ChatCommands.parse("help")).isEqualTo(new ChatCommand.Help());
    assertThat(ChatCommands.parse("  ")).isEqualTo(new ChatCommand.Help());
    assertThat(ChatCommands.parse("About")).isEqualTo(new ChatCommand.About());
    assertThat(ChatCommands.parse("contents")).isEqualTo(new ChatCommand.Outline(Optional.empty()));
    assertThat(ChatCommands.parse("show csds-2024-10#s2p3"))
        .isEqualTo(new ChatCommand.Show("csds-2024-10#s2p3"));
    assertThat(ChatCommands.parse("When was the ITPP signed?"))
        .isEqualTo(new ChatCommand.Ask("When was the ITPP signed?", Optional.empty()));
  }

  @Test
  void aCommandWordStartingAQuestionKeepsItAQuestion() {
    assertThat(ChatCommands.parse("help me understand the ITPP"))
        .isEqualTo(new ChatCommand.Ask("help me understand the ITPP", Optional.empty()));
    assertThat(ChatCommands.parse("show me the cyber part"))
        .isEqualTo(new ChatCommand.Ask("show me the cyber part", Optional.empty()));
    assertThat(ChatCommands.parse("ask When was it signed?"))
        .isEqualTo(new ChatCommand.Ask("When was it signed?", Optional.empty()));
  }

  @Test
  void aBriefOptionAnywhereRestrictsTheQuestion() {
    assertThat(ChatCommands.parse("When was it signed? brief:CSDS-2024-10"))
        .isEqualTo(new ChatCommand.Ask("When was it signed?", Optional.of("csds-2024-10")));
    assertThat(ChatCommands.parse("outline brief: csds-2024-10"))
        .isEqualTo(new ChatCommand.Outline(Optional.of("csds-2024-10")));
  }
}
