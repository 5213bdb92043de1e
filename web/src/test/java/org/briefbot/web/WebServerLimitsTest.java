package org.briefbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.briefbot.core.Library;
import org.briefbot.index.BriefIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bearer token and the per-client rate limit, over real HTTP on 127.0.0.1. */
class WebServerLimitsTest {
  /** Made at run time, so the source holds nothing shaped like a real secret. */
  static final String TOKEN = "test-" + "token-" + Long.toHexString(System.nanoTime()) + "-xyz";

  static BriefIndex index;

  @BeforeAll
  static void buildIndex() {
    index = BriefIndex.build(Library.bundled());
  }

  @AfterAll
  static void closeIndex() {
    index.close();
  }

  @Test
  void withATokenTheApiAnswersOnlyRequestsCarryingIt() throws IOException {
    try (WebServer server =
        WebServer.start(index, new WebSettings(Optional.of(TOKEN), 1000), "127.0.0.1", 0)) {
      Http http = new Http(server.address());

      Http.Reply none = http.get("/api/briefs");
      Http.Reply wrong = http.get("/api/briefs", "Authorization", "Bearer " + TOKEN + "x");
      Http.Reply otherScheme = http.get("/api/briefs", "Authorization", "Basic " + TOKEN);
      Http.Reply right = http.get("/api/briefs", "Authorization", "Bearer " + TOKEN);
      Http.Reply lowerCase = http.get("/api/briefs", "Authorization", "bearer " + TOKEN);
      Http.Reply asked =
          http.postJson(
              "/api/ask",
              "{\"question\": \"When was the ITPP signed?\"}",
              "Authorization",
              "Bearer " + TOKEN);

      for (Http.Reply refused : new Http.Reply[] {none, wrong, otherScheme}) {
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.header("www-authenticate")).isEqualTo("Bearer realm=\"briefbot\"");
        assertThat(refused.json().get("error").asText())
            .isEqualTo("this API needs the header Authorization: Bearer <token>");
        assertThat(refused.body()).doesNotContain(TOKEN);
      }
      assertThat(right.status()).isEqualTo(200);
      assertThat(lowerCase.status()).isEqualTo(200);
      assertThat(asked.status()).isEqualTo(200);
      assertThat(asked.json().get("hits").get(0).get("id").asText()).isEqualTo("csds-2024-10#s1p2");
      // The page holds no data, and a load balancer's probe carries no token.
      assertThat(http.get("/").status()).isEqualTo(200);
      assertThat(http.get("/app.js").status()).isEqualTo(200);
      assertThat(http.get("/health").status()).isEqualTo(200);
    }
  }

  @Test
  void aClientOverItsRateIs429WithRetryAfterAndOtherClientsGoOn() throws IOException {
    try (WebServer server =
        WebServer.start(index, new WebSettings(Optional.empty(), 3), "127.0.0.1", 0)) {
      Http http = new Http(server.address());

      for (int i = 0; i < 3; i++) assertThat(http.get("/api/briefs").status()).isEqualTo(200);
      Http.Reply over = http.get("/api/briefs");
      Http.Reply overAsking =
          http.postJson("/api/ask", "{\"question\": \"When was the ITPP signed?\"}");
      // Another address on this machine is another client.
      Http.Reply other =
          Http.raw(
              server.port(),
              "127.0.0.2",
              ("GET /api/briefs HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));

      assertThat(over.status()).isEqualTo(429);
      assertThat(Integer.parseInt(over.header("retry-after"))).isBetween(1, 20);
      assertThat(over.json().get("error").asText())
          .matches("too many requests; wait \\d+ s and try again");
      assertThat(overAsking.status()).isEqualTo(429);
      assertThat(other.status()).isEqualTo(200);
      // The page and the health check are not the API: never limited.
      assertThat(http.get("/").status()).isEqualTo(200);
      assertThat(http.get("/health").status()).isEqualTo(200);
    }
  }

  @Test
  void refusedTokensCountAgainstTheRateSoTheyCannotBeGuessedQuickly() throws IOException {
    try (WebServer server =
        WebServer.start(index, new WebSettings(Optional.of(TOKEN), 2), "127.0.0.1", 0)) {
      Http http = new Http(server.address());

      assertThat(http.get("/api/briefs", "Authorization", "Bearer guess-one").status())
          .isEqualTo(401);
      assertThat(http.get("/api/briefs", "Authorization", "Bearer guess-two").status())
          .isEqualTo(401);
      assertThat(http.get("/api/briefs", "Authorization", "Bearer " + TOKEN).status())
          .isEqualTo(429);
    }
  }

  @Test
  void boundWiderThanLoopbackTheServerSaysSo() throws IOException {
    // The wildcard address, on a free port; nothing is sent to it from elsewhere.
    try (WebServer server = WebServer.start(index, WebSettings.defaults(), "0.0.0.0", 0)) {
      assertThat(server.loopbackOnly()).isFalse();
      // Bound wider, a request may name any host: other machines reach it by their own name.
      Http.Reply reply =
          Http.raw(
              server.port(),
              "GET /health HTTP/1.1\r\nHost: briefbot.example\r\nConnection: close\r\n\r\n");
      assertThat(reply.status()).isEqualTo(200);
    }
  }
}
