package org.briefbot.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefbot.index.TestBriefs.harbour;
import static org.briefbot.index.TestBriefs.save;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.briefbot.core.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Semantic search as the index runs it: switched on and off, loaded in the background while answers
 * go on by words, passage vectors computed once and reused from disk, rebuilt when the model
 * changes. A hashing test embedder stands in for the real model (see briefbot-semantic).
 */
class SemanticIndexTest {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final String QUESTION = "When was the ITPP signed?";

  @TempDir Path briefs;
  @TempDir Path indexFolder;

  @Test
  void withNoProviderOnTheClassPathTheIndexAnswersByWordsAlone() throws Exception {
    try (BriefIndex index =
            BriefIndex.open(Library.bundled(), IndexOptions.defaults().withSemantic(true));
        BriefIndex lexical =
            BriefIndex.open(Library.bundled(), IndexOptions.defaults().withSemantic(false))) {
      assertThat(index.awaitSemantic(WAIT)).isFalse();
      assertThat(index.semanticModel()).isEmpty();
      assertThat(index.ask(QUESTION)).isEqualTo(lexical.ask(QUESTION));
    }
  }

  @Test
  void switchedOffTheEmbedderIsNeverLoaded() throws Exception {
    TestEmbedder.Provider provider = new TestEmbedder.Provider("hash-64");
    try (BriefIndex index =
        BriefIndex.open(
            Library.bundled(),
            IndexOptions.defaults().withEmbedder(provider).withSemantic(false))) {
      assertThat(index.awaitSemantic(WAIT)).isFalse();
      assertThat(index.semanticModel()).isEmpty();
      assertThat(index.ask(QUESTION).hits()).isNotEmpty();
    }
    assertThat(provider.loads).hasValue(0);
  }

  /** The library reads no environment: a program embedding it gets words only unless it asks. */
  @Test
  void searchByMeaningIsOffUnlessAskedFor() {
    assertThat(IndexOptions.defaults().semantic()).isFalse();
    assertThat(IndexOptions.defaults().withSemantic(true).semantic()).isTrue();
  }

  @Test
  void answersByWordsWhileTheModelLoadsAndByMeaningOnceItHas() throws Exception {
    CountDownLatch gate = new CountDownLatch(1);
    TestEmbedder.Provider provider = new TestEmbedder.Provider("hash-64", gate);
    try (BriefIndex index =
            BriefIndex.open(Library.bundled(), IndexOptions.defaults().withEmbedder(provider));
        BriefIndex lexical =
            BriefIndex.open(Library.bundled(), IndexOptions.defaults().withSemantic(false))) {
      Answer whileLoading = index.ask(QUESTION);
      assertThat(index.semanticModel()).isEmpty();
      assertThat(whileLoading).isEqualTo(lexical.ask(QUESTION));
      assertThat(index.awaitSemantic(Duration.ofMillis(1))).isFalse();

      gate.countDown();

      assertThat(index.awaitSemantic(WAIT)).isTrue();
      assertThat(index.semanticModel()).contains("hash-64");
      int before = provider.last.embedded.get();
      Answer semantic = index.ask(QUESTION);
      // The question, and the words of it the best passage leaves out: no passage again.
      assertThat(provider.last.embedded.get()).isBetween(before + 1, before + 2);
      // The test embedder's vectors mean nothing, so only the ranking is checked: whether to
      // answer is the fitted model's call on real cosines (semantic's quality tests).
      assertThat(semantic.hits().get(0).passage().text()).contains("signed in July 2023");
    }
  }

  /** Meaning changes the ranking, not what the library mentions: these are refused either way. */
  @Test
  void questionsAboutWhatNoBriefMentionsAreRefusedWithMeaningOnAsWithout() throws Exception {
    try (BriefIndex index =
            BriefIndex.open(
                Library.bundled(),
                IndexOptions.defaults().withEmbedder(new TestEmbedder.Provider("hash-64")));
        BriefIndex lexical =
            BriefIndex.open(Library.bundled(), IndexOptions.defaults().withSemantic(false))) {
      assertThat(index.awaitSemantic(WAIT)).isTrue();
      for (String question :
          List.of(
              "What is the capital of Peru?",
              "How many DPRK troops were sent to fight in Kursk?",
              "When did Finland and Sweden join the alliance?")) {
        Answer answer = index.ask(question);
        assertThat(answer.abstained()).as(question).isTrue();
        Answer byWords = lexical.ask(question);
        assertThat(byWords.abstained()).as(question).isTrue();
        assertThat(answer.unknownTerms()).as(question).isEqualTo(byWords.unknownTerms());
      }
    }
  }

