package org.briefbot.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.Context;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostEphemeralResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.webhook.WebhookResponse;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.briefbot.chat.AnsweringPool;
import org.briefbot.chat.BriefChat;
import org.briefbot.chat.FeedbackLog;
import org.briefbot.chat.RecentAnswers;
import org.briefbot.chat.Reply;
import org.briefbot.slack.BlockKitRenderer.Audience;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Translates Slack into chat and back: slash commands, mentions, direct messages and button clicks.
 * Each handler acknowledges at once and leaves the answer to the {@link AnsweringPool}, which
 * delivers it through the response_url (commands, buttons) or chat.postMessage in a thread
 * (mentions, DMs), so Slack's 3-second deadline never depends on answering. Failures reach the user
 * as one short sentence and the log with a stack trace.
 */
final class SlackHandlers {
  private static final Logger log = LoggerFactory.getLogger(SlackHandlers.class);

  /** The platform name in the feedback log. */
  static final String PLATFORM = "slack";

  /** The command the manifest installs; any other command routed to the app works the same. */
  static final String COMMAND = "/brief";

  static final String SORRY =
      "Sorry, something went wrong while answering that. Please try again in a moment.";
  static final String EXPIRED = "That answer is no longer remembered. Please ask again.";

  /** Tries of a rate-limited Web API call. */
  static final int ATTEMPTS = 3;

  private final BriefChat chat;
  private final AnsweringPool replies;
  private final SeenEvents seen = new SeenEvents(5_000);

  SlackHandlers(BriefChat chat, AnsweringPool replies) {
    this.chat = chat;
    this.replies = replies;
  }

  void register(App app) {
    app.command(Pattern.compile("^/.+$"), this::onCommand);
    app.event(AppMentionEvent.class, this::onMention);
    app.event(MessageEvent.class, this::onDirectMessage);
    app.blockAction(BlockKitRenderer.SHARE, this::onShare);
    app.blockAction(
        Pattern.compile("^" + Pattern.quote(BlockKitRenderer.SHOW_PREFIX) + "\\d+$"), this::onShow);
    app.blockAction(BlockKitRenderer.VOTE_UP, (req, ctx) -> onVote(req, ctx, FeedbackLog.Vote.UP));
    app.blockAction(
        BlockKitRenderer.VOTE_DOWN, (req, ctx) -> onVote(req, ctx, FeedbackLog.Vote.DOWN));
  }

  // --- slash commands: answered privately through the response_url -------------------------

  private Response onCommand(SlashCommandRequest req, SlashCommandContext ctx) {
    SlashCommandPayload p = req.getPayload();
    String prefix = p.getCommand() == null ? COMMAND : p.getCommand();
    String user = userKey(p.getTeamId(), p.getUserId());
    String text = SlackText.toPlain(p.getText(), null);
    boolean accepted =
        replies.submit(
            "command " + prefix,
            () -> {
              SlackMessage m =
                  BlockKitRenderer.render(chat.handle(user, text, prefix), Audience.ASKER);
              return () ->
                  check(
                      "response_url",
                      ctx.respond(
                          SlashCommandResponse.builder()
                              .responseType("ephemeral")
                              .text(m.text())
                              .blocks(m.blocks())
                              .build()));
            },
            () ->
                ctx.respond(
                    SlashCommandResponse.builder().responseType("ephemeral").text(SORRY).build()));
    return accepted ? ctx.ack() : ctx.ack(AnsweringPool.BUSY);
  }

  // --- mentions and direct messages: answered in a thread under the message -----------------

  private Response onMention(EventsApiPayload<AppMentionEvent> req, EventContext ctx) {
    AppMentionEvent e = req.getEvent();
    // A mention inside a DM also arrives as a message.im event, which answers it.
    if (e.getChannel() == null
        || e.getChannel().startsWith("D")
        || e.getBotId() != null
        || e.getUser() == null) {
      return ctx.ack();
    }
    if (seen.firstTime(e.getChannel(), e.getTs())) {
      String thread = e.getThreadTs() != null ? e.getThreadTs() : e.getTs();
      answerInThread(
          ctx,
          e.getChannel(),
          thread,
          req.getTeamId(),
          e.getUser(),
          e.getText(),
          "@" + botName(ctx));
    }
    return ctx.ack();
  }

