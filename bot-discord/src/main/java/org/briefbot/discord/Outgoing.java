package org.briefbot.discord;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.emoji.Emoji;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.briefbot.chat.Reply;

/**
 * Every message the bot sends is built here, so every one of them, new or edited, says that it may
 * mention nobody: allowed mentions empty, replies without pinging the author. Quoted text is
 * escaped as well; this is what makes a ping impossible even if escaping missed something.
 */
final class Outgoing {
  /** Nothing a message says may notify anyone. */
  static final EnumSet<Message.MentionType> NO_MENTIONS = EnumSet.noneOf(Message.MentionType.class);

  private Outgoing() {}

  /** Makes JDA's defaults match, for anything sent without going through this class. */
  static void setDefaults() {
    MessageRequest.setDefaultMentions(NO_MENTIONS);
    MessageRequest.setDefaultMentionRepliedUser(false);
  }

  /** Where a reply is shown decides which buttons it carries. */
  enum Place {
    /** Only the asker sees it: it can be posted, paged and rated. */
    PRIVATE,
    /** The channel sees it: it can be paged (privately) and rated. */
    CHANNEL,
    /** Posted from a private answer: it can be rated. */
    POSTED
  }

  /** The reply as an edit of a deferred interaction response. */
  static MessageEditData edit(Reply reply, int offset, Place place) {
    return new MessageEditBuilder()
        .setContent("")
        .setEmbeds(ReplyEmbed.render(reply))
        .setComponents(buttons(reply, offset, place))
        .setAllowedMentions(NO_MENTIONS)
        .mentionRepliedUser(false)
        .build();
  }

  /** A short private note as an edit of a deferred interaction response. */
  static MessageEditData note(String text) {
    return new MessageEditBuilder()
        .setContent(DiscordText.escapePrefix(text, Message.MAX_CONTENT_LENGTH))
        .setEmbeds(List.of())
        .setComponents(List.of())
        .setAllowedMentions(NO_MENTIONS)
        .mentionRepliedUser(false)
        .build();
  }

  /** The reply as a new message (an answer to an @mention). */
  static MessageCreateData create(Reply reply, int offset, Place place) {
    return new MessageCreateBuilder()
        .setEmbeds(ReplyEmbed.render(reply))
        .setComponents(buttons(reply, offset, place))
        .setAllowedMentions(NO_MENTIONS)
        .mentionRepliedUser(false)
        .build();
  }

  static List<ActionRow> buttons(Reply reply, int offset, Place place) {
    if (reply.answerToken().isEmpty()) return List.of();
    String token = reply.answerToken().get();
    List<Button> row = new ArrayList<>();
    if (place == Place.PRIVATE) {
      row.add(
          Button.primary(
              new AnswerButton(AnswerButton.Action.POST, token, offset).customId(),
              "Post to channel"));
    }
    if (place != Place.POSTED && reply.hasMore()) {
      int next = offset + reply.quotes().size();
      row.add(
          Button.secondary(
              new AnswerButton(AnswerButton.Action.MORE, token, next).customId(), "More results"));
    }
    if (reply.kind() == Reply.Kind.ANSWER || reply.kind() == Reply.Kind.NOT_ADDRESSED) {
      row.add(
          Button.secondary(
              new AnswerButton(AnswerButton.Action.UP, token, offset).customId(),
              Emoji.fromUnicode("👍")));
      row.add(
          Button.secondary(
              new AnswerButton(AnswerButton.Action.DOWN, token, offset).customId(),
              Emoji.fromUnicode("👎")));
    }
    return row.isEmpty() ? List.of() : List.of(ActionRow.of(row));
  }
}
