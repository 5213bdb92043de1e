package org.briefbot.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.briefbot.chat.settings.SettingsException;
import org.briefbot.index.BriefIndex;
import org.briefbot.web.WebServer;
import org.briefbot.web.WebSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve a web page for asking questions, and a JSON API (POST /api/ask, GET /api/passages/ID,"
          + " GET /api/briefs, GET /health), until stopped with Ctrl-C.",
      "Listens on 127.0.0.1 (this machine only) unless --host says otherwise. "
          + "BRIEFBOT_WEB_TOKEN makes the API ask for a bearer token; BRIEFBOT_WEB_RATE sets the "
          + "requests each client may make a minute (default 60)."
    })
final class ServeCommand implements Callable<Integer> {
  private final Session session;

  @Mixin LibraryOptions library = new LibraryOptions();

  @Option(
      names = "--port",
      paramLabel = "PORT",
      defaultValue = "" + WebServer.DEFAULT_PORT,
      description = "The port to listen on (0 picks a free one; default ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      defaultValue = WebServer.DEFAULT_HOST,
      description =
          "The address to listen on (default ${DEFAULT-VALUE}, this machine only; 0.0.0.0 is"
              + " every interface).")
  String host;

  ServeCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65_535) {
      throw new UserError(ExitCodes.USAGE, "--port must be 0 to 65535, was " + port);
    }
    WebSettings settings;
    try {
      settings = WebSettings.from(session.env);
    } catch (SettingsException e) {
      throw new UserError(ExitCodes.USAGE, e.getMessage());
    }
    BriefIndex index = session.watchedIndex(library);
    WebServer server;
    try {
      server = WebServer.start(index, settings, host, port);
    } catch (IllegalArgumentException e) {
      throw new UserError(ExitCodes.USAGE, "--host: " + e.getMessage());
    } catch (IOException e) {
      throw new UserError(ExitCodes.FAILURE, e.getMessage());
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Thread stop =
        new Thread(
            () -> {
              server.close();
              try {
                // Let the command close the index before the JVM goes.
                stopped.await(5, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "briefbot-serve-stop");
    Runtime.getRuntime().addShutdownHook(stop);
    try {
      session.out.println("briefbot: serving " + server.address() + " (Ctrl-C stops)");
      if (!server.loopbackOnly()) {
        session.err.println(
            "briefbot: warning: listening on "
                + host
                + ", so other machines can reach this server"
                + (settings.token().isPresent()
                    ? "; the API asks for BRIEFBOT_WEB_TOKEN (use HTTPS in front of it)"
                    : "; set BRIEFBOT_WEB_TOKEN to make the API ask for a token"));
      }
      session.out.flush();
      server.join();
      return ExitCodes.OK;
    } finally {
      server.close();
      index.close();
      stopped.countDown();
    }
  }
}
