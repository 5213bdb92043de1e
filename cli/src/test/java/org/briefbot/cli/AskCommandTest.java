package org.briefbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.briefbot.core.Library;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code briefbot ask} over a folder of briefs: the --brief filter, and the index kept on disk. */
class AskCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path briefs;
  @TempDir Path cache;

  private Map<String, String> env;

  @BeforeEach
  void writeBriefs() throws IOException {
    try (InputStream bundled =
        Library.class.getResourceAsStream("bundled/" + Library.BUNDLED_FILE)) {
      Files.write(briefs.resolve(Library.BUNDLED_FILE), bundled.readAllBytes());
    }
    Files.writeString(briefs.resolve("kelvar.md"), harbour("kelvar", "Kelvar"));
    Files.writeString(briefs.resolve("tolsen.md"), harbour("tolsen", "Tolsen"));
    env = Map.of("XDG_CACHE_HOME", cache.toString(), "BRIEFBOT_SEMANTIC", "off");
  }

  @Test
  void briefOptionAnswersFromThatBriefOnly() throws IOException {
    Run all =
        run(
            env,
            "ask",
            "--briefs",
            briefs.toString(),
            "--json",
            "--limit",
            "10",
            "What did NATO and the harbour of Kelvar agree?");
    Run kelvar =
        run(
            env,
            "ask",
            "--briefs",
            briefs.toString(),
            "--json",
            "--limit",
            "10",
            "--brief",
            "kelvar",
            "What did NATO and the harbour of Kelvar agree?");

    assertThat(all.code).isZero();
    assertThat(briefsCited(all.out)).contains("csds-2024-10", "kelvar");
    assertThat(kelvar.code).isZero();
    assertThat(briefsCited(kelvar.out)).isNotEmpty().containsOnly("kelvar");
    assertThat(hitIds(kelvar.out)).allMatch(id -> id.startsWith("kelvar#"));
  }

  @Test
  void everyAnswerNamesTheBriefItCites() throws IOException {
    Run run = run(env, "ask", "--briefs", briefs.toString(), "When was the ITPP signed?");

    assertThat(run.code).isZero();
    assertThat(run.out).contains("[csds-2024-10#");
  }

  @Test
  void anUnknownBriefIsAUsageError() {
    Run run = run(env, "ask", "--briefs", briefs.toString(), "--brief", "nosuch", "Who wrote it?");

    assertThat(run.code).isEqualTo(ExitCodes.USAGE);
    assertThat(run.out).isEmpty();
    assertThat(run.err.strip())
        .isEqualTo("briefbot: no brief has the id nosuch (briefbot outline lists them)");
  }

  @Test
  void theIndexIsBuiltOnceInTheCacheAndReusedUntilABriefChanges() throws IOException {
    String question = "What was the harbour budget of Tolsen?";
    assertThat(run(env, "ask", "--briefs", briefs.toString(), question).code).isZero();
    Path indexes = cache.resolve("briefbot").resolve("indexes");
    List<Path> generations = generations(indexes);
    assertThat(generations).hasSize(1);
    long built = Files.getLastModifiedTime(generations.get(0)).toMillis();

    Run second = run(env, "ask", "--briefs", briefs.toString(), question);

    assertThat(second.code).isZero();
    assertThat(second.out).contains("[tolsen#");
    assertThat(generations(indexes)).containsExactlyElementsOf(generations);
    assertThat(Files.getLastModifiedTime(generations.get(0)).toMillis()).isEqualTo(built);

    Files.writeString(briefs.resolve("tolsen.md"), harbour("tolsen", "Tolsen").replace("41", "99"));
    Run changed = run(env, "ask", "--briefs", briefs.toString(), question);

    assertThat(changed.out).contains("99 million");
    assertThat(generations(indexes)).hasSize(1).doesNotContainAnyElementsOf(generations);
  }

  @Test
  void withoutACacheFolderTheIndexStaysInMemory() {
    Run run =
        run(
            Map.of("BRIEFBOT_SEMANTIC", "off"),
            "ask",
            "--briefs",
            briefs.toString(),
            "What was the harbour budget of Tolsen?");

    assertThat(run.code).isZero();
    assertThat(run.out).contains("[tolsen#");
    assertThat(cache).isEmptyDirectory();
  }

  private static String harbour(String id, String place) {
    return "---\nId: "
        + id
        + "\nTitle: The harbour of "
        + place
        + "\n---\n\n"
        + "## Shipping\n\n"
        + "The harbour of "
        + place
        + " and NATO agreed on a joint patrol of the northern channel.\n\n"
        + "## Money\n\n"
        + "The harbour budget of "
        + place
        + " was 41 million euros.\n";
  }

  private static List<Path> generations(Path indexes) throws IOException {
    List<Path> found = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(indexes, 2)) {
      walk.filter(p -> p.getFileName().toString().startsWith("gen-")).sorted().forEach(found::add);
    }
    return found;
  }

  private static List<String> briefsCited(String jsonLine) throws IOException {
    List<String> ids = new ArrayList<>();
    for (JsonNode hit : JSON.readTree(jsonLine).get("hits")) ids.add(hit.get("brief").asText());
    return ids;
  }

  private static List<String> hitIds(String jsonLine) throws IOException {
    List<String> ids = new ArrayList<>();
    for (JsonNode hit : JSON.readTree(jsonLine).get("hits")) ids.add(hit.get("id").asText());
    return ids;
  }

  private record Run(int code, String out, String err) {}

  private static Run run(Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            env,
            args);
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
