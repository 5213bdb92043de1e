package org.briefbot.slack;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.ContextBlockElement;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.briefbot.chat.Quote;
import org.briefbot.chat.Reply;

/**
 * Renders chat's platform-neutral {@link Reply} as Block Kit: the best sentence first, then the
 * cited quotes (best sentence in bold, a "Show full paragraph" button each), a context line with
 * the brief's reference, and the answer's buttons. Every text from the brief or the user is escaped
 * and marked verbatim, and every block stays within Slack's limits.
 */
final class BlockKitRenderer {
  static final String SHARE = "brief_share";

  /** Followed by the quote's position, so each button in a message has its own action id. */
  static final String SHOW_PREFIX = "brief_show_";

  static final String VOTE_UP = "brief_vote_up";
  static final String VOTE_DOWN = "brief_vote_down";

  /** Slack's limit on a button's value. */
  private static final int BUTTON_VALUE_LIMIT = 2_000;

  /** Fallback text is what notifications show; keep it to one short paragraph. */
  private static final int FALLBACK_CHARS = 300;

  /** Who will see the message. */
  enum Audience {
    /** Only the asker (an ephemeral slash-command reply): offers "Share in channel". */
    ASKER,
    /** Everyone in the channel or thread. */
    CHANNEL
  }

  private BlockKitRenderer() {}

  /** The message for {@code reply}, as the audience should see it. */
  static SlackMessage render(Reply reply, Audience audience) {
    return render(reply, audience, Optional.empty());
  }

  /**
   * The message for {@code reply}; {@code sharedBy} names the user who shared a private answer with
   * the channel.
   */
  static SlackMessage render(Reply reply, Audience audience, Optional<String> sharedBy) {
    List<LayoutBlock> blocks = new ArrayList<>();
    switch (reply.kind()) {
      case ANSWER, NOT_ADDRESSED -> answer(reply, audience, sharedBy, blocks);
      case PASSAGE -> passage(reply, blocks);
      case OUTLINE, ABOUT, HELP, RATE_LIMITED, ERROR -> message(reply, blocks);
    }
    return new SlackMessage(fallback(reply), capped(blocks));
  }

  private static void answer(
      Reply reply, Audience audience, Optional<String> sharedBy, List<LayoutBlock> blocks) {
    if (!reply.lead().isBlank()) blocks.add(section(SlackText.escape(reply.lead())));
    reply
        .didYouMean()
        .ifPresent(s -> blocks.add(context("Did you mean: _" + SlackText.escape(s) + "_?")));
    if (reply.kind() == Reply.Kind.ANSWER) {
      for (int i = 0; i < reply.quotes().size(); i++)
        blocks.add(quote(reply.quotes().get(i), i + 1));
    }
    List<String> notes = new ArrayList<>();
    if (!reply.context().isBlank()) notes.add("Source: " + SlackText.escape(reply.context()));
    String asked = "Asked: “" + SlackText.escape(reply.title()) + "”";
    if (sharedBy.isPresent()) asked += " · shared by " + SlackText.mention(sharedBy.get());
    notes.add(asked);
    blocks.add(context(notes.toArray(String[]::new)));
    reply.answerToken().ifPresent(token -> blocks.add(buttons(token, audience)));
  }

  private static LayoutBlock quote(Quote quote, int position) {
    Quote.Emphasis e = quote.emphasis();
    String body =
        SlackText.escape(e.before())
            + (e.sentence().isEmpty() ? "" : "*" + SlackText.escape(e.sentence()) + "*")
            + SlackText.escape(e.after());
    String text = "*" + SlackText.escape(quote.location()) + "*\n" + blockquote(body);
    ButtonElement show =
        ButtonElement.builder()
            .text(plain("Show full paragraph"))
            .actionId(SHOW_PREFIX + position)
            .value(value(quote.passageId()))
            .build();
    return SectionBlock.builder().text(mrkdwn(text)).accessory(show).build();
  }

  private static void passage(Reply reply, List<LayoutBlock> blocks) {
    for (Quote quote : reply.quotes()) {
      String text =
          "*"
              + SlackText.escape(quote.location())
              + "*\n"
              + blockquote(SlackText.escape(quote.text()));
      blocks.add(section(text));
    }
    if (!reply.context().isBlank()) blocks.add(context(SlackText.escape(reply.context())));
  }