  @Test
  void aModelThatFailsToLoadLeavesTheIndexAnsweringByWords() throws Exception {
    EmbedderProvider broken =
        new EmbedderProvider() {
          @Override
          public String modelId() {
            return "broken";
          }

          @Override
          public Embedder load() {
            throw new UnsatisfiedLinkError("no onnxruntime in java.library.path");
          }
        };
    try (BriefIndex index =
        BriefIndex.open(Library.bundled(), IndexOptions.defaults().withEmbedder(broken))) {
      assertThat(index.awaitSemantic(WAIT)).isFalse();
      assertThat(index.semanticModel()).isEmpty();
      assertThat(index.ask(QUESTION).hits().get(0).passage().text())
          .contains("signed in July 2023");
    }
  }

  @Test
  void passageVectorsAreComputedOnceAndReusedFromTheIndexFolder() throws Exception {
    save(briefs.resolve("kelvar.md"), harbour("kelvar", "Kelvar", 1));
    TestEmbedder.Provider first = new TestEmbedder.Provider("hash-64");
    String generation;
    try (BriefIndex index = open(first)) {
      assertThat(index.awaitSemantic(WAIT)).isTrue();
      generation = index.generation();
      assertThat(generation).startsWith("gen-");
      // Each passage, and each sentence of the passages that have several, once.
      assertThat(first.last.embedded.get()).isGreaterThan(index.passageCount());
    }

    TestEmbedder.Provider second = new TestEmbedder.Provider("hash-64");
    try (BriefIndex index = open(second)) {
      assertThat(index.awaitSemantic(WAIT)).isTrue();
      assertThat(index.generation()).isEqualTo(generation);
      assertThat(second.last.embedded).hasValue(0);
      assertThat(index.ask("How many cargo ships were counted?").hits()).isNotEmpty();
      // Only the question and the words of it the best passage leaves out are embedded.
      assertThat(second.last.embedded.get()).isBetween(1, 2);
    }
    assertThat(generations()).containsExactly(generation);
  }

  /**
   * A folder of briefs that gains one, or has one edited, is rebuilt by embedding only what is new:
   * the unchanged passages' vectors are copied from the generation replaced, and the answers are
   * those of an index built from scratch.
   */
  @Test
  void aRebuildEmbedsOnlyThePassagesThatAreNewOrChanged() throws Exception {
    save(briefs.resolve("kelvar.md"), harbour("kelvar", "Kelvar", 1));
    save(briefs.resolve("kelmor.md"), harbour("kelmor", "Kelmor", 1));
    try (BriefIndex index = open(new TestEmbedder.Provider("hash-64"))) {
      assertThat(index.awaitSemantic(WAIT)).isTrue();
    }

    save(briefs.resolve("kelsey.md"), harbour("kelsey", "Kelsey", 1));
    TestEmbedder.Provider added = new TestEmbedder.Provider("hash-64");
    try (BriefIndex index = open(added)) {
      assertThat(index.awaitSemantic(WAIT)).isTrue();
      assertThat(added.last.embedded.get()).isEqualTo(textsEmbeddedForBrief("kelsey"));
      assertThatAnswersMatchAFreshBuild(index);
    }

    // An edition that changes one sentence of one passage re-embeds that passage alone.
    String edited =
        harbour("kelmor", "Kelmor", 1).replace("at dawn, as edition 1", "at dusk, as edition 1");
    save(briefs.resolve("kelmor.md"), edited);
    TestEmbedder.Provider edits = new TestEmbedder.Provider("hash-64");
    try (BriefIndex index = open(edits)) {
      assertThat(index.awaitSemantic(WAIT)).isTrue();
      String passage = "Fishing boats leave Kelmor at dusk, as edition 1 records.";
      assertThat(edits.last.embedded.get()).isEqualTo(textsEmbeddedFor(passage));
      assertThatAnswersMatchAFreshBuild(index);
    }

    // Vectors of another model are never copied.
    TestEmbedder.Provider other = new TestEmbedder.Provider("hash-64@2");
    try (BriefIndex index = open(other)) {
      assertThat(index.awaitSemantic(WAIT)).isTrue();
      assertThat(other.last.embedded.get())
          .isEqualTo(
              textsEmbeddedForBrief("kelvar")
                  + textsEmbeddedForBrief("kelmor")
                  + textsEmbeddedForBrief("kelsey"));
    }
  }

