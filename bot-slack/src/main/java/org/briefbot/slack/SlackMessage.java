package org.briefbot.slack;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/**
 * A message ready to send: Block Kit blocks and the plain fallback text Slack shows in
 * notifications. Both are escaped.
 */
record SlackMessage(String text, List<LayoutBlock> blocks) {
  /** Slack's limit on blocks in one message. */
  static final int MAX_BLOCKS = 50;

  SlackMessage {
    if (text == null || text.isBlank())
      throw new IllegalArgumentException("text must not be blank");
    blocks = List.copyOf(blocks);
    if (blocks.size() > MAX_BLOCKS) {
      throw new IllegalArgumentException(
          "a message holds at most " + MAX_BLOCKS + " blocks, got " + blocks.size());
    }
  }
}
