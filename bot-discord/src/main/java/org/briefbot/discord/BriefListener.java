package org.briefbot.discord;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.briefbot.chat.AnsweringPool;
import org.briefbot.chat.BriefChat;
import org.briefbot.chat.FeedbackLog;
import org.briefbot.chat.RecentAnswers;
import org.briefbot.chat.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Translates Discord events into chat calls and chat replies into Discord messages. Every
 * interaction is acknowledged at once (deferred) on JDA's event thread, and answered from a worker
 * thread, so the three-second deadline holds however long an answer takes. Autocomplete cannot be
 * deferred; it only filters lists made in advance.
 */
final class BriefListener extends ListenerAdapter {
  private static final Logger LOG = LoggerFactory.getLogger(BriefListener.class);
  static final String PLATFORM = "discord";
  static final String EXPIRED =
      "That answer is no longer in my memory (I keep the latest few thousand). "
          + "Ask again with /brief ask.";
  static final String FAILED = "Something went wrong on my side while answering; please try again.";

  private final BriefChat chat;
  private final Suggestions suggestions;
  private final AnsweringPool workers;
  private final boolean mentions;

  BriefListener(BriefChat chat, AnsweringPool workers, boolean mentions) {
    this.chat = chat;
    this.suggestions = new Suggestions(chat.index().library());
    this.workers = workers;
    this.mentions = mentions;
  }

