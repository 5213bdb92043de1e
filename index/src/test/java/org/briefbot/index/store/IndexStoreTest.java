package org.briefbot.index.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefbot.index.TestBriefs.harbour;
import static org.briefbot.index.TestBriefs.place;
import static org.briefbot.index.TestBriefs.save;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.briefbot.core.Library;
import org.briefbot.index.Answer;
import org.briefbot.index.BriefIndex;
import org.briefbot.index.IndexOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An index kept in a folder: built once, reused while the briefs stay the same, rebuilt when not.
 */
class IndexStoreTest {
  @TempDir Path briefs;
  @TempDir Path indexFolder;

  @Test
  void aThousandBriefsAreIndexedOnceAndReusedOnTheNextStart() throws IOException {
    for (int i = 0; i < 1000; i++) {
      save(
          briefs.resolve(place(i).toLowerCase() + ".md"),
          harbour(place(i).toLowerCase(), place(i), 1));
    }
    List<int[]> progress = new CopyOnWriteArrayList<>();
    IndexOptions onDisk =
        IndexOptions.defaults()
            .withDirectory(indexFolder)
            .withProgress(
                (stage, done, total) -> {
                  assertThat(stage).isEqualTo(PassageDocuments.INDEXING);
                  progress.add(new int[] {done, total});
                });

    String built;
    try (BriefIndex index = BriefIndex.open(Library.load(briefs), onDisk)) {
      built = index.generation();
      assertThat(index.passageCount()).isEqualTo(index.library().passages().size()).isEqualTo(4000);
    }
    // Built once, told per brief: 4 passages more each time, up to all of them.
    assertThat(progress).hasSize(1000).allSatisfy(p -> assertThat(p[1]).isEqualTo(4000));
    assertThat(progress.get(0)[0]).isEqualTo(4);
    assertThat(progress.get(999)[0]).isEqualTo(4000);
    progress.clear();
    try (BriefIndex index = BriefIndex.open(Library.load(briefs), onDisk)) {
      assertThat(index.generation()).isEqualTo(built).startsWith("gen-");
      Answer answer = index.ask("What was the harbour budget of " + place(737) + "?");
      assertThat(answer.hits().get(0).passage().briefId()).isEqualTo(place(737).toLowerCase());
      assertThat(answer.hits().get(0).passage().text()).contains(place(737));
    }
    assertThat(generations()).containsExactly(built);
    assertThat(progress).as("reused, not built again").isEmpty();
  }

  @Test
  void aChangedBriefBuildsANewGenerationAndRemovesTheOldOne() throws IOException {
    save(briefs.resolve("kelvar.md"), harbour("kelvar", "Kelvar", 1));
    IndexOptions onDisk = IndexOptions.defaults().withDirectory(indexFolder);
    String first;
    try (BriefIndex index = BriefIndex.open(Library.load(briefs), onDisk)) {
      first = index.generation();
    }

    save(briefs.resolve("kelvar.md"), harbour("kelvar", "Kelvar", 2));
    try (BriefIndex index = BriefIndex.open(Library.load(briefs), onDisk)) {
      assertThat(index.generation()).isNotEqualTo(first);
      assertThat(
              index
                  .ask("How many cargo ships did the keepers of Kelvar count?")
                  .hits()
                  .get(0)
                  .passage()
                  .text())
          .contains("edition 2");
      assertThat(generations()).containsExactly(index.generation());
      assertThat(Files.readString(indexFolder.resolve(IndexStore.CURRENT), StandardCharsets.UTF_8))
          .isEqualTo(index.generation() + "\n");
    }
  }

  /**
   * A generation an index still answers from is not deleted by another's rebuild (in a server and a
   * one-shot question sharing the folder, the server's); the last to close it deletes it.
   */
  @Test
  void aGenerationStillOpenIsKeptUntilTheIndexUsingItCloses() throws IOException {
    save(briefs.resolve("kelvar.md"), harbour("kelvar", "Kelvar", 1));
    IndexOptions onDisk = IndexOptions.defaults().withDirectory(indexFolder);
    String question = "How many cargo ships did the keepers of Kelvar count?";
    try (BriefIndex running = BriefIndex.open(Library.load(briefs), onDisk)) {
      String first = running.generation();

      save(briefs.resolve("kelvar.md"), harbour("kelvar", "Kelvar", 2));
      String second;
      try (BriefIndex next = BriefIndex.open(Library.load(briefs), onDisk)) {
        second = next.generation();
        assertThat(next.ask(question).hits().get(0).passage().text()).contains("edition 2");
      }

      assertThat(generations()).containsExactlyInAnyOrder(first, second);
      assertThat(running.ask(question).hits().get(0).passage().text()).contains("edition 1");
    }
    assertThat(generations()).hasSize(1);
    assertThat(Files.readString(indexFolder.resolve(IndexStore.CURRENT), StandardCharsets.UTF_8))
        .isEqualTo(generations().get(0) + "\n");
  }

