package org.briefbot.slack;

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
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.webhook.WebhookResponse;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.regex.Pattern;
import org.briefbot.chat.BriefChat;
import org.briefbot.chat.FeedbackLog;
import org.briefbot.chat.RecentAnswers;
import org.briefbot.chat.Reply;
import org.briefbot.slack.BlockKitRenderer.Audience;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Translates Slack into chat and back: slash commands, mentions, direct messages and button
 * clicks. Each handler acknowledges at once and answers on the work pool, through the
 * response_url (commands, buttons) or chat.postMessage in a thread (mentions, DMs), so Slack's
 * 3-second deadline never depends on answering. Failures reach the user as one short sentence and
 * the log with a stack trace.
 */
final class SlackHandlers {
  private static final Logger log = LoggerFactory.getLogger(SlackHandlers.class);

  /** The platform name in the feedback log. */
  static final String PLATFORM = "slack";
  /** The command the manifest installs; any other command routed to the app works the same. */
  static final String COMMAND = "/brief";

  static final String SORRY = "Sorry, something went wrong while answering that. Please try again in a moment.";
  static final String BUSY = "briefbot is busy right now. Please try again in a moment.";
  static final String EXPIRED = "That answer is no longer remembered. Please ask again.";

  private final BriefChat chat;
  private final ExecutorService work;
  private final SeenEvents seen = new SeenEvents(5_000);

  SlackHandlers(BriefChat chat, ExecutorService work) {
    this.chat = chat;
    this.work = work;
  }

  void register(App app) {
    app.command(Pattern.compile("^/.+$"), this::onCommand);
    app.event(AppMentionEvent.class, this::onMention);
    app.event(MessageEvent.class, this::onDirectMessage);
    app.blockAction(BlockKitRenderer.SHARE, this::onShare);
    app.blockAction(Pattern.compile("^" + Pattern.quote(BlockKitRenderer.SHOW_PREFIX) + "\\d+$"), this::onShow);
    app.blockAction(BlockKitRenderer.VOTE_UP, (req, ctx) -> onVote(req, ctx, FeedbackLog.Vote.UP));
    app.blockAction(BlockKitRenderer.VOTE_DOWN, (req, ctx) -> onVote(req, ctx, FeedbackLog.Vote.DOWN));
  }

  // --- slash commands: answered privately through the response_url -------------------------

  private Response onCommand(SlashCommandRequest req, SlashCommandContext ctx) {
    SlashCommandPayload p = req.getPayload();
    String prefix = p.getCommand() == null ? COMMAND : p.getCommand();
    String user = userKey(p.getTeamId(), p.getUserId());
    String text = SlackText.toPlain(p.getText(), null);
    boolean accepted = submit("command " + prefix, () -> {
      SlackMessage m = BlockKitRenderer.render(chat.handle(user, text, prefix), Audience.ASKER);
      check("response_url", ctx.respond(SlashCommandResponse.builder().responseType("ephemeral")
          .text(m.text()).blocks(m.blocks()).build()));
    }, () -> ctx.respond(SlashCommandResponse.builder().responseType("ephemeral").text(SORRY).build()));
    return accepted ? ctx.ack() : ctx.ack(BUSY);
  }

  // --- mentions and direct messages: answered in a thread under the message -----------------

  private Response onMention(com.slack.api.app_backend.events.payload.EventsApiPayload<AppMentionEvent> req,
      EventContext ctx) {
    AppMentionEvent e = req.getEvent();
    // A mention inside a DM also arrives as a message.im event, which answers it.
    if (e.getChannel() == null || e.getChannel().startsWith("D") || e.getBotId() != null || e.getUser() == null) {
      return ctx.ack();
    }
    if (seen.firstTime(e.getChannel(), e.getTs())) {
      String thread = e.getThreadTs() != null ? e.getThreadTs() : e.getTs();
      answerInThread(ctx, e.getChannel(), thread, userKey(req.getTeamId(), e.getUser()), e.getText(),
          "@" + botName(ctx));
    }
    return ctx.ack();
  }

  private Response onDirectMessage(
      com.slack.api.app_backend.events.payload.EventsApiPayload<MessageEvent> req, EventContext ctx) {
    MessageEvent e = req.getEvent();
    if (!"im".equals(e.getChannelType()) || e.getBotId() != null || e.getUser() == null || e.getText() == null) {
      return ctx.ack();
    }
    if (seen.firstTime(e.getChannel(), e.getTs())) {
      String thread = e.getThreadTs() != null ? e.getThreadTs() : e.getTs();
      answerInThread(ctx, e.getChannel(), thread, userKey(req.getTeamId(), e.getUser()), e.getText(), "");
    }
    return ctx.ack();
  }

  private void answerInThread(EventContext ctx, String channel, String thread, String user, String slackText,
      String prefix) {
    String text = SlackText.toPlain(slackText, ctx.getBotUserId());
    boolean accepted = submit("message in " + channel, () -> {
      Reply reply = chat.handle(user, text, prefix);
      post(ctx, channel, thread, BlockKitRenderer.render(reply, Audience.CHANNEL));
    }, () -> post(ctx, channel, thread, new SlackMessage(SORRY, java.util.List.of())));
    if (!accepted) log.warn("dropped a message in {}: the work queue is full", channel);
  }

