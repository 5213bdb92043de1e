package org.briefbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.briefbot.chat.Quote;
import org.briefbot.chat.Reply;
import org.junit.jupiter.api.Test;

/**
 * Nothing the bot sends can notify anyone: every message says so (allowed mentions empty, replies
 * without pinging), and mention syntax in questions and passages is escaped so it shows as typed.
 */
class MentionSafetyTest {
  private static final String PINGS =
      "@everyone @here <@1400000000000000004> <@!1400000000000000004> "
          + "<@&1200000000000000002> <#1300000000000000003>";

  private static Reply replyQuoting(String text) {
    String passage = "Before. " + text + " is the best sentence. After.";
    Quote quote =
        new Quote(
            "x#s1p1",
            "§1 \"" + PINGS + "\" ¶1",
            "ref",
            "X",
            passage,
            8,
            passage.indexOf(" After."));
    return Reply.builder(Reply.Kind.ANSWER)
        .title("Why " + PINGS + "?")
        .lead(text)
        .quotes(List.of(quote))
        .didYouMean(Optional.of(PINGS))
        .context("ref")
        .answerToken("0123456789ab")
        .hasMore(true)
        .build();
  }

  @Test
  void escapesMentionsInQuestionsAndPassages() {
    MessageEmbed embed = ReplyEmbed.render(replyQuoting(PINGS));

    assertCannotPing(embed.getTitle());
    assertCannotPing(embed.getDescription());
    for (MessageEmbed.Field field : embed.getFields()) {
      assertCannotPing(field.getName());
      assertCannotPing(field.getValue());
    }
    assertThat(embed.getTitle())
        .isEqualTo(
            "Why \\@everyone \\@here \\<\\@1400000000000000004\\> "
                + "\\<\\@!1400000000000000004\\> \\<\\@&1200000000000000002\\> \\<#1300000000000000003\\>?");
  }

  @Test
  void editsOfDeferredRepliesAllowNoMentions() {
    DataObject edit = Outgoing.edit(replyQuoting(PINGS), 0, Outgoing.Place.PRIVATE).toData();
    DataObject note = Outgoing.note(PINGS).toData();

    assertNoMentionsAllowed(edit);
    assertNoMentionsAllowed(note);
    assertCannotPing(note.getString("content"));
  }

  @Test
  void newMessagesAllowNoMentionsAndDoNotPingTheRepliedUser() {
    DataObject create = Outgoing.create(replyQuoting(PINGS), 0, Outgoing.Place.CHANNEL).toData();

    assertNoMentionsAllowed(create);
  }

  @Test
  void jdaDefaultsAllowNoMentionsEither() {
    Outgoing.setDefaults();

    DataObject plain =
        new net.dv8tion.jda.api.utils.messages.MessageCreateBuilder()
            .setContent("@everyone")
            .build()
            .toData();

    assertNoMentionsAllowed(plain);
  }

  static void assertNoMentionsAllowed(DataObject message) {
    DataObject allowed = message.getObject("allowed_mentions");
    assertThat(allowed.getArray("parse").isEmpty()).isTrue();
    assertThat(allowed.getBoolean("replied_user", true)).isFalse();
    assertThat(allowed.hasKey("users")).isFalse();
    assertThat(allowed.hasKey("roles")).isFalse();
  }

  /** Every {@code @} and {@code <} is escaped (an odd number of backslashes before it). */
  static void assertCannotPing(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '@' && c != '<') continue;
      int backslashes = 0;
      while (i - backslashes - 1 >= 0 && text.charAt(i - backslashes - 1) == '\\') backslashes++;
      assertThat(backslashes % 2).as("'%s' at %d is escaped in: %s", c, i, text).isEqualTo(1);
    }
  }
}
