package org.briefbot.discord;

import java.nio.file.Path;
import java.time.Clock;
import org.briefbot.chat.BriefChat;
import org.briefbot.chat.FeedbackLog;
import org.briefbot.chat.RateLimiter;
import org.briefbot.core.Library;
import org.briefbot.index.BriefIndex;

/** The bundled brief's index, built once for the unit tests that render real answers. */
final class Bundled {
  private static BriefIndex index;

  private Bundled() {}

  static synchronized BriefIndex index() {
    if (index == null) index = BriefIndex.build(Library.bundled());
    return index;
  }

  /** A chat as the bot wires it, recording votes in {@code feedback}. */
  static BriefChat chat(Path feedback) {
    return new BriefChat(
        index(),
        Main.BUDGET,
        new RateLimiter(10, Clock.systemUTC()),
        new FeedbackLog(feedback, false, Clock.systemUTC()));
  }
}
