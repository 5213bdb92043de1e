package org.briefbot.chat;

import java.util.Optional;

/** What a chat message asks the bot to do; parsed by {@link ChatCommands#parse}. */
public sealed interface ChatCommand {
  /** A question, optionally restricted to one brief. */
  record Ask(String question, Optional<String> briefId) implements ChatCommand {
    public Ask {
      briefId = briefId == null ? Optional.empty() : briefId;
    }
  }

  /** One passage in full, by id. */
  record Show(String passageId) implements ChatCommand {}

  /** Each brief's structure. */
  record Outline(Optional<String> briefId) implements ChatCommand {}

  /** What the library holds and who wrote it. */
  record About() implements ChatCommand {}

  /** How to use the bot. */
  record Help() implements ChatCommand {}
}
