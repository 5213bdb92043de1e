package org.briefbot.web;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.briefbot.chat.RateLimiter;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.URIUtil;

/**
 * Every request: the page and its files, {@code /health}, and the API behind its rate limit and
 * token. Every response carries the security headers; every error is JSON.
 */
final class Routes extends Handler.Abstract {
  /** A question is at most 1,000 characters; 16 KB holds it in any script, with room to spare. */
  static final int MAX_BODY = 16 * 1024;

  /**
   * Scripts only from this server and none inline, no plug-ins, no framing, data only from here:
   * brief text that somehow reached the page as markup still could not run.
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
          + "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  /** Names a browser uses for this machine, the only ones a loopback-bound server answers. */
  private static final Set<String> LOOPBACK_NAMES =
      Set.of("127.0.0.1", "localhost", "[::1]", "::1");

  private static final System.Logger LOG = System.getLogger(Routes.class.getName());

  private final Api api;
  private final PageResources page;
  private final RateLimiter limiter;
  private final Optional<BearerToken> token;
  private final boolean loopbackOnly;

  Routes(
      Api api,
      PageResources page,
      RateLimiter limiter,
      Optional<BearerToken> token,
      boolean loopbackOnly) {
    this.api = api;
    this.page = page;
    this.limiter = limiter;
    this.token = token;
    this.loopbackOnly = loopbackOnly;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    securityHeaders(response);
    String path = Request.getPathInContext(request);
    try {
      if (loopbackOnly && !LOOPBACK_NAMES.contains(host(request))) {
        // A page elsewhere whose name now points here (DNS rebinding) must not read the API.
        send(
            response,
            callback,
            JsonResponse.error(403, "this server answers requests to 127.0.0.1 or localhost only"));
      } else if (path.equals("/health")) {
        if (allow(request, response, callback, "GET", "HEAD")) {
          send(response, callback, new JsonResponse(200, "{\"status\":\"ok\"}"));
        }
      } else if (path.startsWith("/api/")) {
        api(request, response, callback, path);
      } else {
        page(request, response, callback, path);
      }
    } catch (RuntimeException | IOException e) {
      // One line for whoever runs the server; the client learns only that it failed.
      LOG.log(Level.WARNING, "{0} {1} failed: {2}", request.getMethod(), path, e.toString());
      send(response, callback, JsonResponse.error(500, "the server failed to answer; try again"));
    }
    return true;
  }