  private Response onDirectMessage(EventsApiPayload<MessageEvent> req, EventContext ctx) {
    MessageEvent e = req.getEvent();
    if (!"im".equals(e.getChannelType())
        || e.getBotId() != null
        || e.getUser() == null
        || e.getText() == null) {
      return ctx.ack();
    }
    if (seen.firstTime(e.getChannel(), e.getTs())) {
      String thread = e.getThreadTs() != null ? e.getThreadTs() : e.getTs();
      answerInThread(ctx, e.getChannel(), thread, req.getTeamId(), e.getUser(), e.getText(), "");
    }
    return ctx.ack();
  }

  private void answerInThread(
      EventContext ctx,
      String channel,
      String thread,
      String team,
      String user,
      String slackText,
      String prefix) {
    String text = SlackText.toPlain(slackText, ctx.getBotUserId());
    // A refusal is logged by the pool; a thread is no place to say "busy" to everyone.
    replies.submit(
        "message in " + channel,
        () -> {
          Reply reply = chat.handle(userKey(team, user), text, prefix);
          SlackMessage m = BlockKitRenderer.render(reply, Audience.CHANNEL);
          // "Slow down" concerns the asker alone.
          if (reply.kind() == Reply.Kind.RATE_LIMITED)
            return () -> postPrivately(ctx, channel, thread, user, m);
          return () -> post(ctx, channel, thread, m);
        },
        () -> post(ctx, channel, thread, new SlackMessage(SORRY, List.of())));
  }

  private static void post(Context ctx, String channel, String thread, SlackMessage m)
      throws Exception {
    ChatPostMessageResponse r =
        whenAllowed(
            () ->
                ctx.client()
                    .chatPostMessage(
                        b ->
                            b.channel(channel)
                                .threadTs(thread)
                                .text(m.text())
                                .blocks(m.blocks().isEmpty() ? null : m.blocks())
                                .unfurlLinks(false)
                                .unfurlMedia(false)));
    if (!r.isOk())
      throw new IllegalStateException(
          "chat.postMessage to " + channel + " failed: " + r.getError());
  }

  private static void postPrivately(
      Context ctx, String channel, String thread, String user, SlackMessage m) throws Exception {
    ChatPostEphemeralResponse r =
        whenAllowed(
            () ->
                ctx.client()
                    .chatPostEphemeral(
                        b ->
                            b.channel(channel)
                                .threadTs(thread)
                                .user(user)
                                .text(m.text())
                                .blocks(m.blocks())));
    if (!r.isOk())
      throw new IllegalStateException(
          "chat.postEphemeral to " + channel + " failed: " + r.getError());
  }

  // --- buttons ------------------------------------------------------------------------------

  /** Posts a private answer for everyone in the channel to see, then removes the private one. */
  private Response onShare(BlockActionRequest req, ActionContext ctx) {
    BlockActionPayload p = req.getPayload();
    String token = actionValue(p);
    String user = p.getUser() == null ? null : p.getUser().getId();
    replies.submit(
        "share",
        () -> {
          Optional<RecentAnswers.Entry> entry = chat.recall(token);
          if (entry.isEmpty()) return () -> respondPrivately(ctx, p, EXPIRED);
          Reply reply = chat.ask(entry.get().question(), entry.get().briefId(), 0);
          SlackMessage m =
              BlockKitRenderer.render(reply, Audience.CHANNEL, Optional.ofNullable(user));
          return () -> {
            check(
                "response_url",
                ctx.respond(
                    ActionResponse.builder()
                        .responseType("in_channel")
                        .replaceOriginal(false)
                        .text(m.text())
                        .blocks(m.blocks())
                        .build()));
            check(
                "response_url", ctx.respond(ActionResponse.builder().deleteOriginal(true).build()));
          };
        },
        () -> respondPrivately(ctx, p, SORRY));
    return ctx.ack();
  }

