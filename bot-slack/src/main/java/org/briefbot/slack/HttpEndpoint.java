package org.briefbot.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.servlet.SlackAppServlet;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import javax.servlet.DispatcherType;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;

/**
 * HTTP mode: Bolt's servlet at {@value #EVENTS_PATH} (commands, events and actions) behind {@link
 * SignedRequestFilter}, which refuses anything unsigned, oversized or elsewhere before Bolt sees
 * it, and a health check at {@value #HEALTH_PATH}, on an embedded Jetty. Bolt's own SlackAppServer
 * binds every interface and blocks in start(), so the bot builds the server itself to choose the
 * address and learn the port.
 */
final class HttpEndpoint implements AutoCloseable {
  static final String EVENTS_PATH = "/slack/events";
  static final String HEALTH_PATH = "/health";

  private final Server server;
  private final ServerConnector connector;

  private HttpEndpoint(Server server, ServerConnector connector) {
    this.server = server;
    this.connector = connector;
  }

  /** Starts listening; the app must already be started. */
  static HttpEndpoint start(App app, String host, int port, SignedRequestFilter filter)
      throws Exception {
    Server server = new Server();
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
    connector.setHost(host);
    connector.setPort(port);
    server.addConnector(connector);

    app.config().setAppPath(EVENTS_PATH);
    ServletContextHandler context = new ServletContextHandler();
    context.addFilter(new FilterHolder(filter), "/*", EnumSet.of(DispatcherType.REQUEST));
    context.addServlet(new ServletHolder(new SlackAppServlet(app)), EVENTS_PATH);
    context.addServlet(new ServletHolder(new HealthServlet()), HEALTH_PATH);
    server.setHandler(context);
    server.setErrorHandler(new TerseErrors());
    server.setStopTimeout(5_000);
    try {
      server.start();
    } catch (Exception e) {
      server.stop();
      throw e;
    }
    return new HttpEndpoint(server, connector);
  }

  /** The port actually listened on (PORT=0 picks a free one). */
  int port() {
    return connector.getLocalPort();
  }

  @Override
  public void close() throws Exception {
    server.stop();
  }

  /** 200 while the process serves requests; for load balancers and container probes. */
  private static final class HealthServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
      resp.setStatus(200);
      resp.setContentType("application/json");
      resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
      resp.getWriter().write("{\"status\":\"ok\"}");
    }
  }

  /** Error pages say only the status: no stack traces, no versions. */
  private static final class TerseErrors extends ErrorHandler {
    @Override
    protected void writeErrorPage(
        HttpServletRequest request, Writer writer, int code, String message, boolean showStacks)
        throws IOException {
      writer.write("{\"status\":" + code + "}");
    }
  }
}