  @Override
  public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
    if (!BriefCommand.NAME.equals(event.getName())) {
      // A command registered by an older version, or by hand: answered, never left hanging.
      event
          .reply("I only know /" + BriefCommand.NAME + "; type /" + BriefCommand.NAME + " help.")
          .setEphemeral(true)
          .queue(null, e -> LOG.debug("reply not delivered: {}", e.toString()));
      return;
    }
    String user = event.getUser().getId();
    String sub = event.getSubcommandName() == null ? BriefCommand.HELP : event.getSubcommandName();
    Optional<String> brief = option(event, BriefCommand.BRIEF);
    event
        .deferReply(true)
        .queue(null, e -> LOG.warn("could not acknowledge /brief {}: {}", sub, e.toString()));
    InteractionHook hook = event.getHook();
    answer(
        "/brief " + sub,
        hook,
        () ->
            switch (sub) {
              case BriefCommand.ASK ->
                  Outgoing.edit(
                      chat.askAs(user, option(event, BriefCommand.QUESTION).orElse(""), brief),
                      0,
                      Outgoing.Place.PRIVATE);
              case BriefCommand.SHOW ->
                  Outgoing.edit(
                      chat.show(option(event, BriefCommand.ID).orElse("")),
                      0,
                      Outgoing.Place.PRIVATE);
              case BriefCommand.OUTLINE ->
                  Outgoing.edit(chat.outline(brief), 0, Outgoing.Place.PRIVATE);
              case BriefCommand.ABOUT -> Outgoing.edit(chat.about(), 0, Outgoing.Place.PRIVATE);
              default -> Outgoing.edit(help(), 0, Outgoing.Place.PRIVATE);
            });
  }

  @Override
  public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
    List<Command.Choice> choices;
    try {
      choices = choices(event);
    } catch (RuntimeException e) {
      // An option of another type than ours (an old registration, a forged payload): no
      // suggestions, but an answer all the same.
      LOG.debug("no suggestions for an odd autocomplete: {}", e.getClass().getSimpleName());
      choices = List.of();
    }
    event
        .replyChoices(choices)
        .queue(null, e -> LOG.debug("autocomplete answer not delivered: {}", e.toString()));
  }

  private List<Command.Choice> choices(CommandAutoCompleteInteractionEvent event) {
    if (!BriefCommand.NAME.equals(event.getName())
        || event.getFocusedOption().getType() != OptionType.STRING) {
      return List.of();
    }
    String typed = event.getFocusedOption().getValue();
    return switch (event.getFocusedOption().getName()) {
      case BriefCommand.QUESTION ->
          suggestions.question(
              typed,
              Optional.ofNullable(event.getOption(BriefCommand.BRIEF, OptionMapping::getAsString))
                  .filter(s -> !s.isBlank()));
      case BriefCommand.BRIEF -> suggestions.brief(typed);
      case BriefCommand.ID -> suggestions.passage(typed);
      default -> List.of();
    };
  }

  @Override
  public void onButtonInteraction(ButtonInteractionEvent event) {
    Optional<AnswerButton> parsed = AnswerButton.parse(event.getComponentId());
    if (parsed.isEmpty()) {
      event
          .reply(EXPIRED)
          .setEphemeral(true)
          .queue(null, e -> LOG.debug("reply not delivered: {}", e.toString()));
      return;
    }
    AnswerButton button = parsed.get();
    String user = event.getUser().getId();
    // Posting makes a public message; everything else is for the clicker's eyes only.
    boolean ephemeral = button.action() != AnswerButton.Action.POST;
    event
        .deferReply(ephemeral)
        .queue(null, e -> LOG.warn("could not acknowledge a button: {}", e.toString()));
    InteractionHook hook = event.getHook();
    answer(
        "button",
        hook,
        () -> {
          Optional<RecentAnswers.Entry> entry = chat.recall(button.token());
          if (entry.isEmpty()) return Outgoing.note(EXPIRED);
          return switch (button.action()) {
            case MORE ->
                Outgoing.edit(
                    chat.ask(entry.get().question(), entry.get().briefId(), button.offset()),
                    button.offset(),
                    Outgoing.Place.PRIVATE);
            case POST ->
                Outgoing.edit(
                    chat.ask(entry.get().question(), entry.get().briefId(), button.offset()),
                    button.offset(),
                    Outgoing.Place.POSTED);
            case UP, DOWN -> {
              FeedbackLog.Vote vote =
                  button.action() == AnswerButton.Action.UP
                      ? FeedbackLog.Vote.UP
                      : FeedbackLog.Vote.DOWN;
              boolean recorded = chat.vote(PLATFORM, button.token(), vote, Optional.of(user));
              yield Outgoing.note(
                  recorded
                      ? "Thanks, your "
                          + (vote == FeedbackLog.Vote.UP ? "👍" : "👎")
                          + " is recorded; it helps improve the answers."
                      : EXPIRED);
            }
          };
        });
  }

  @Override
  public void onMessageReceived(MessageReceivedEvent event) {
    if (!mentions || !event.isFromGuild()) return;
    Message message = event.getMessage();
    if (event.getAuthor().isBot() || event.isWebhookMessage() || message.getType().isSystem())
      return;
    if (!message.getMentions().isMentioned(event.getJDA().getSelfUser(), Message.MentionType.USER))
      return;
    String self = event.getJDA().getSelfUser().getId();
    String text =
        Pattern.compile("<@!?" + self + ">")
            .matcher(message.getContentRaw())
            .replaceAll(" ")
            .strip();
    String user = event.getAuthor().getId();
    // A refusal is logged by the pool; a channel is no place to say "busy" to everyone.
    workers.submit(
        "mention",
        () -> {
          Reply reply = chat.handle(user, text, "@" + event.getJDA().getSelfUser().getName());
          if (reply.kind() == Reply.Kind.HELP) reply = help();
          MessageCreateData answer = Outgoing.create(reply, 0, Outgoing.Place.CHANNEL);
          return () -> replyInChannel(event, answer);
        },
        () -> {});
  }

  private static void replyInChannel(MessageReceivedEvent event, MessageCreateData answer) {
    Message message = event.getMessage();
    try {
      event
          .getChannel()
          .sendMessage(answer)
          .setMessageReference(message)
          .failOnInvalidReply(false)
          .queue(
              null,
              e ->
                  LOG.warn(
                      "could not answer a mention in channel {}: {}",
                      event.getChannel().getId(),
                      e.toString()));
    } catch (InsufficientPermissionException e) {
      LOG.warn(
          "cannot answer a mention in channel {}: the bot lacks the {} permission there (see the README's invite URL)",
          event.getChannel().getId(),
          e.getPermission().getName());
    }
  }

  /** Discord's way of asking: slash commands with options, not chat's free-text grammar. */
  Reply help() {
    Reply generic = chat.help("/brief");
    List<String> lines =
        new java.util.ArrayList<>(
            List.of(
                "/brief ask question: — ask anything about the brief, e.g. When was the ITPP signed?",
                "/brief show id: — one passage in full, e.g. csds-2024-10#s2p3",
                "/brief outline — the brief's key issues and sections",
                "/brief about — which briefs I answer from",
                "brief: (on ask and outline) — answer from that brief only"));
    if (mentions)
      lines.add("@mention me with a question in a channel — I answer there, for everyone");
    lines.add(
        "Answers are private until you press Post to channel; More results shows the next passages.");
    return Reply.builder(Reply.Kind.HELP)
        .title(generic.title())
        .lead(generic.lead())
        .lines(lines)
        .build();
  }

  /**
   * Computes {@code work} on a worker and edits the deferred reply with it; says the bot is busy at
   * once when the workers refuse it, and that something went wrong when it fails.
   */
  private void answer(String what, InteractionHook hook, Supplier<MessageEditData> work) {
    boolean taken =
        workers.submit(
            what,
            () -> {
              MessageEditData data = work.get();
              return () -> edit(hook, data, "an answer");
            },
            () -> edit(hook, Outgoing.note(FAILED), "that answering failed"));
    if (!taken && !workers.closed()) edit(hook, Outgoing.note(AnsweringPool.BUSY), "the busy note");
  }

  private static void edit(InteractionHook hook, MessageEditData data, String what) {
    hook.editOriginal(data)
        .queue(null, e -> LOG.warn("could not deliver {}: {}", what, e.toString()));
  }

  private static Optional<String> option(SlashCommandInteractionEvent event, String name) {
    return Optional.ofNullable(event.getOption(name, OptionMapping::getAsString))
        .map(String::strip)
        .filter(s -> !s.isEmpty());
  }
}
