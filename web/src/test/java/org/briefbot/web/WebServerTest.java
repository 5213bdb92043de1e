package org.briefbot.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.briefbot.chat.AnswerJson;
import org.briefbot.core.Library;
import org.briefbot.index.BriefIndex;
import org.briefbot.index.Question;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The JSON API over real HTTP on 127.0.0.1: answers, each error status as JSON, the security
 * headers, the page's files. Token and rate limit: {@link WebServerLimitsTest}.
 */
class WebServerTest {
  static final String ITPP = "When was the ITPP signed?";

  static BriefIndex index;
  static WebServer server;
  static Http http;

  @BeforeAll
  static void start() throws IOException {
    index = BriefIndex.build(Library.bundled());
    // A rate no test here reaches: limits have their own tests.
    server =
        WebServer.start(
            index, new WebSettings(Optional.empty(), WebSettings.MAX_RATE), "127.0.0.1", 0);
    http = new Http(server.address());
  }

  @AfterAll
  static void stop() {
    server.close();
    index.close();
  }

  @Test
  void listensOnTheLoopbackAddressAndAFreePort() {
    assertThat(server.port()).isPositive();
    assertThat(server.loopbackOnly()).isTrue();
    assertThat(server.address()).hasToString("http://127.0.0.1:" + server.port() + "/");
  }

