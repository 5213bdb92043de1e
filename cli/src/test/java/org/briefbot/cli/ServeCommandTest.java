package org.briefbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code briefbot serve}: what it refuses before listening, and, in real processes, a server and
 * one-shot questions started together on one empty cache folder, each answering, the folder left
 * with one good generation.
 */
class ServeCommandTest {
  private static final Pattern SERVING =
      Pattern.compile("briefbot: serving (http://127\\.0\\.0\\.1:\\d+/) \\(Ctrl-C stops\\)");

  @TempDir Path temp;

  @Test
  void aPortOutOfRangeIsAUsageError() {
    Cli.Run run = Cli.run("serve", "--port", "70000");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("briefbot: --port must be 0 to 65535, was 70000\n");
  }

  @Test
  void aHostThatIsNoAddressIsAUsageError() {
    Cli.Run run = Cli.run("serve", "--host", "no such host.", "--port", "0");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("briefbot: --host: host \"no such host.\" is not an address\n");
  }

  @Test
  void aMalformedTokenIsAUsageErrorThatDoesNotShowIt() {
    Cli.Run run = Cli.withEnv(Map.of("BRIEFBOT_WEB_TOKEN", "hunter2"), "serve", "--port", "0");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "briefbot: set BRIEFBOT_WEB_TOKEN to 16 or more visible ASCII characters, e.g. the"
                + " output of: openssl rand -hex 24\n")
        .doesNotContain("hunter2");
  }

  @Test
  void aPortInUseFailsWithOneLine() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Cli.Run run = Cli.run("serve", "--port", Integer.toString(taken.getLocalPort()));

      assertThat(run.code()).isEqualTo(1);
      assertThat(run.err())
          .startsWith("briefbot: cannot listen on 127.0.0.1:" + taken.getLocalPort() + " (")
          .doesNotContain("\tat ")
          .hasLineCount(1);
    }
  }

  @Test
  void aServerAndThreeQuestionsStartedTogetherOnAnEmptyCacheShareOneGeneration() throws Exception {
    Path briefs = Files.createDirectories(temp.resolve("briefs"));
    // Enough briefs that building the index takes a while, so the starts overlap it.
    for (int i = 0; i < 300; i++) {
      Files.writeString(briefs.resolve("harbour-" + i + ".md"), harbour(i));
    }
    Path cache = temp.resolve("cache");

    Process serve =
        start("serve", "--briefs", briefs.toString(), "--port", "0")
            .redirectError(temp.resolve("serve.err").toFile())
            .start();
    List<Process> asks = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      asks.add(start("ask", "--briefs", briefs.toString(), question(7 + i)).start());
    }
    try {
      String address = awaitServing(serve);
      for (int i = 0; i < asks.size(); i++) {
        Process ask = asks.get(i);
        assertThat(ask.waitFor(2, TimeUnit.MINUTES)).as("ask %d finished", i).isTrue();
        String out = read(ask.getInputStream());
        String err = read(ask.getErrorStream());
        assertThat(ask.exitValue()).as(err).isZero();
        assertThat(out).contains("Harbour " + (7 + i) + " counted " + (7 + i));
        assertThat(err).as("ask %d warned of nothing", i).isEmpty();
      }
      JsonNode answer = ask(address, question(42));
      assertThat(answer.get("hits").get(0).get("brief").asText()).isEqualTo("harbour-42");
    } finally {
      serve.destroy(); // as Ctrl-C or a service manager stops it
      assertThat(serve.waitFor(30, TimeUnit.SECONDS)).as("serve stopped").isTrue();
    }
    assertThat(Files.readString(temp.resolve("serve.err"))).isEmpty();

    Path folder;
    try (Stream<Path> folders = Files.list(cache.resolve("briefbot").resolve("indexes"))) {
      folder = folders.findFirst().orElseThrow();
    }
    List<String> generations;
    try (Stream<Path> files = Files.list(folder)) {
      generations =
          files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("gen-")).toList();
    }
    assertThat(generations).hasSize(1);
    assertThat(Files.readString(folder.resolve("CURRENT"), StandardCharsets.UTF_8))
        .isEqualTo(generations.get(0) + "\n");
    // One good generation: the next run reuses it as it is.
    Process again = start("ask", "--briefs", briefs.toString(), question(3)).start();
    assertThat(again.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(read(again.getInputStream())).contains("Harbour 3 counted 3");
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("gen-")))
          .containsExactlyElementsOf(generations);
    }
  }

  /** A briefbot process on the test's class path, its cache folder the test's, by words. */
  private ProcessBuilder start(String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-XX:+UseSerialGC");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(name -> name.startsWith("BRIEFBOT_"));
    env.put("XDG_CACHE_HOME", temp.resolve("cache").toString());
    env.put("BRIEFBOT_SEMANTIC", "off");
    return builder;
  }

  /** The address the server prints once it listens. */
  private static String awaitServing(Process serve) throws IOException {
    var lines =
        new java.io.BufferedReader(
            new java.io.InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
    String line = lines.readLine();
    assertThat(line).as("serve's first line").isNotNull();
    Matcher serving = SERVING.matcher(line);
    assertThat(serving.matches()).as(line).isTrue();
    return serving.group(1);
  }

  private static JsonNode ask(String address, String question) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(address + "api/ask"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            new ObjectMapper()
                                .createObjectNode()
                                .put("question", question)
                                .toString()))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return new ObjectMapper().readTree(response.body());
  }

  private static String read(java.io.InputStream in) throws IOException {
    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
  }

  private static String question(int n) {
    return "How many ships did the keepers of harbour " + n + " count?";
  }

  private static String harbour(int n) {
    return "---\nId: harbour-"
        + n
        + "\nTitle: Harbour "
        + n
        + "\n---\n\n## Ships\n\nThe keepers of Harbour "
        + n
        + " counted "
        + n
        + " ships at the quay.\n\n## Money\n\nThe budget of Harbour "
        + n
        + " was spent on the lighthouse.\n";
  }
}