  @Test
  void theSameBytesReadDifferentlyByANewerReaderBuildANewGeneration() throws IOException {
    Files.writeString(
        briefs.resolve("harbour.upgradable"),
        "HARBOUR NOTES • 1/2025\n"
            + "By Ada Quay\n"
            + "Harbour works\n"
            + "The dredging of the outer basin began in March. / The tolls rose by a tenth in May.\n",
        StandardCharsets.UTF_8);
    IndexOptions onDisk = IndexOptions.defaults().withDirectory(indexFolder);
    String before;
    UpgradableTestReader.upgraded = false;
    try (BriefIndex index = BriefIndex.open(Library.load(briefs), onDisk)) {
      before = index.generation();
      assertThat(index.passageCount()).isEqualTo(2); // the header and one paragraph
    }

    UpgradableTestReader.upgraded = true;
    try {
      Library upgraded = Library.load(briefs);
      try (BriefIndex index = BriefIndex.open(upgraded, onDisk)) {
        assertThat(index.generation()).isNotEqualTo(before);
        Answer answer = index.ask("When did the tolls rise?");
        assertThat(answer.hits().get(0).passage().text())
            .isEqualTo("The tolls rose by a tenth in May.");
      }
    } finally {
      UpgradableTestReader.upgraded = false;
    }
  }

  @Test
  void rewritingTheSameBytesKeepsTheIndex() throws IOException {
    save(briefs.resolve("kelvar.md"), harbour("kelvar", "Kelvar", 1));
    IndexOptions onDisk = IndexOptions.defaults().withDirectory(indexFolder);
    String first;
    try (BriefIndex index = BriefIndex.open(Library.load(briefs), onDisk)) {
      first = index.generation();
    }

    save(briefs.resolve("kelvar.md"), harbour("kelvar", "Kelvar", 1)); // new time, same bytes

    try (BriefIndex index = BriefIndex.open(Library.load(briefs), onDisk)) {
      assertThat(index.generation()).isEqualTo(first);
    }
  }

  @Test
  void aWatchedReloadUpdatesTheStoredIndexForTheNextStart() throws Exception {
    save(briefs.resolve("kelvar.md"), harbour("kelvar", "Kelvar", 1));
    IndexOptions onDisk = IndexOptions.defaults().withDirectory(indexFolder);
    String reloaded;
    try (BriefIndex index = BriefIndex.open(Library.load(briefs), onDisk)) {
      String first = index.generation();
      index.reload(
          Library.of(
              java.util.List.of(
                  org.briefbot.core.BriefParser.parse("kelvar.md", harbour("kelvar", "Kelvar", 1)),
                  org.briefbot.core.BriefParser.parse(
                      "tolsen.md", harbour("tolsen", "Tolsen", 1)))));
      reloaded = index.generation();
      assertThat(reloaded).isNotEqualTo(first);
      // the replaced generation's files are gone, yet answers still work
      assertThat(generations()).containsExactly(reloaded);
      assertThat(
              index.ask("What was the harbour budget of Tolsen?").hits().get(0).passage().briefId())
          .isEqualTo("tolsen");
    }
  }

  @Test
  void aCorruptGenerationIsRebuilt() throws IOException {
    save(briefs.resolve("kelvar.md"), harbour("kelvar", "Kelvar", 1));
    IndexOptions onDisk = IndexOptions.defaults().withDirectory(indexFolder);
    String first;
    try (BriefIndex index = BriefIndex.open(Library.load(briefs), onDisk)) {
      first = index.generation();
    }
    try (Stream<Path> files = Files.list(indexFolder.resolve(first))) {
      for (Path file :
          files.filter(f -> !f.getFileName().toString().startsWith("segments")).toList()) {
        Files.write(file, new byte[] {1, 2, 3});
      }
    }

    try (BriefIndex index = BriefIndex.open(Library.load(briefs), onDisk)) {
      assertThat(index.generation()).isNotEqualTo(first);
      assertThat(index.ask("What was the harbour budget of Kelvar?").hits()).isNotEmpty();
    }
  }

  @Test
  void oneFlippedByteInTheMiddleOfAFileIsCaughtAtOpenAndRebuilt() throws IOException {
    for (int i = 0; i < 50; i++) {
      save(
          briefs.resolve(place(i).toLowerCase() + ".md"),
          harbour(place(i).toLowerCase(), place(i), 1));
    }
    IndexOptions onDisk = IndexOptions.defaults().withDirectory(indexFolder);
    String first;
    try (BriefIndex index = BriefIndex.open(Library.load(briefs), onDisk)) {
      first = index.generation();
    }
    Path largest;
    try (Stream<Path> files = Files.list(indexFolder.resolve(first))) {
      largest =
          files.max(java.util.Comparator.comparingLong(f -> f.toFile().length())).orElseThrow();
    }
    byte[] bytes = Files.readAllBytes(largest);
    bytes[bytes.length / 2] ^= 0x20;
    Files.write(largest, bytes);

    try (BriefIndex index = BriefIndex.open(Library.load(briefs), onDisk)) {
      assertThat(index.generation()).isNotEqualTo(first);
      assertThat(
              index
                  .ask("What was the harbour budget of " + place(7) + "?")
                  .hits()
                  .get(0)
                  .passage()
                  .briefId())
          .isEqualTo(place(7).toLowerCase());
    }
  }

  private java.util.List<String> generations() throws IOException {
    try (Stream<Path> files = Files.list(indexFolder)) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("gen-")).toList();
    }
  }
}
