package org.briefbot.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ReadListener;
import javax.servlet.ServletException;
import javax.servlet.ServletInputStream;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletRequestWrapper;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpServletResponseWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything that reaches the HTTP endpoint passes here first, before Bolt parses or logs a byte of
 * it. Only {@code GET /health} and {@code POST /slack/events} are served (others: 405 or 404,
 * nothing echoed). An events request must be at most {@value #MAX_BODY} bytes (else 413) and
 * signed: the HMAC-SHA256 of {@code v0:timestamp:} and the body's bytes exactly as received, with a
 * timestamp in seconds within five minutes of now either way (else 401). A refused request is one
 * short line in the log, never its body; floods are summed up rather than logged one by one ({@link
 * RefusalLog}).
 *
 * <p>A signed request is Slack's, so whatever Bolt makes of it must not turn into a 500, which
 * Slack would retry three times: a body Bolt cannot parse gets a 400 and one line. Top-level fields
 * of an event callback that have the wrong JSON type (Bolt's parser fails on the whole payload for
 * one of them) are dropped first, so the event itself is still answered.
 */
final class SignedRequestFilter implements Filter {
  /** Slack's payloads are a few kilobytes; a megabyte of question is not one. */
  static final int MAX_BODY = 256 * 1024;

  static final long WINDOW_SECONDS = 5 * 60;

  private static final Logger LOG = LoggerFactory.getLogger(SignedRequestFilter.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern SECONDS = Pattern.compile("\\d{1,10}");
  private static final Pattern SIGNATURE = Pattern.compile("v0=[0-9a-f]{64}");

  /** The top-level fields of an Events API callback Bolt reads, with their JSON types. */
  private static final Map<String, JsonNodeType> EVENT_FIELDS =
      Map.of(
          "token",
          JsonNodeType.STRING,
          "team_id",
          JsonNodeType.STRING,
          "api_app_id",
          JsonNodeType.STRING,
          "event_id",
          JsonNodeType.STRING,
          "event_time",
          JsonNodeType.NUMBER,
          "authorizations",
          JsonNodeType.ARRAY,
          "authed_users",
          JsonNodeType.ARRAY,
          "is_ext_shared_channel",
          JsonNodeType.BOOLEAN,
          "event_context",
          JsonNodeType.STRING,
          "enterprise_id",
          JsonNodeType.STRING);

  private final SecretKeySpec key;
  private final Clock clock;
  private final RefusalLog refusals;

  SignedRequestFilter(String signingSecret, Clock clock) {
    this.key = new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    this.clock = clock;
    this.refusals = new RefusalLog(clock);
  }

  @Override
  public void init(FilterConfig config) {}

  @Override
  public void destroy() {}

  @Override
  public void doFilter(
      ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) servletRequest;
    HttpServletResponse response = (HttpServletResponse) servletResponse;
    String path = request.getRequestURI();
    String method = request.getMethod();
    if (HttpEndpoint.HEALTH_PATH.equals(path)) {
      if (method.equals("GET") || method.equals("HEAD")) {
        chain.doFilter(request, response);
      } else {
        refuse(request, response, 405, "method not allowed");
      }
      return;
    }
    if (!HttpEndpoint.EVENTS_PATH.equals(path)) {
      refuse(request, response, 404, "no such path");
      return;
    }
    if (!method.equals("POST")) {
      response.setHeader("Allow", "POST");
      refuse(request, response, 405, "method not allowed");
      return;
    }
    if (request.getContentLengthLong() > MAX_BODY) {
      refuse(request, response, 413, "body of " + request.getContentLengthLong() + " bytes");
      return;
    }
    byte[] body = readAtMost(request.getInputStream(), MAX_BODY + 1);
    if (body.length > MAX_BODY) {
      refuse(request, response, 413, "body over " + MAX_BODY + " bytes");
      return;
    }
    Optional<String> unsigned =
        unsignedBecause(
            request.getHeader("X-Slack-Request-Timestamp"),
            request.getHeader("X-Slack-Signature"),
            body);
    if (unsigned.isPresent()) {
      refuse(request, response, 401, unsigned.get());
      return;
    }
    byte[] forBolt = withoutMistypedFields(request.getContentType(), body);
    NoServerErrors guarded = new NoServerErrors(response);
    try {
      chain.doFilter(new CachedBody(request, forBolt), guarded);
    } catch (RuntimeException | ServletException | IOException e) {
      LOG.warn(
          "signed request Bolt could not handle ({} bytes): {}",
          body.length,
          e.getClass().getSimpleName());
      if (!response.isCommitted()) {
        response.reset();
        terse(response, 400);
      }
      return;
    }
    if (guarded.replaced) {
      LOG.warn(
          "signed request Bolt could not handle ({} bytes): answered 400, not 500", body.length);
    }
  }

  /** Why the request is not Slack's, or empty when its signature and timestamp hold. */
  Optional<String> unsignedBecause(String timestamp, String signature, byte[] body) {
    if (timestamp == null || signature == null) return Optional.of("no signature");
    if (!SECONDS.matcher(timestamp).matches()) return Optional.of("malformed timestamp");
    long age = clock.instant().getEpochSecond() - Long.parseLong(timestamp);
    if (Math.abs(age) > WINDOW_SECONDS) {
      return Optional.of(age > 0 ? "timestamp too old" : "timestamp in the future");
    }
    if (!SIGNATURE.matcher(signature).matches()) return Optional.of("malformed signature");
    byte[] expected =
        ("v0=" + HexFormat.of().formatHex(hmac(timestamp, body)))
            .getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII))) {
      return Optional.of("wrong signature");
    }
    return Optional.empty();
  }

  private byte[] hmac(String timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.US_ASCII));
      return mac.doFinal(body);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  /** The body with any mistyped top-level Events API field removed; unchanged otherwise. */
  static byte[] withoutMistypedFields(String contentType, byte[] body) {
    if (contentType == null || !contentType.toLowerCase(Locale.ROOT).contains("json")) return body;
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (IOException e) {
      return body; // Bolt's own parser says what it makes of it.
    }
    if (!(root instanceof ObjectNode object)) return body;
    boolean changed = false;
    for (Map.Entry<String, JsonNodeType> field : EVENT_FIELDS.entrySet()) {
      JsonNode value = object.get(field.getKey());
      if (value != null && !value.isNull() && value.getNodeType() != field.getValue()) {
        object.remove(field.getKey());
        changed = true;
      }
    }
    if (!changed) return body;
    try {
      return JSON.writeValueAsBytes(object);
    } catch (IOException e) {
      return body;
    }
  }

  private void refuse(
      HttpServletRequest request, HttpServletResponse response, int status, String reason)
      throws IOException {
    refusals.note(
        status, request.getMethod(), request.getRequestURI(), request.getRemoteAddr(), reason);
    terse(response, status);
  }

  private static void terse(HttpServletResponse response, int status) throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    response
        .getOutputStream()
        .write(("{\"status\":" + status + "}").getBytes(StandardCharsets.US_ASCII));
  }

  private static byte[] readAtMost(InputStream in, int limit) throws IOException {
    return in.readNBytes(limit);
  }

  /** The verified bytes, handed to Bolt as the request's body. */
  private static final class CachedBody extends HttpServletRequestWrapper {
    private final byte[] body;

    CachedBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("the body is already read");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }

  /** Turns a 500 from Bolt into a 400: the request was Slack's, and a retry would fail alike. */
  private static final class NoServerErrors extends HttpServletResponseWrapper {
    boolean replaced;

    NoServerErrors(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void setStatus(int status) {
      super.setStatus(fix(status));
    }

    @Override
    public void sendError(int status) throws IOException {
      super.sendError(fix(status));
    }

    @Override
    public void sendError(int status, String message) throws IOException {
      super.sendError(fix(status));
    }

    private int fix(int status) {
      if (status >= 500) {
        replaced = true;
        return 400;
      }
      return status;
    }
  }

  /**
   * Refused requests in the log: one short line each, at most {@value #LINES_PER_MINUTE} a minute,
   * then one line a minute saying how many more there were.
   */
  static final class RefusalLog {
    static final int LINES_PER_MINUTE = 20;
    private final Clock clock;
    private long minute = -1;
    private int lines;
    private int suppressed;

    RefusalLog(Clock clock) {
      this.clock = clock;
    }

    synchronized void note(int status, String method, String path, String address, String reason) {
      long now = clock.millis() / 60_000;
      if (now != minute) {
        if (suppressed > 0) {
          LOG.warn("{} more requests refused in the last minute (flood?)", suppressed);
        }
        minute = now;
        lines = 0;
        suppressed = 0;
      }
      if (lines++ >= LINES_PER_MINUTE) {
        suppressed++;
        return;
      }
      LOG.info(
          "refused {} {} from {}: {} ({})",
          clean(method),
          clean(path),
          clean(address),
          status,
          reason);
    }

    /** At most 80 printable characters of what the client sent. */
    private static String clean(String text) {
      if (text == null) return "-";
      String printable = text.replaceAll("[^\\x20-\\x7E]", "?");
      return printable.length() > 80 ? printable.substring(0, 80) + "..." : printable;
    }
  }
}
