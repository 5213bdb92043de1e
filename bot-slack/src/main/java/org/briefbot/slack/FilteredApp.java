package org.briefbot.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.builtin.RequestVerification;
import java.util.List;

/**
 * Bolt's App without its own request verification: in HTTP mode {@link SignedRequestFilter} has
 * already checked each request, over the body's bytes exactly as received and with a timestamp
 * window both ways, before Bolt parsed or logged any of it. Bolt's check would run again on the
 * body as it re-reads it (line endings changed, a final line feed dropped, hashed in the JVM's
 * default charset), refusing requests Slack signed correctly. Socket Mode has no signatures.
 */
final class FilteredApp extends App {
  FilteredApp(AppConfig config) {
    super(config);
  }

  @Override
  protected List<Middleware> buildDefaultMiddlewareList(AppConfig config) {
    List<Middleware> middleware = super.buildDefaultMiddlewareList(config);
    middleware.removeIf(m -> m instanceof RequestVerification);
    return middleware;
  }
}