  /** The same for an index kept in memory, as a bot without an index folder keeps it. */
  @Test
  void anIndexKeptInMemoryReloadsByEmbeddingOnlyWhatIsNew() throws Exception {
    save(briefs.resolve("kelvar.md"), harbour("kelvar", "Kelvar", 1));
    save(briefs.resolve("kelmor.md"), harbour("kelmor", "Kelmor", 1));
    TestEmbedder.Provider provider = new TestEmbedder.Provider("hash-64");
    try (BriefIndex index =
        BriefIndex.open(Library.load(briefs), IndexOptions.defaults().withEmbedder(provider))) {
      assertThat(index.awaitSemantic(WAIT)).isTrue();
      assertThat(index.generation()).isEqualTo("memory");
      int before = provider.last.embedded.get();

      save(briefs.resolve("kelsey.md"), harbour("kelsey", "Kelsey", 1));
      index.reload(Library.load(briefs));

      assertThat(provider.last.embedded.get() - before).isEqualTo(textsEmbeddedForBrief("kelsey"));
      assertThatAnswersMatchAFreshBuild(index);
    }
  }

  /** How many texts a build embeds for a brief of {@code briefs}: see {@link #textsEmbeddedFor}. */
  private int textsEmbeddedForBrief(String id) {
    int count = 0;
    for (var passage : Library.load(briefs).brief(id).orElseThrow().passages()) {
      count += textsEmbeddedFor(passage.text());
    }
    return count;
  }

  /** The passage, and each of its sentences when it has several. */
  private static int textsEmbeddedFor(String passage) {
    int sentences = org.briefbot.core.Sentences.split(passage).size();
    return 1 + (sentences > 1 ? sentences : 0);
  }

  private void assertThatAnswersMatchAFreshBuild(BriefIndex rebuilt) throws Exception {
    try (BriefIndex fresh =
        BriefIndex.open(
            Library.load(briefs),
            IndexOptions.defaults().withEmbedder(new TestEmbedder.Provider("hash-64")))) {
      assertThat(fresh.awaitSemantic(WAIT)).isTrue();
      for (String question :
          List.of(
              "How many cargo ships were counted in Kelsey?",
              "When do the fishing boats of Kelmor leave?",
              "What was the harbour budget?")) {
        assertThat(rebuilt.ask(question)).as(question).isEqualTo(fresh.ask(question));
      }
    }
  }

  @Test
  void aNewModelOrSwitchingSemanticSearchOffOrOnRebuildsTheIndexFolder() throws Exception {
    save(briefs.resolve("kelvar.md"), harbour("kelvar", "Kelvar", 1));
    String withOld;
    try (BriefIndex index = open(new TestEmbedder.Provider("hash-64@1"))) {
      assertThat(index.awaitSemantic(WAIT)).isTrue();
      withOld = index.generation();
    }

    TestEmbedder.Provider newer = new TestEmbedder.Provider("hash-64@2");
    String withNew;
    try (BriefIndex index = open(newer)) {
      assertThat(index.awaitSemantic(WAIT)).isTrue();
      withNew = index.generation();
      assertThat(withNew).isNotEqualTo(withOld).startsWith("gen-");
      assertThat(index.semanticModel()).contains("hash-64@2");
      assertThat(newer.last.embedded.get()).isGreaterThan(index.passageCount());
    }

    String withoutVectors;
    try (BriefIndex index =
        BriefIndex.open(
            Library.load(briefs),
            IndexOptions.defaults().withDirectory(indexFolder).withSemantic(false))) {
      withoutVectors = index.generation();
      assertThat(withoutVectors).isNotEqualTo(withNew).startsWith("gen-");
    }

    try (BriefIndex index = open(new TestEmbedder.Provider("hash-64@2"))) {
      assertThat(index.awaitSemantic(WAIT)).isTrue();
      assertThat(index.generation()).isNotEqualTo(withoutVectors).startsWith("gen-");
      assertThat(generations()).containsExactly(index.generation());
    }
  }

  @Test
  void aBriefFilterAppliesToTheNearestPassagesToo() throws Exception {
    save(briefs.resolve("kelvar.md"), harbour("kelvar", "Kelvar", 1));
    save(briefs.resolve("kelmor.md"), harbour("kelmor", "Kelmor", 1));
    try (BriefIndex index = open(new TestEmbedder.Provider("hash-64"))) {
      assertThat(index.awaitSemantic(WAIT)).isTrue();
      List<Hit> hits =
          index.ask(Question.of("harbour budget millions").inBrief("kelmor").withLimit(10)).hits();
      assertThat(hits)
          .isNotEmpty()
          .allSatisfy(hit -> assertThat(hit.passage().briefId()).isEqualTo("kelmor"));
    }
  }

  private BriefIndex open(EmbedderProvider provider) {
    return BriefIndex.open(
        Library.load(briefs),
        IndexOptions.defaults().withDirectory(indexFolder).withEmbedder(provider));
  }

  private List<String> generations() throws IOException {
    try (Stream<Path> children = Files.list(indexFolder)) {
      return children
          .map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith("gen-"))
          .toList();
    }
  }
}
