package org.briefbot.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.briefbot.index.TestBriefs.harbour;
import static org.briefbot.index.TestBriefs.save;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefbot.core.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A watched briefs folder: changes are picked up while the index answers, one version at a time. */
class BriefIndexReloadTest {
  private static final Duration DEADLINE = Duration.ofSeconds(60);
  private static final Pattern EDITION = Pattern.compile("edition (\\d+)");
  private static final String SHIPS = "How many cargo ships did the lighthouse keepers of Kelvar count?";

  @TempDir Path briefs;
  @TempDir Path indexFolder;

  @Test
  void picksUpAnAddedAChangedAndARemovedBriefWithoutARestart() throws Exception {
    save(briefs.resolve("kelvar.md"), harbour("kelvar", "Kelvar", 1));
    save(briefs.resolve("moravi.md"), harbour("moravi", "Moravi", 1));
    try (BriefIndex index = BriefIndex.open(Library.load(briefs),
        IndexOptions.defaults().withWatchedFolder(briefs))) {
      assertThat(edition(index.ask(SHIPS))).isEqualTo(1);

      save(briefs.resolve("tolsen.md"), harbour("tolsen", "Tolsen", 1));
      awaitLibrary(index, lib -> lib.brief("tolsen").isPresent());
      Answer tolsen = index.ask("What was the harbour budget of Tolsen?");
      assertThat(tolsen.hits().get(0).passage().briefId()).isEqualTo("tolsen");

      save(briefs.resolve("kelvar.md"), harbour("kelvar", "Kelvar", 2));
      awaitLibrary(index, lib -> lib.brief("kelvar").orElseThrow().passages().toString()
          .contains("edition 2"));
      assertThat(edition(index.ask(SHIPS))).isEqualTo(2);

      Files.delete(briefs.resolve("moravi.md"));
      awaitLibrary(index, lib -> lib.brief("moravi").isEmpty());
      assertThat(index.ask("When do fishing boats leave Moravi?").hits())
          .extracting(hit -> hit.passage().briefId()).doesNotContain("moravi");
      assertThat(index.library().briefs()).extracting(b -> b.id())
          .containsExactly("kelvar", "tolsen");
    }
  }

