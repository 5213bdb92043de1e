package org.briefbot.web;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import org.briefbot.chat.RateLimiter;
import org.briefbot.index.BriefIndex;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * {@code briefbot serve}: the page and the JSON API over an index, on an embedded Jetty (its own
 * handlers, no servlet layer). The module's one entry point: start it, read its address, close it.
 * The index stays the caller's to close.
 */
public final class WebServer implements AutoCloseable {
  /** The address served unless told otherwise: this machine only. */
  public static final String DEFAULT_HOST = "127.0.0.1";

  public static final int DEFAULT_PORT = 8080;

  private final Server server;
  private final ServerConnector connector;
  private final String host;
  private final boolean loopbackOnly;

  private WebServer(Server server, ServerConnector connector, String host, boolean loopbackOnly) {
    this.server = server;
    this.connector = connector;
    this.host = host;
    this.loopbackOnly = loopbackOnly;
  }

  /**
   * Listens on {@code host} and {@code port} (0 picks a free one) and answers from {@code index}.
   *
   * @throws IllegalArgumentException when {@code host} is no address, or the port out of range
   * @throws IOException when the address cannot be listened on (in use, not this machine's)
   */
  public static WebServer start(BriefIndex index, WebSettings settings, String host, int port)
      throws IOException {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be 0 to 65535, was " + port);
    }
    InetAddress address;
    try {
      address = InetAddress.getByName(host);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("host \"" + host + "\" is not an address");
    }
    boolean loopbackOnly = address.isLoopbackAddress();

    QueuedThreadPool threads = new QueuedThreadPool(64, 4);
    threads.setName("briefbot-web");
    Server server = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
    connector.setHost(host);
    connector.setPort(port);
    connector.setIdleTimeout(30_000);
    server.addConnector(connector);
    server.setHandler(
        new Routes(
            new Api(index),
            new PageResources(),
            new RateLimiter(settings.perMinute(), Clock.systemUTC()),
            settings.token().map(BearerToken::new),
            loopbackOnly));
    server.setErrorHandler(new JsonErrors());
    server.setStopTimeout(5_000);
    try {
      server.start();
    } catch (Exception e) {
      try {
        server.stop();
      } catch (Exception ignored) {
        // already failing; the start's failure is what matters
      }
      throw new IOException(
          "cannot listen on " + host + ":" + port + " (" + e.getMessage() + ")", e);
    }
    return new WebServer(server, connector, host, loopbackOnly);
  }

  /** The port listened on (a free one when 0 was asked for). */
  public int port() {
    return connector.getLocalPort();
  }

  /** The page's address, e.g. {@code http://127.0.0.1:8080/}. */
  public URI address() {
    String shown = host.contains(":") ? "[" + host + "]" : host;
    return URI.create("http://" + shown + ":" + port() + "/");
  }

  /**
   * False when other machines may reach the server: it listens on more than loopback, and the
   * caller should say so.
   */
  public boolean loopbackOnly() {
    return loopbackOnly;
  }

  /** Waits until the server stops. */
  public void join() throws InterruptedException {
    server.join();
  }

  /** Stops listening, letting requests in flight finish (up to 5 seconds). */
  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("the web server did not stop cleanly: " + e.getMessage(), e);
    }
  }

  /** Jetty's own errors (a malformed request, a header too large) as JSON, saying no more. */
  private static final class JsonErrors extends ErrorHandler {
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
      int status = response.getStatus() >= 400 ? response.getStatus() : 500;
      Routes.securityHeaders(response);
      response.getHeaders().remove(HttpHeader.WWW_AUTHENTICATE);
      Routes.send(response, callback, JsonResponse.error(status, reason(status)));
      return true;
    }

    private static String reason(int status) {
      return switch (status) {
        case 400 -> "the request is malformed";
        case 404 -> "nothing is served here";
        case 413 -> "the request is too large";
        case 414 -> "the address is too long";
        case 431 -> "the request's headers are too large";
        default -> "the request failed";
      };
    }
  }
}
