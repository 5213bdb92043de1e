package org.briefbot.discord;

import java.util.EnumSet;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.CloseCode;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;
import net.dv8tion.jda.api.utils.cache.CacheFlag;
import org.briefbot.chat.AnsweringPool;
import org.briefbot.chat.BriefChat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running bot: a JDA client connected to Discord (or to whatever DISCORD_API_URL and
 * DISCORD_GATEWAY_URL name), /brief registered, and a few worker threads that answer.
 */
final class DiscordBot implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DiscordBot.class);

  /** Answering takes milliseconds; a few threads keep the gateway thread free under bursts. */
  private static final int WORKERS = 4;

  /** Deliveries only queue a request with JDA, which sends it on its own threads. */
  private static final int SENDERS = 2;

  /**
   * Events waiting for a worker. A flood beyond this is answered "busy" at once rather than queued
   * without end; per-user rate limits stop one user long before it fills.
   */
  private static final int QUEUE = 1_000;

  private final JDA jda;
  private final AnsweringPool workers;

  /** Completes once JDA has shut down and said why: a close code when Discord ended the session. */
  private final CompletableFuture<Optional<CloseCode>> shutdown;

  private DiscordBot(
      JDA jda, AnsweringPool workers, CompletableFuture<Optional<CloseCode>> shutdown) {
    this.jda = jda;
    this.workers = workers;
    this.shutdown = shutdown;
  }

  /**
   * Logs in, waits until the gateway session is ready, and registers /brief.
   *
   * @throws DiscordConfig.ConfigException when Discord rejects the token or the intents: the user
   *     must change a setting
   * @throws Unreachable when Discord's API cannot be reached to log in
   */
  static DiscordBot start(DiscordConfig config, BriefChat chat) throws InterruptedException {
    return start(config, chat, new AnsweringPool(WORKERS, SENDERS, QUEUE));
  }

  /**
   * As {@link #start(DiscordConfig, BriefChat)}, answering on {@code workers}; the bot owns them
   * from now on and closes them.
   */
  static DiscordBot start(DiscordConfig config, BriefChat chat, AnsweringPool workers)
      throws InterruptedException {
    Outgoing.setDefaults();
    CompletableFuture<Optional<CloseCode>> shutdown = new CompletableFuture<>();
    EnumSet<GatewayIntent> intents = EnumSet.noneOf(GatewayIntent.class);
    if (config.messageContent()) {
      intents.add(GatewayIntent.GUILD_MESSAGES);
      intents.add(GatewayIntent.MESSAGE_CONTENT);
    } else {
      LOG.info(
          "Answering slash commands only. To answer @mentions in channels too, switch on the "
              + "Message Content intent (Developer Portal, your app, Bot) and set DISCORD_MESSAGE_CONTENT=1.");
    }
    UnparsedInteractions unparsed =
        new UnparsedInteractions(config.apiUrl().orElse(RestConfig.DEFAULT_BASE_URL));
    JDABuilder builder =
        JDABuilder.createLight(config.token(), intents)
            .disableCache(EnumSet.allOf(CacheFlag.class))
            .addEventListeners(
                new BriefListener(chat, workers, config.messageContent()),
                new ListenerAdapter() {
                  @Override
                  public void onShutdown(ShutdownEvent event) {
                    unparsed.close();
                    shutdown.complete(Optional.ofNullable(event.getCloseCode()));
                  }
                });
    config.apiUrl().ifPresent(url -> builder.setRestConfig(new RestConfig().setBaseUrl(url)));
    config
        .gatewayUrl()
        .ifPresent(
            url ->
                builder
                    .setSessionController(
                        new SessionControllerAdapter() {
                          @Override
                          public String getGateway() {
                            return url;
                          }
                        })
                    // a gateway proxy or a test's fake speaks plain JSON
                    .setCompression(Compression.NONE));
    JDA jda;
    try {
      jda = builder.build();
    } catch (InvalidTokenException e) {
      workers.close();
      unparsed.close();
      throw new DiscordConfig.ConfigException(DiscordConfig.rejectedToken());
    } catch (RuntimeException e) {
      // JDA failed to log in for another reason: most often Discord (or the proxy) is unreachable
      workers.close();
      unparsed.close();
      LOG.debug("login failed", e);
      throw new Unreachable(
          "cannot reach Discord's API at "
              + config.apiUrl().orElse("https://discord.com/api/")
              + " ("
              + rootCause(e)
              + "): check the network"
              + (config.apiUrl().isPresent() ? " and DISCORD_API_URL" : ""));
    }
    try {
      jda.awaitReady();
    } catch (IllegalStateException e) {
      // JDA reports the shutdown (and Discord's close code) just after it stops waiting
      workers.close();
      CloseCode code;
      try {
        code = shutdown.get(10, TimeUnit.SECONDS).orElse(null);
      } catch (ExecutionException | TimeoutException unknown) {
        code = null;
      }
      throw new DiscordConfig.ConfigException(refused(code, config));
    } catch (InterruptedException e) {
      jda.shutdownNow();
      workers.close();
      throw e;
    }
    DiscordBot bot = new DiscordBot(jda, workers, shutdown);
    bot.register(config);
    return bot;
  }

  private void register(DiscordConfig config) {
    if (config.guildId().isPresent()) {
      long id = config.guildId().get();
      Guild guild = jda.getGuildById(id);
      if (guild == null) {
        LOG.warn(
            "DISCORD_GUILD_ID {} is not a server this bot is in; invite the bot there first (see the README), "
                + "or unset DISCORD_GUILD_ID to register /brief everywhere.",
            Long.toUnsignedString(id));
        return;
      }
      guild
          .updateCommands()
          .addCommands(BriefCommand.definition())
          .queue(
              commands ->
                  LOG.info(
                      "Registered /brief in server {} ({}); it is usable there now.",
                      guild.getName(),
                      guild.getId()),
              e ->
                  LOG.error(
                      "Could not register /brief in server {}: {}", guild.getId(), e.toString()));
    } else {
      jda.updateCommands()
          .addCommands(BriefCommand.definition())
          .queue(
              commands ->
                  LOG.info(
                      "Registered /brief globally; Discord may take a while to show it everywhere "
                          + "(set DISCORD_GUILD_ID for one server, instantly)."),
              e -> LOG.error("Could not register /brief: {}", e.toString()));
    }
  }

  /**
   * Blocks until the client shuts down (on a signal, or when Discord ends the session for good);
   * returns Discord's close code when Discord ended it.
   */
  Optional<CloseCode> awaitShutdown() throws InterruptedException {
    try {
      return shutdown.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("the shutdown listener failed", e.getCause());
    }
  }

  /** Lets answers under way be delivered (JDA still running to send them), then disconnects. */
  @Override
  public void close() {
    workers.close();
    jda.shutdown();
    try {
      if (!jda.awaitShutdown(5, TimeUnit.SECONDS)) jda.shutdownNow();
    } catch (InterruptedException e) {
      jda.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  /** Discord could not be reached; its message is one line for the user. */
  static final class Unreachable extends RuntimeException {
    Unreachable(String message) {
      super(message);
    }
  }

  private static String rootCause(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null
        && cause.getCause() != cause
        && !(cause.getCause() instanceof net.dv8tion.jda.api.exceptions.ContextException)) {
      cause = cause.getCause();
    }
    return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
  }

  static String refused(CloseCode code, DiscordConfig config) {
    if (code == CloseCode.AUTHENTICATION_FAILED) return DiscordConfig.rejectedToken();
    if (code == CloseCode.DISALLOWED_INTENTS) {
      return "Discord refused the Message Content intent: switch it on ("
          + DiscordConfig.PORTAL
          + ", your app, Bot, Message Content Intent) or unset DISCORD_MESSAGE_CONTENT";
    }
    return "Discord ended the session while connecting"
        + (code == null ? "" : " (" + code + ": " + code.getMeaning() + ")")
        + (config.gatewayUrl().isPresent() ? "; check DISCORD_GATEWAY_URL" : "");
  }
}
