package org.briefbot.slack;

import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.builtin.RequestVerification;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Bolt's App with one repair: request signatures are computed over the body's UTF-8 bytes, as
 * Slack signs them. Bolt 1.45 hashes {@code String.getBytes()} in the JVM's default charset, which
 * is ASCII in a container without a locale, so a correctly signed event holding a curly quote or
 * an emoji was rejected as forged. Bolt's own middleware still does the checking (signature,
 * 5-minute timestamp window); only the hash input changes.
 */
final class Utf8VerifyingApp extends App {
  Utf8VerifyingApp(AppConfig config) {
    super(config);
  }

  @Override
  protected List<Middleware> buildDefaultMiddlewareList(AppConfig config) {
    List<Middleware> middleware = super.buildDefaultMiddlewareList(config);
    String secret = config.getSigningSecret();
    if (secret != null && !secret.isBlank()) {
      SlackSignature.Verifier verifier = new SlackSignature.Verifier(new Utf8Signature(secret));
      middleware.replaceAll(m -> m instanceof RequestVerification ? new RequestVerification(verifier) : m);
    }
    return middleware;
  }

  /** {@code v0=} and the hex HMAC-SHA256 of {@code v0:timestamp:body} in UTF-8. */
  static final class Utf8Signature extends SlackSignature.Generator {
    private final SecretKeySpec key;

    Utf8Signature(String signingSecret) {
      super(signingSecret);
      this.key = new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    @Override
    public String generate(String timestamp, String body) {
      if (timestamp == null) return null;
      try {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(key);
        byte[] digest = mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
        return "v0=" + HexFormat.of().formatHex(digest);
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
      }
    }
  }
}
