package org.briefbot.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The token the API asks for. A presented value is compared in constant time, and through its
 * SHA-256 so that not even the token's length shows in the time taken. The token itself is never
 * shown: this type has no accessor and its {@code toString} hides it.
 */
final class BearerToken {
  private static final String SCHEME = "Bearer ";

  private final byte[] digest;

  BearerToken(String token) {
    if (token == null || token.isEmpty()) throw new IllegalArgumentException("token must be set");
    this.digest = sha256(token);
  }

  /** True when {@code authorization} (an Authorization header, or null) carries the token. */
  boolean accepts(String authorization) {
    if (authorization == null) return false;
    if (!authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) return false;
    String presented = authorization.substring(SCHEME.length()).strip();
    return MessageDigest.isEqual(digest, sha256(presented));
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  @Override
  public String toString() {
    return "BearerToken[hidden]";
  }
}