  /** Shows one passage in full, to the user who clicked only. */
  private Response onShow(BlockActionRequest req, ActionContext ctx) {
    BlockActionPayload p = req.getPayload();
    String passageId = actionValue(p);
    replies.submit(
        "show",
        () -> {
          SlackMessage m = BlockKitRenderer.render(chat.show(passageId), Audience.ASKER);
          return () ->
              check(
                  "response_url",
                  ctx.respond(privately(p).text(m.text()).blocks(m.blocks()).build()));
        },
        () -> respondPrivately(ctx, p, SORRY));
    return ctx.ack();
  }

  /** Records a 👍 or 👎 in the feedback log, and thanks the user privately. */
  private Response onVote(BlockActionRequest req, ActionContext ctx, FeedbackLog.Vote vote) {
    BlockActionPayload p = req.getPayload();
    String token = actionValue(p);
    Optional<String> user = Optional.ofNullable(p.getUser()).map(BlockActionPayload.User::getId);
    replies.submit(
        "vote",
        () -> {
          boolean recorded = chat.vote(PLATFORM, token, vote, user);
          String thanks =
              recorded
                  ? "Thanks, your " + (vote == FeedbackLog.Vote.UP ? "👍" : "👎") + " is recorded."
                  : EXPIRED;
          return () -> respondPrivately(ctx, p, thanks);
        },
        () -> respondPrivately(ctx, p, SORRY));
    return ctx.ack();
  }

  private static void respondPrivately(ActionContext ctx, BlockActionPayload p, String text)
      throws Exception {
    check("response_url", ctx.respond(privately(p).text(SlackText.escape(text)).build()));
  }

  /** A new ephemeral message for the clicking user, in the thread the button was in. */
  private static ActionResponse.ActionResponseBuilder privately(BlockActionPayload p) {
    String thread = p.getContainer() == null ? null : p.getContainer().getThreadTs();
    return ActionResponse.builder()
        .responseType("ephemeral")
        .replaceOriginal(false)
        .threadTs(thread);
  }

  private static String actionValue(BlockActionPayload p) {
    if (p.getActions() == null
        || p.getActions().isEmpty()
        || p.getActions().get(0).getValue() == null) return "";
    return p.getActions().get(0).getValue();
  }

  // --- plumbing -----------------------------------------------------------------------------

  /** A Web API call. */
  @FunctionalInterface
  interface SlackCall<T> {
    T call() throws Exception;
  }

  /**
   * Makes {@code call}; when Slack answers 429 (a channel sent to faster than it allows), waits as
   * long as its Retry-After says (1 to 30 seconds) and tries again, {@value #ATTEMPTS} times in
   * all.
   */
  static <T> T whenAllowed(SlackCall<T> call) throws Exception {
    for (int attempt = 1; ; attempt++) {
      try {
        return call.call();
      } catch (SlackApiException e) {
        if (e.getResponse().code() != 429 || attempt >= ATTEMPTS) throw e;
        long seconds = retryAfterSeconds(e.getResponse().header("Retry-After"));
        log.info("Slack asked the bot to slow down; trying again in {} s", seconds);
        TimeUnit.SECONDS.sleep(seconds);
      }
    }
  }

  private static long retryAfterSeconds(String header) {
    try {
      return Math.max(1, Math.min(30, Long.parseLong(header == null ? "1" : header.strip())));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  private static void check(String where, WebhookResponse r) {
    if (r == null || r.getCode() == null || r.getCode() / 100 != 2) {
      throw new IllegalStateException(
          where + " answered " + (r == null ? "nothing" : r.getCode() + " " + r.getBody()));
    }
  }

  /** Rate limits are per person; the same user id in another workspace is another person. */
  private static String userKey(String team, String user) {
    return (team == null ? "" : team) + ":" + (user == null ? "" : user);
  }

  private static String botName(Context ctx) {
    return ctx.getAuthTestResponse() != null && ctx.getAuthTestResponse().getUser() != null
        ? ctx.getAuthTestResponse().getUser()
        : "briefbot";
  }
}