  /** Help, outline, about, errors, rate limits: a heading, a lead, then the lines. */
  private static void message(Reply reply, List<LayoutBlock> blocks) {
    String head = "*" + SlackText.escape(reply.title()) + "*";
    if (!reply.lead().isBlank()) head += "\n" + SlackText.escape(reply.lead());
    blocks.add(section(head));
    StringBuilder chunk = new StringBuilder();
    for (String line : reply.lines()) {
      String row = "• " + SlackText.escape(line);
      if (chunk.length() > 0 && chunk.length() + 1 + row.length() > SlackText.SECTION_LIMIT) {
        blocks.add(section(chunk.toString()));
        chunk.setLength(0);
      }
      if (chunk.length() > 0) chunk.append('\n');
      chunk.append(row);
    }
    if (chunk.length() > 0) blocks.add(section(chunk.toString()));
    if (!reply.context().isBlank()) blocks.add(context(SlackText.escape(reply.context())));
  }

  private static LayoutBlock buttons(String token, Audience audience) {
    List<BlockElement> elements = new ArrayList<>();
    if (audience == Audience.ASKER) {
      elements.add(
          ButtonElement.builder()
              .text(plain("Share in channel"))
              .actionId(SHARE)
              .value(value(token))
              .style("primary")
              .build());
    }
    elements.add(
        ButtonElement.builder()
            .text(plain("👍 Helpful"))
            .actionId(VOTE_UP)
            .value(value(token))
            .build());
    elements.add(
        ButtonElement.builder()
            .text(plain("👎 Not helpful"))
            .actionId(VOTE_DOWN)
            .value(value(token))
            .build());
    return ActionsBlock.builder().elements(elements).build();
  }

  /** Keeps a message within Slack's block limit, saying so when something was left out. */
  private static List<LayoutBlock> capped(List<LayoutBlock> blocks) {
    if (blocks.size() <= SlackMessage.MAX_BLOCKS) return blocks;
    List<LayoutBlock> kept = new ArrayList<>(blocks.subList(0, SlackMessage.MAX_BLOCKS - 1));
    kept.add(
        context(
            "… "
                + (blocks.size() - kept.size())
                + " more parts left out to fit in one Slack message."));
    return kept;
  }

  private static String fallback(Reply reply) {
    String text =
        switch (reply.kind()) {
          case ANSWER, NOT_ADDRESSED -> reply.lead();
          case PASSAGE ->
              reply.title()
                  + ": "
                  + reply.quotes().stream().findFirst().map(Quote::text).orElse("");
          case OUTLINE, ABOUT, HELP, RATE_LIMITED, ERROR ->
              reply.lead().isBlank() ? reply.title() : reply.title() + ": " + reply.lead();
        };
    if (text.isBlank()) text = "briefbot";
    return SlackText.fit(SlackText.escape(text), FALLBACK_CHARS);
  }

  private static String blockquote(String escaped) {
    return ">" + escaped.replace("\n", "\n>");
  }

  private static SectionBlock section(String escapedMrkdwn) {
    return SectionBlock.builder().text(mrkdwn(escapedMrkdwn)).build();
  }

  private static ContextBlock context(String... escapedMrkdwn) {
    List<ContextBlockElement> elements = new ArrayList<>();
    for (String text : escapedMrkdwn) elements.add(mrkdwn(text));
    return ContextBlock.builder().elements(elements).build();
  }

  /** Verbatim: Slack must not turn words into links or mentions on its own. */
  private static MarkdownTextObject mrkdwn(String escaped) {
    return MarkdownTextObject.builder()
        .text(SlackText.fit(escaped, SlackText.SECTION_LIMIT))
        .verbatim(true)
        .build();
  }

  private static PlainTextObject plain(String text) {
    return PlainTextObject.builder().text(text).emoji(true).build();
  }

  private static String value(String value) {
    if (value.length() > BUTTON_VALUE_LIMIT) {
      throw new IllegalArgumentException(
          "button value is longer than " + BUTTON_VALUE_LIMIT + " characters");
    }
    return value;
  }
}