  private void page(Request request, Response response, Callback callback, String path) {
    Optional<PageResources.File> file = page.at(path);
    if (file.isEmpty()) {
      send(response, callback, JsonResponse.error(404, "nothing is served at " + path));
      return;
    }
    if (!allow(request, response, callback, "GET", "HEAD")) return;
    response.setStatus(200);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, file.get().contentType());
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
    response.write(true, ByteBuffer.wrap(file.get().bytes()), callback);
  }

  private void api(Request request, Response response, Callback callback, String path)
      throws IOException {
    Optional<Duration> wait = limiter.acquire(Request.getRemoteAddr(request));
    if (wait.isPresent()) {
      long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
      response.getHeaders().put(HttpHeader.RETRY_AFTER, Long.toString(seconds));
      send(
          response,
          callback,
          JsonResponse.error(429, "too many requests; wait " + seconds + " s and try again"));
      return;
    }
    if (token.isPresent()
        && !token.get().accepts(request.getHeaders().get(HttpHeader.AUTHORIZATION))) {
      response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Bearer realm=\"briefbot\"");
      send(
          response,
          callback,
          JsonResponse.error(401, "this API needs the header Authorization: Bearer <token>"));
      return;
    }
    if (path.equals("/api/ask")) {
      if (!allow(request, response, callback, "POST")) return;
      Optional<JsonResponse> refused = checkBody(request);
      if (refused.isPresent()) {
        refuseBody(request, response, callback, refused.get());
        return;
      }
      byte[] body = readBody(request);
      if (body == null) {
        refuseBody(
            request,
            response,
            callback,
            JsonResponse.error(413, "the body is over " + MAX_BODY + " bytes"));
        return;
      }
      Optional<String> text = utf8(body);
      send(
          response,
          callback,
          text.map(api::ask)
              .orElseGet(() -> JsonResponse.error(400, "the body is not UTF-8 text")));
    } else if (path.equals("/api/briefs")) {
      if (allow(request, response, callback, "GET", "HEAD")) {
        send(response, callback, api.briefs());
      }
    } else if (path.startsWith("/api/passages/")) {
      if (allow(request, response, callback, "GET", "HEAD")) {
        // The id's # arrives as %23 (a bare # would end the path).
        String id = URIUtil.decodePath(path.substring("/api/passages/".length()));
        send(response, callback, api.passage(id));
      }
    } else {
      send(response, callback, JsonResponse.error(404, "no API at " + path));
    }
  }

  /** 413 or 415 before a byte of the body is read, when its headers already tell. */
  private static Optional<JsonResponse> checkBody(Request request) {
    long length = request.getLength();
    if (length > MAX_BODY) {
      return Optional.of(JsonResponse.error(413, "the body is over " + MAX_BODY + " bytes"));
    }
    String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
    String mediaType = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (!mediaType.equals("application/json")) {
      // Also keeps other sites' pages out: a browser sends JSON cross-site only after asking.
      return Optional.of(
          JsonResponse.error(415, "send the body as JSON, with Content-Type: application/json"));
    }
    return Optional.empty();
  }

  /**
   * Refuses a request whose body is not wanted, after reading what is left of it (up to {@link
   * #MAX_DRAIN}) and saying the connection will close. Closing on unread bytes makes the kernel
   * reset the connection, and a client still sending then loses the refusal and sees only "no
   * reply"; past the cap a sender is not worth waiting for, and is cut off.
   */
  private static void refuseBody(
      Request request, Response response, Callback callback, JsonResponse refusal) {
    try (InputStream in = Request.asInputStream(request)) {
      long left = MAX_DRAIN;
      while (left > 0) {
        long skipped = in.skip(left);
        if (skipped > 0) {
          left -= skipped;
        } else if (in.read() < 0) {
          break;
        } else {
          left--;
        }
      }
    } catch (IOException e) {
      // The client went away or sent a broken body: the refusal is still the answer.
    }
    response.getHeaders().put(HttpHeader.CONNECTION, "close");
    send(response, callback, refusal);
  }

  /** How much of an unwanted body is read, so its refusal reaches the client. */
  static final long MAX_DRAIN = 1024 * 1024;

  /** The body's bytes, or null when they run over {@link #MAX_BODY} (sent chunked, no length). */
  private static byte[] readBody(Request request) throws IOException {
    byte[] bytes;
    try (InputStream in = Request.asInputStream(request)) {
      bytes = in.readNBytes(MAX_BODY + 1);
    }
    return bytes.length > MAX_BODY ? null : bytes;
  }

  private static Optional<String> utf8(byte[] bytes) {
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /** True when the method is one of {@code methods}; otherwise answers 405 and returns false. */
  private static boolean allow(
      Request request, Response response, Callback callback, String... methods) {
    for (String method : methods) {
      if (method.equals(request.getMethod())) return true;
    }
    response.getHeaders().put(HttpHeader.ALLOW, String.join(", ", methods));
    send(
        response,
        callback,
        JsonResponse.error(405, request.getMethod() + " is not allowed here; use " + methods[0]));
    return false;
  }

  static void send(Response response, Callback callback, JsonResponse reply) {
    response.setStatus(reply.status());
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    Content.Sink.write(response, true, reply.json(), callback);
  }

  static void securityHeaders(Response response) {
    response.getHeaders().put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    response.getHeaders().put("X-Content-Type-Options", "nosniff");
    response.getHeaders().put("Referrer-Policy", "no-referrer");
    response.getHeaders().put("X-Frame-Options", "DENY");
  }

  /** The host a request was addressed to, as its Host header names it, lower case. */
  private static String host(Request request) {
    String host = request.getHttpURI().getHost();
    return host == null ? "" : host.toLowerCase(Locale.ROOT);
  }
}
