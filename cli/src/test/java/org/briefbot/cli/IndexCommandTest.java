package org.briefbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code briefbot index}: builds the on-disk index once; later runs reuse it. */
class IndexCommandTest {
  @TempDir Path indexFolder;

  private String generation() throws IOException {
    return Files.readString(indexFolder.resolve("CURRENT"), StandardCharsets.UTF_8).strip();
  }

  @Test
  void buildsTheIndexInTheFolderAndASecondRunReusesIt() throws IOException {
    Cli.Run first = Cli.run("index", "--index", indexFolder.toString());

    assertThat(first.code()).isZero();
    assertThat(first.out()).startsWith("1 briefs, 23 passages indexed in " + indexFolder + " (");
    assertThat(first.err()).as("no progress line without a terminal").doesNotContain("\r");
    String built = generation();
    assertThat(indexFolder.resolve(built)).isDirectory();

    Cli.Run second = Cli.run("index", "--index", indexFolder.toString());

    assertThat(second.code()).isZero();
    assertThat(generation()).isEqualTo(built);
  }

  @Test
  void askAnswersFromTheIndexThatIndexBuilt() throws IOException {
    Cli.run("index", "--index", indexFolder.toString());
    String built = generation();

    Cli.Run run = Cli.run("ask", "--index", indexFolder.toString(), "When was the ITPP signed?");

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("[csds-2024-10#s1p2]");
    assertThat(generation()).isEqualTo(built);
  }

  @Test
  void theFolderMayComeFromBriefbotIndex() throws IOException {
    Cli.Run run = Cli.withEnv(Map.of("BRIEFBOT_INDEX", indexFolder.toString()), "index");

    assertThat(run.code()).isZero();
    assertThat(indexFolder.resolve(generation())).isDirectory();
  }

  @Test
  void otherBriefsBuildANewGeneration() throws IOException {
    Cli.run("index", "--index", indexFolder.toString());
    String bundled = generation();

    Cli.Run run =
        Cli.run(
            "index",
            "--index",
            indexFolder.toString(),
            "--briefs",
            Cli.resource("briefs/two").toString());

    assertThat(run.out()).startsWith("2 briefs, ");
    assertThat(generation()).isNotEqualTo(bundled);
  }

  @Test
  void withoutAFolderItIsAUsageError() {
    Cli.Run run = Cli.run("index");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo("briefbot: say where to keep the index: --index DIR or BRIEFBOT_INDEX\n");
  }
}