  @Test
  void askReturnsTheObjectBriefbotAskJsonPrints() {
    Http.Reply reply = http.postJson("/api/ask", "{\"question\": \"" + ITPP + "\"}");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.header("content-type")).isEqualTo("application/json; charset=utf-8");
    assertThat(reply.body()).isEqualTo(AnswerJson.answer(index.ask(Question.of(ITPP))));
    JsonNode best = reply.json().get("hits").get(0);
    assertThat(best.get("id").asText()).isEqualTo("csds-2024-10#s1p2");
    assertThat(best.get("sentence").asText()).contains("signed in July 2023");
    assertThat(reply.json().get("hits")).hasSize(Question.DEFAULT_LIMIT);
  }

  @Test
  void askHonoursTheLimitAndTheBrief() {
    JsonNode answer =
        http.postJson(
                "/api/ask",
                "{\"question\": \"" + ITPP + "\", \"limit\": 5, \"brief\": \"csds-2024-10\"}")
            .json();

    assertThat(answer.get("hits")).hasSize(5);
    assertThat(answer.get("hits"))
        .allSatisfy(hit -> assertThat(hit.get("brief").asText()).isEqualTo("csds-2024-10"));
  }

  @Test
  void aQuestionTheBriefDoesNotCoverIsAnsweredAsAbstained() {
    JsonNode answer =
        http.postJson(
                "/api/ask",
                "{\"question\": \"What did Zorblax say about Quuxland's coffee harvest?\"}")
            .json();

    assertThat(answer.get("abstained").asBoolean()).isTrue();
    assertThat(answer.get("unknown_terms")).isNotEmpty();
  }

  @Test
  void aMisspelledQuestionCarriesTheSuggestion() {
    JsonNode answer =
        http.postJson("/api/ask", "{\"question\": \"When was the partnersip programme signed?\"}")
            .json();

    assertThat(answer.get("suggestion").asText()).contains("partnership");
  }

  @Test
  void aPassageIsServedByItsIdWithTheHashEncoded() {
    Http.Reply reply = http.get("/api/passages/csds-2024-10%23s1p2");

    assertThat(reply.status()).isEqualTo(200);
    JsonNode passage = reply.json();
    assertThat(passage.get("id").asText()).isEqualTo("csds-2024-10#s1p2");
    assertThat(passage.get("citation").asText()).isEqualTo("§1 \"Introduction\" ¶2");
    assertThat(passage.get("section").asText()).isEqualTo("Introduction");
    assertThat(passage.get("paragraph").asInt()).isEqualTo(2);
    assertThat(passage.get("text").asText()).contains("signed in July 2023");
    assertThat(passage.get("brief").asText()).isEqualTo("csds-2024-10");
    assertThat(passage.get("reference").asText())
        .startsWith("Ramon Pacheco Pardo, CSDS Policy Brief 10/2024")
        .endsWith("§1 \"Introduction\" ¶2");
    assertThat(passage.get("kind").asText()).isEqualTo("paragraph");
    assertThat(http.get("/api/passages/csds-2024-10%23k2").json().get("kind").asText())
        .isEqualTo("key_issue");
  }

  @Test
  void anUnknownPassageIs404WithAMessage() {
    Http.Reply reply = http.get("/api/passages/csds-2024-10%23s9p9");

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.json().get("status").asInt()).isEqualTo(404);
    assertThat(reply.json().get("error").asText())
        .isEqualTo(
            "no passage has the id \"csds-2024-10#s9p9\"; ids look like csds-2024-10#s2p3"
                + " (written csds-2024-10%23s2p3 in a URL)");
  }

  @Test
  void theBriefsComeWithTheirOutlineAndPassageIds() {
    Http.Reply reply = http.get("/api/briefs");

    assertThat(reply.status()).isEqualTo(200);
    JsonNode brief = reply.json().get("briefs").get(0);
    assertThat(reply.json().get("briefs")).hasSize(1);
    assertThat(brief.get("id").asText()).isEqualTo("csds-2024-10");
    assertThat(brief.get("label").asText()).isEqualTo("CSDS Policy Brief 10/2024");
    assertThat(brief.get("authors").get(0).asText()).isEqualTo("Ramon Pacheco Pardo");
    assertThat(brief.get("date").asText()).isEqualTo("2024-04-15");
    assertThat(brief.get("key_issues").get(1).get("id").asText()).isEqualTo("csds-2024-10#k2");
    JsonNode first = brief.get("sections").get(0);
    assertThat(first.get("number").asInt()).isEqualTo(1);
    assertThat(first.get("heading").asText()).isEqualTo("Introduction");
    assertThat(first.get("paragraphs").get(1).get("id").asText()).isEqualTo("csds-2024-10#s1p2");
    int paragraphs = 0;
    for (JsonNode section : brief.get("sections")) paragraphs += section.get("paragraphs").size();
    assertThat(paragraphs).isEqualTo(Library.bundled().briefs().get(0).paragraphCount());
  }

  @Test
  void healthIsOk() {
    Http.Reply reply = http.get("/health");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body()).isEqualTo("{\"status\":\"ok\"}");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      value = {
        "not JSON | {question: 1 | the body is not JSON; send {\"question\": \"...\"}",
        "an array | [\"When?\"] | the body must be a JSON object: {\"question\": \"...\"}",
        "no question | {\"limit\": 3} | \"question\" must be a string",
        "a numeric question | {\"question\": 42} | \"question\" must be a string",
        "a blank question | {\"question\": \"  \"} | \"question\" is empty",
        "limit 0 | {\"question\": \"q\", \"limit\": 0} | \"limit\" must be a whole number from 1 to 50",
        "limit 51 | {\"question\": \"q\", \"limit\": 51} | \"limit\" must be a whole number from 1 to 50",
        "limit as text | {\"question\": \"q\", \"limit\": \"3\"} | \"limit\" must be a whole number from 1 to 50",
        "limit 1.5 | {\"question\": \"q\", \"limit\": 1.5} | \"limit\" must be a whole number from 1 to 50",
        "a numeric brief | {\"question\": \"q\", \"brief\": 7} | \"brief\" must be a string",
        "an unknown brief | {\"question\": \"q\", \"brief\": \"nope\"} | no brief has the id \"nope\" (GET /api/briefs lists them)",
      })
  void badInputIs400SayingWhatIsWrong(String what, String body, String message) {
    Http.Reply reply = http.postJson("/api/ask", body);

    assertThat(reply.status()).as(what).isEqualTo(400);
    assertThat(reply.json().get("error").asText()).isEqualTo(message);
    assertThat(reply.json().get("status").asInt()).isEqualTo(400);
  }

  @Test
  void aQuestionOverTheLengthLimitIs400() {
    String question = "a".repeat(Api.MAX_QUESTION + 1);

    Http.Reply reply = http.postJson("/api/ask", "{\"question\": \"" + question + "\"}");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("error").asText())
        .isEqualTo("\"question\" is longer than 1000 characters (1001)");
    assertThat(
            http.postJson("/api/ask", "{\"question\": \"" + question.substring(1) + "\"}").status())
        .isEqualTo(200);
  }

  @Test
  void aBodyThatIsNotUtf8Is400() {
    byte[] head =
        ("POST /api/ask HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: 18\r\nConnection: close\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    byte[] body = {
      '{',
      '"',
      'q',
      'u',
      'e',
      's',
      't',
      'i',
      'o',
      'n',
      '"',
      ':',
      '"',
      (byte) 0xC3,
      (byte) 0x28,
      '"',
      '}',
      ' '
    };
    byte[] request = new byte[head.length + body.length];
    System.arraycopy(head, 0, request, 0, head.length);
    System.arraycopy(body, 0, request, head.length, body.length);

    Http.Reply reply = Http.raw(server.port(), "127.0.0.1", request);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("error").asText()).isEqualTo("the body is not UTF-8 text");
  }

  @Test
  void aBodyOverSixteenKilobytesIs413WhetherItsLengthIsGivenOrNot() {
    String big = "{\"question\": \"" + "a".repeat(Routes.MAX_BODY) + "\"}";

    Http.Reply declared = http.postJson("/api/ask", big);
    Http.Reply chunked =
        http.post(
            "/api/ask",
            HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))),
            "Content-Type",
            "application/json");

    for (Http.Reply reply : new Http.Reply[] {declared, chunked}) {
      assertThat(reply.status()).isEqualTo(413);
      assertThat(reply.json().get("error").asText()).isEqualTo("the body is over 16384 bytes");
    }
  }

  @Test
  void aBodyThatIsNotDeclaredJsonIs415() {
    Http.Reply reply =
        http.post(
            "/api/ask",
            HttpRequest.BodyPublishers.ofString("{\"question\": \"" + ITPP + "\"}"),
            "Content-Type",
            "text/plain");

    assertThat(reply.status()).isEqualTo(415);
    assertThat(reply.json().get("error").asText())
        .isEqualTo("send the body as JSON, with Content-Type: application/json");
  }

  @Test
  void theWrongMethodIs405NamingTheRightOne() {
    Http.Reply reply = http.get("/api/ask");

    assertThat(reply.status()).isEqualTo(405);
    assertThat(reply.header("allow")).isEqualTo("POST");
    assertThat(reply.json().get("error").asText()).isEqualTo("GET is not allowed here; use POST");
  }

  @Test
  void unknownAddressesAre404() {
    assertThat(http.get("/api/nothing").status()).isEqualTo(404);
    assertThat(http.get("/api/nothing").json().get("error").asText())
        .isEqualTo("no API at /api/nothing");
    assertThat(http.get("/admin").status()).isEqualTo(404);
    assertThat(http.get("/api/passages/").status()).isEqualTo(404);
  }

  @Test
  void thePageAndItsFilesComeFromTheJarWithTheSecurityHeaders() {
    Http.Reply page = http.get("/");
    Http.Reply script = http.get("/app.js");
    Http.Reply style = http.get("/app.css");
    Http.Reply permalink = http.get("/p/csds-2024-10%23s1p2");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.header("content-type")).isEqualTo("text/html; charset=utf-8");
    assertThat(page.body()).contains("<form id=\"ask\"").contains("<script src=\"/app.js\"");
    // No inline script, and nothing loaded from another site.
    assertThat(page.body())
        .doesNotContainPattern("<script>|<script [^>]*>[^<]")
        .doesNotContain("//cdn");
    assertThat(page.body()).doesNotContainPattern("(src|href)=\"(https?:)?//");
    assertThat(script.header("content-type")).isEqualTo("text/javascript; charset=utf-8");
    assertThat(script.body()).doesNotContain("innerHTML").doesNotContain("insertAdjacentHTML");
    assertThat(style.header("content-type")).isEqualTo("text/css; charset=utf-8");
    assertThat(permalink.body()).isEqualTo(page.body());
    for (Http.Reply reply : new Http.Reply[] {page, script, permalink, http.get("/nothing")}) {
      assertSecurityHeaders(reply);
    }
  }

  @Test
  void everyApiAnswerAndErrorCarriesTheSecurityHeaders() {
    assertSecurityHeaders(http.postJson("/api/ask", "{\"question\": \"" + ITPP + "\"}"));
    assertSecurityHeaders(http.postJson("/api/ask", "{}"));
    assertSecurityHeaders(http.get("/api/passages/x"));
    assertSecurityHeaders(http.get("/health"));
    assertThat(http.get("/api/briefs").header("cache-control")).isEqualTo("no-store");
  }

  /** DNS rebinding: a page elsewhere whose name is made to point here cannot read the API. */
  @Test
  void aRequestAddressedToAnotherHostIs403() {
    Http.Reply elsewhere =
        Http.raw(
            server.port(),
            "GET /api/briefs HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n");
    Http.Reply localhost =
        Http.raw(
            server.port(),
            "GET /health HTTP/1.1\r\nHost: localhost:"
                + server.port()
                + "\r\nConnection: close\r\n\r\n");

    assertThat(elsewhere.status()).isEqualTo(403);
    assertThat(elsewhere.json().get("error").asText())
        .isEqualTo("this server answers requests to 127.0.0.1 or localhost only");
    assertThat(localhost.status()).isEqualTo(200);
  }

  @Test
  void aRequestJettyCannotParseGetsJsonToo() {
    Http.Reply reply =
        Http.raw(
            server.port(),
            "GET /api/briefs HTTP/1.1\r\nHost: 127.0.0.1\r\nBad Header\r\nConnection: close\r\n\r\n");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.header("content-type")).isEqualTo("application/json; charset=utf-8");
    assertThat(reply.json().get("status").asInt()).isEqualTo(400);
  }

  @Test
  void aPortInUseIsOneClearError() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      assertThatThrownBy(
              () ->
                  WebServer.start(index, WebSettings.defaults(), "127.0.0.1", taken.getLocalPort()))
          .isInstanceOf(IOException.class)
          .hasMessageStartingWith("cannot listen on 127.0.0.1:" + taken.getLocalPort() + " (");
    }
  }

  @Test
  void aHostThatIsNoAddressIsRefusedBeforeListening() {
    assertThatThrownBy(() -> WebServer.start(index, WebSettings.defaults(), "no such host.", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("host \"no such host.\" is not an address");
  }

  static void assertSecurityHeaders(Http.Reply reply) {
    assertThat(reply.header("content-security-policy"))
        .isEqualTo(Routes.CONTENT_SECURITY_POLICY)
        .contains("script-src 'self'")
        .doesNotContain("unsafe-inline");
    assertThat(reply.header("x-content-type-options")).isEqualTo("nosniff");
    assertThat(reply.header("x-frame-options")).isEqualTo("DENY");
  }
}
