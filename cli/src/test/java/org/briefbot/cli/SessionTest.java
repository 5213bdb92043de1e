package org.briefbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the briefs come from (--briefs, BRIEFBOT_BRIEFS, bundled) and how their problems show. */
class SessionTest {
  @TempDir Path folder;

  @Test
  void aMalformedBriefFailsWithFileLineAndReasonAndNoStackTrace() {
    Path briefs = Cli.resource("briefs/malformed");

    Cli.Run run = Cli.run("ask", "--briefs", briefs.toString(), "When did talks open?");

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "briefbot: "
                + briefs.resolve("empty-section.txt")
                + ":6: heading \"What enlargement costs\" has no paragraphs\n");
  }

  @Test
  void everyCommandReadingBriefsReportsAMalformedOneAlike() {
    String briefs = Cli.resource("briefs/malformed").toString();

    for (String[] args :
        new String[][] {
          {"outline", "--briefs", briefs},
          {"show", "--briefs", briefs, "x#k1"},
          {"index", "--briefs", briefs, "--index", folder.toString()}
        }) {
      Cli.Run run = Cli.run(args);
      assertThat(run.code()).as(args[0]).isEqualTo(1);
      assertThat(run.err())
          .as(args[0])
          .startsWith("briefbot: ")
          .contains("empty-section.txt:6: ")
          .doesNotContain("\tat ");
    }
  }

  @Test
  void briefbotDebugShowsTheStackTrace() {
    Path briefs = Cli.resource("briefs/malformed");

    Cli.Run run =
        Cli.withEnv(Map.of("BRIEFBOT_DEBUG", "1"), "outline", "--briefs", briefs.toString());

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err())
        .startsWith("briefbot: " + briefs.resolve("empty-section.txt") + ":6: ")
        .contains("org.briefbot.core.BriefFormatException: ")
        .contains("\tat org.briefbot.");
  }

  @Test
  void aMissingFolderFailsNamingIt() {
    Path missing = folder.resolve("no-such-folder");

    Cli.Run run = Cli.run("outline", "--briefs", missing.toString());

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo("briefbot: briefs folder " + missing + " does not exist or is not a folder\n");
  }

  @Test
  void aFolderWithoutBriefsFailsNamingIt() {
    Cli.Run run = Cli.run("outline", "--briefs", folder.toString());

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo(
            "briefbot: briefs folder "
                + folder
                + " has no brief files (.txt, .md, .htm, .html or .pdf)\n");
  }

  @Test
  void briefbotBriefsNamesTheFolderWhenNoOptionDoes() {
    Path two = Cli.resource("briefs/two");

    Cli.Run run = Cli.withEnv(Map.of("BRIEFBOT_BRIEFS", two.toString()), "outline");

    assertThat(run.code()).isZero();
    assertThat(run.outLines())
        .contains("BSRI Brief 4/2024  [bsri-2024-4]", "NIAS Policy Paper 3/2024  [nias-2024-3]");
    assertThat(run.out()).doesNotContain("csds-2024-10");
  }

  @Test
  void theBriefsOptionWinsOverBriefbotBriefs() {
    Cli.Run run =
        Cli.withEnv(
            Map.of("BRIEFBOT_BRIEFS", folder.resolve("missing").toString()),
            "outline",
            "--briefs",
            Cli.resource("briefs/two").toString());

    assertThat(run.code()).isZero();
  }

  @Test
  void aBlankBriefbotBriefsMeansTheBundledBrief() {
    Cli.Run run = Cli.withEnv(Map.of("BRIEFBOT_BRIEFS", " "), "outline");

    assertThat(run.outLines().get(0)).isEqualTo("CSDS Policy Brief 10/2024  [csds-2024-10]");
  }

  @Test
  void aFolderOfTwoBriefsAnswersFromBoth() {
    Cli.Run run =
        Cli.withEnv(
            Map.of("BRIEFBOT_BRIEFS", Cli.resource("briefs/two").toString()),
            "ask",
            "--limit",
            "1",
            "How many troops can Finland mobilise?");

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("[nias-2024-3#s2p1]").contains("280,000 troops");
  }

  @Test
  void aSynonymsFileInTheBriefsFolderIsUsed() throws IOException {
    copyTwoBriefsInto(folder);
    String question = "When were the seabed wires to Spitsbergen cut?";
    Cli.Run without =
        Cli.run("ask", "--briefs", folder.toString(), "--json", "--limit", "1", question);
    assertThat(without.out()).doesNotContain("\"id\":\"nias-2024-3#s3p2\"");

    Files.writeString(
        folder.resolve("synonyms.conf"),
        "# our names\nseabed wires => undersea cables\nspitsbergen, svalbard\n",
        StandardCharsets.UTF_8);
    Cli.Run with =
        Cli.run("ask", "--briefs", folder.toString(), "--json", "--limit", "1", question);

    assertThat(with.code()).isZero();
    assertThat(with.out()).contains("\"id\":\"nias-2024-3#s3p2\"");
  }

  @Test
  void aMalformedSynonymsFileFailsWithFileAndLine() throws IOException {
    copyTwoBriefsInto(folder);
    Path synonyms = folder.resolve("synonyms.conf");
    Files.writeString(synonyms, "spitsbergen, svalbard\njust one term\n", StandardCharsets.UTF_8);

    Cli.Run run = Cli.run("ask", "--briefs", folder.toString(), "Svalbard");

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo(
            "briefbot: " + synonyms + ":2: a group needs two or more terms separated by commas\n");
  }

  private static void copyTwoBriefsInto(Path target) throws IOException {
    Path two = Cli.resource("briefs/two");
    for (String name : new String[] {"nias-2024-03-arctic-nato.txt", "baltic-cables.md"}) {
      Files.copy(two.resolve(name), target.resolve(name));
    }
  }

  @Test
  void theIndexCacheIsCreatedOwnerOnly() throws IOException {
    Path cache = folder.resolve("cache");

    Cli.Run run =
        Cli.withEnv(
            Map.of("XDG_CACHE_HOME", cache.toString(), "BRIEFBOT_SEMANTIC", "off"),
            "ask",
            "When was the ITPP signed?");

    assertThat(run.code()).isZero();
    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(cache.resolve("briefbot/indexes/bundled"))))
        .isEqualTo("rwx------");
    assertThat(
            PosixFilePermissions.toString(Files.getPosixFilePermissions(cache.resolve("briefbot"))))
        .isEqualTo("rwx------");
  }

  /** An index folder another user could write could feed this user's answers: not used. */
  @Test
  void anIndexCacheOthersCanWriteIsNotUsed() throws IOException {
    Path cache = folder.resolve("cache");
    Path shared = Files.createDirectories(cache.resolve("briefbot/indexes/bundled"));
    Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));

    Cli.Run run =
        Cli.withEnv(
            Map.of("XDG_CACHE_HOME", cache.toString(), "BRIEFBOT_SEMANTIC", "off"),
            "ask",
            "When was the ITPP signed?");

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("July 2023");
    assertThat(run.err())
        .contains("keeping the index in memory")
        .contains("can be written by other users");
    try (var files = Files.list(shared)) {
      assertThat(files).isEmpty();
    }
  }
}