  @Test
  void eightThreadsAskingDuringSwapsNeverGetAFailedOrMixedAnswer() throws Exception {
    save(briefs.resolve("kelvar.md"), harbour("kelvar", "Kelvar", 1));
    for (int i = 0; i < 20; i++) {
      String place = TestBriefs.place(i);
      save(briefs.resolve(place.toLowerCase() + ".md"), harbour(place.toLowerCase(), place, 1));
    }
    ExecutorService askers = Executors.newFixedThreadPool(8);
    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger answers = new AtomicInteger();
    Set<Integer> editionsSeen = ConcurrentHashMap.newKeySet();
    List<String> problems = new ArrayList<>();
    try (BriefIndex index = BriefIndex.open(Library.load(briefs),
        IndexOptions.defaults().withDirectory(indexFolder).withWatchedFolder(briefs))) {
      CountDownLatch started = new CountDownLatch(8);
      List<Future<?>> running = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        running.add(askers.submit(() -> {
          started.countDown();
          while (!stop.get()) {
            try {
              Answer answer = index.ask(Question.of(SHIPS).withLimit(5));
              Set<Integer> editions = new java.util.HashSet<>();
              for (Hit hit : answer.hits()) {
                if (!hit.passage().briefId().equals("kelvar")) continue;
                Matcher m = EDITION.matcher(hit.passage().text());
                if (m.find()) editions.add(Integer.parseInt(m.group(1)));
              }
              if (editions.size() != 1) {
                synchronized (problems) {
                  problems.add("answer from editions " + editions + ": " + answer.hits());
                }
              }
              editionsSeen.addAll(editions);
              answers.incrementAndGet();
            } catch (RuntimeException e) {
              synchronized (problems) {
                problems.add("answer failed: " + e);
              }
            }
          }
        }));
      }
      assertThat(started.await(DEADLINE.toSeconds(), TimeUnit.SECONDS)).isTrue();

      for (int edition = 2; edition <= 6; edition++) {
        int version = edition;
        save(briefs.resolve("kelvar.md"), harbour("kelvar", "Kelvar", version));
        if (edition == 4) Files.delete(briefs.resolve(TestBriefs.place(3).toLowerCase() + ".md"));
        awaitLibrary(index, lib -> lib.brief("kelvar").orElseThrow().passages().toString()
            .contains("edition " + version));
        int before = answers.get();
        awaitAnswers(answers, before + 8);
      }
      stop.set(true);
      for (Future<?> asker : running) asker.get(DEADLINE.toSeconds(), TimeUnit.SECONDS);

      assertThat(problems).isEmpty();
      assertThat(editionsSeen).contains(1, 6);
      assertThat(edition(index.ask(SHIPS))).isEqualTo(6);
      assertThat(index.library().briefs()).hasSize(20);
    } finally {
      stop.set(true);
      askers.shutdownNow();
    }
  }

  @Test
  void aBriefThatDoesNotParseKeepsThePreviousVersionUntilItIsFixed() throws Exception {
    save(briefs.resolve("kelvar.md"), harbour("kelvar", "Kelvar", 1));
    try (BriefIndex index = BriefIndex.open(Library.load(briefs),
        IndexOptions.defaults().withWatchedFolder(briefs))) {
      int handled = index.changesHandled();

      save(briefs.resolve("broken.md"), "---\nId: broken\n");
      assertThat(index.awaitChanges(handled, DEADLINE)).isGreaterThan(handled);

      assertThat(index.library().briefs()).extracting(b -> b.id()).containsExactly("kelvar");
      assertThat(edition(index.ask(SHIPS))).isEqualTo(1);

      save(briefs.resolve("broken.md"), harbour("broken", "Tolsen", 1));
      awaitLibrary(index, lib -> lib.brief("broken").isPresent());
      assertThat(index.ask("What was the harbour budget of Tolsen?").hits().get(0)
          .passage().briefId()).isEqualTo("broken");
    }
  }

  @Test
  void aChangeMadeBeforeTheWatchStartedIsPickedUpToo() throws Exception {
    save(briefs.resolve("kelvar.md"), harbour("kelvar", "Kelvar", 1));
    Library read = Library.load(briefs);
    save(briefs.resolve("kelvar.md"), harbour("kelvar", "Kelvar", 2)); // after reading, before watching

    try (BriefIndex index = BriefIndex.open(read, IndexOptions.defaults().withWatchedFolder(briefs))) {
      awaitLibrary(index, lib -> lib.brief("kelvar").orElseThrow().passages().toString()
          .contains("edition 2"));
      assertThat(edition(index.ask(SHIPS))).isEqualTo(2);
    }
  }

  @Test
  void reloadSwapsTheLibraryInPlace() {
    try (BriefIndex index = BriefIndex.build(Library.of(List.of(
        org.briefbot.core.BriefParser.parse("kelvar.md", harbour("kelvar", "Kelvar", 1)))))) {
      index.reload(Library.of(List.of(
          org.briefbot.core.BriefParser.parse("kelvar.md", harbour("kelvar", "Kelvar", 2)))));

      assertThat(edition(index.ask(SHIPS))).isEqualTo(2);
      assertThat(index.passageCount()).isEqualTo(index.library().passages().size());
    }
  }

  @Test
  void aClosedIndexRefusesQuestionsAndReloads() {
    BriefIndex index = BriefIndex.build(Library.bundled());
    index.close();
    index.close(); // twice is harmless

    assertThatThrownBy(() -> index.ask("When was the ITPP signed?"))
        .isInstanceOf(IllegalStateException.class).hasMessage("the index is closed");
    assertThatThrownBy(() -> index.reload(Library.bundled()))
        .isInstanceOf(IllegalStateException.class).hasMessage("the index is closed");
  }

  /** The edition the top hit quotes. */
  private static int edition(Answer answer) {
    assertThat(answer.hits()).isNotEmpty();
    assertThat(answer.hits().get(0).passage().briefId()).isEqualTo("kelvar");
    Matcher m = EDITION.matcher(answer.hits().get(0).passage().text());
    assertThat(m.find()).as("edition in %s", answer.hits().get(0).passage().text()).isTrue();
    return Integer.parseInt(m.group(1));
  }

  /** Waits, change by change, until the index answers from a library that passes {@code test}. */
  private static void awaitLibrary(BriefIndex index, Predicate<Library> test)
      throws InterruptedException {
    long deadline = System.nanoTime() + DEADLINE.toNanos();
    int handled = index.changesHandled();
    while (!test.test(index.library())) {
      long left = deadline - System.nanoTime();
      assertThat(left).as("the watch did not pick the change up in time").isPositive();
      handled = index.awaitChanges(handled, Duration.ofNanos(left));
    }
  }

  private static void awaitAnswers(AtomicInteger answers, int atLeast) {
    long deadline = System.nanoTime() + DEADLINE.toNanos();
    while (answers.get() < atLeast) {
      assertThat(System.nanoTime()).as("the askers stopped answering").isLessThan(deadline);
      Thread.onSpinWait();
    }
  }
}