  private static void post(Context ctx, String channel, String thread, SlackMessage m) throws Exception {
    ChatPostMessageResponse r = ctx.client().chatPostMessage(b -> b.channel(channel).threadTs(thread)
        .text(m.text()).blocks(m.blocks().isEmpty() ? null : m.blocks()).unfurlLinks(false).unfurlMedia(false));
    if (!r.isOk()) throw new IllegalStateException("chat.postMessage to " + channel + " failed: " + r.getError());
  }

  // --- buttons ------------------------------------------------------------------------------

  /** Posts a private answer for everyone in the channel to see, then removes the private one. */
  private Response onShare(BlockActionRequest req, ActionContext ctx) {
    BlockActionPayload p = req.getPayload();
    String token = actionValue(p);
    String user = p.getUser() == null ? null : p.getUser().getId();
    submit("share", () -> {
      Optional<RecentAnswers.Entry> entry = chat.recall(token);
      if (entry.isEmpty()) {
        respondPrivately(ctx, p, EXPIRED);
        return;
      }
      Reply reply = chat.ask(entry.get().question(), entry.get().briefId(), 0);
      SlackMessage m = BlockKitRenderer.render(reply, Audience.CHANNEL, Optional.ofNullable(user));
      check("response_url", ctx.respond(ActionResponse.builder().responseType("in_channel").replaceOriginal(false)
          .text(m.text()).blocks(m.blocks()).build()));
      check("response_url", ctx.respond(ActionResponse.builder().deleteOriginal(true).build()));
    }, () -> respondPrivately(ctx, p, SORRY));
    return ctx.ack();
  }

  /** Shows one passage in full, to the user who clicked only. */
  private Response onShow(BlockActionRequest req, ActionContext ctx) {
    BlockActionPayload p = req.getPayload();
    String passageId = actionValue(p);
    submit("show", () -> {
      SlackMessage m = BlockKitRenderer.render(chat.show(passageId), Audience.ASKER);
      check("response_url", ctx.respond(privately(p).text(m.text()).blocks(m.blocks()).build()));
    }, () -> respondPrivately(ctx, p, SORRY));
    return ctx.ack();
  }

  /** Records a 👍 or 👎 in the feedback log, and thanks the user privately. */
  private Response onVote(BlockActionRequest req, ActionContext ctx, FeedbackLog.Vote vote) {
    BlockActionPayload p = req.getPayload();
    String token = actionValue(p);
    Optional<String> user = Optional.ofNullable(p.getUser()).map(BlockActionPayload.User::getId);
    submit("vote", () -> {
      boolean recorded = chat.vote(PLATFORM, token, vote, user);
      respondPrivately(ctx, p, recorded
          ? "Thanks, your " + (vote == FeedbackLog.Vote.UP ? "👍" : "👎") + " is recorded."
          : EXPIRED);
    }, () -> respondPrivately(ctx, p, SORRY));
    return ctx.ack();
  }

  private static void respondPrivately(ActionContext ctx, BlockActionPayload p, String text) throws Exception {
    check("response_url", ctx.respond(privately(p).text(SlackText.escape(text)).build()));
  }

  /** A new ephemeral message for the clicking user, in the thread the button was in. */
  private static ActionResponse.ActionResponseBuilder privately(BlockActionPayload p) {
    String thread = p.getContainer() == null ? null : p.getContainer().getThreadTs();
    return ActionResponse.builder().responseType("ephemeral").replaceOriginal(false).threadTs(thread);
  }

  private static String actionValue(BlockActionPayload p) {
    if (p.getActions() == null || p.getActions().isEmpty() || p.getActions().get(0).getValue() == null) return "";
    return p.getActions().get(0).getValue();
  }

  // --- plumbing -----------------------------------------------------------------------------

  /** A step that talks to Slack. */
  @FunctionalInterface
  private interface Step {
    void run() throws Exception;
  }

  /**
   * Runs {@code task} on the work pool; if it fails, logs why and runs {@code apology}. False when
   * the pool is saturated and the task was not accepted.
   */
  private boolean submit(String what, Step task, Step apology) {
    try {
      work.execute(() -> {
        try {
          task.run();
        } catch (Exception e) {
          log.error("answering a {} failed", what, e);
          try {
            apology.run();
          } catch (Exception again) {
            log.warn("could not tell the user that answering a {} failed: {}", what, again.toString());
          }
        }
      });
      return true;
    } catch (RejectedExecutionException e) {
      log.warn("rejected a {}: the work queue is full", what);
      return false;
    }
  }

  private static void check(String where, WebhookResponse r) {
    if (r == null || r.getCode() == null || r.getCode() / 100 != 2) {
      throw new IllegalStateException(where + " answered " + (r == null ? "nothing" : r.getCode() + " " + r.getBody()));
    }
  }

  /** Rate limits are per person; the same user id in another workspace is another person. */
  private static String userKey(String team, String user) {
    return (team == null ? "" : team) + ":" + (user == null ? "" : user);
  }

  private static String botName(Context ctx) {
    return ctx.getAuthTestResponse() != null && ctx.getAuthTestResponse().getUser() != null
        ? ctx.getAuthTestResponse().getUser() : "briefbot";
  }
}
