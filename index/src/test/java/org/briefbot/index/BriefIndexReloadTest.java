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
import java.util.Map;
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

/**
 * A watched briefs folder: changes are picked up while the index answers, one version at a time.
 */
class BriefIndexReloadTest {
  private static final Duration DEADLINE = Duration.ofSeconds(60);
  private static final Pattern EDITION = Pattern.compile("edition (\\d+)");
  private static final String SHIPS =
      "How many cargo ships did the lighthouse keepers of Kelvar count?";

  @TempDir Path briefs;
  @TempDir Path indexFolder;

  @Test
  void picksUpAnAddedAChangedAndARemovedBriefWithoutARestart() throws Exception {
    save(briefs.resolve("kelvar.md"), harbour("kelvar", "Kelvar", 1));
    save(briefs.resolve("moravi.md"), harbour("moravi", "Moravi", 1));
    try (BriefIndex index =
        BriefIndex.open(Library.load(briefs), IndexOptions.defaults().withWatchedFolder(briefs))) {
      assertThat(edition(index.ask(SHIPS))).isEqualTo(1);

      save(briefs.resolve("tolsen.md"), harbour("tolsen", "Tolsen", 1));
      awaitLibrary(index, lib -> lib.brief("tolsen").isPresent());
      Answer tolsen = index.ask("What was the harbour budget of Tolsen?");
      assertThat(tolsen.hits().get(0).passage().briefId()).isEqualTo("tolsen");

      save(briefs.resolve("kelvar.md"), harbour("kelvar", "Kelvar", 2));
      awaitLibrary(
          index,
          lib -> lib.brief("kelvar").orElseThrow().passages().toString().contains("edition 2"));
      assertThat(edition(index.ask(SHIPS))).isEqualTo(2);

      Files.delete(briefs.resolve("moravi.md"));
      awaitLibrary(index, lib -> lib.brief("moravi").isEmpty());
      assertThat(index.ask("When do fishing boats leave Moravi?").hits())
          .extracting(hit -> hit.passage().briefId())
          .doesNotContain("moravi");
      assertThat(index.library().briefs())
          .extracting(b -> b.id())
          .containsExactly("kelvar", "tolsen");
    }
  }

  /**
   * Eight threads ask, over and over, while the folder changes round after round: Kelvar is edited
   * (editions 2 to 6), two other briefs are edited, one is added and one removed each round. Every
   * paragraph names its brief's edition, so an answer that mixed two versions of a brief, or quoted
   * a passage with another version's text, would show; none may, and none may fail.
   */
  @Test
  void eightThreadsAskingWhileBriefsAreAddedEditedAndRemovedNeverGetAFailedOrMixedAnswer()
      throws Exception {
    Map<String, Integer> onDisk = new ConcurrentHashMap<>(); // brief id -> edition written
    write("kelvar", 1, onDisk);
    for (int i = 0; i < 20; i++) write(TestBriefs.place(i).toLowerCase(), 1, onDisk);
    ExecutorService askers = Executors.newFixedThreadPool(8);
    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger answers = new AtomicInteger();
    AtomicInteger hitsChecked = new AtomicInteger();
    Set<Integer> editionsSeen = ConcurrentHashMap.newKeySet();
    List<String> problems = new ArrayList<>();
    List<String> questions =
        List.of(
            SHIPS,
            "What was the harbour budget in edition 4?",
            "When do fishing boats leave the harbour?",
            "cargo ships counted by lighthouse keepers",
            "harbour budget million euros",
            "Kelvar");
    int changes = 0;
    try (BriefIndex index =
        BriefIndex.open(
            Library.load(briefs),
            IndexOptions.defaults().withDirectory(indexFolder).withWatchedFolder(briefs))) {
      CountDownLatch started = new CountDownLatch(8);
      List<Future<?>> running = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int thread = t;
        running.add(
            askers.submit(
                () -> {
                  started.countDown();
                  for (int n = thread; !stop.get(); n++) {
                    try {
                      Answer answer =
                          index.ask(
                              Question.of(questions.get(n % questions.size()))
                                  .withLimit(Question.MAX_LIMIT));
                      String problem = mixedOrTorn(answer);
                      if (problem != null) {
                        synchronized (problems) {
                          problems.add(problem);
                        }
                      }
                      for (Hit hit : answer.hits()) {
                        Matcher m = EDITION.matcher(hit.passage().text());
                        if (hit.passage().briefId().equals("kelvar") && m.find()) {
                          editionsSeen.add(Integer.parseInt(m.group(1)));
                        }
                      }
                      hitsChecked.addAndGet(answer.hits().size());
                      answers.incrementAndGet();
                    } catch (RuntimeException | Error e) {
                      synchronized (problems) {
                        problems.add("answer failed: " + e);
                      }
                    }
                  }
                }));
      }
      assertThat(started.await(DEADLINE.toSeconds(), TimeUnit.SECONDS)).isTrue();

      for (int round = 2; round <= 6; round++) {
        write("kelvar", round, onDisk);
        write(TestBriefs.place(round).toLowerCase(), round, onDisk);
        write(TestBriefs.place(round + 3).toLowerCase(), round, onDisk);
        write("added" + round, round, onDisk);
        String removed = TestBriefs.place(10 + round).toLowerCase();
        Files.delete(briefs.resolve(removed + ".md"));
        onDisk.remove(removed);
        changes += 5;
        Map<String, Integer> expected = Map.copyOf(onDisk);
        awaitLibrary(index, lib -> editions(lib).equals(expected));
        int before = answers.get();
        awaitAnswers(answers, before + 8);
      }
      stop.set(true);
      for (Future<?> asker : running) asker.get(DEADLINE.toSeconds(), TimeUnit.SECONDS);

      System.out.printf(
          "reload: %d answers (%d passages checked) by 8 threads during %d changes "
              + "to the briefs folder; %d failed or mixed%n",
          answers.get(), hitsChecked.get(), changes, problems.size());
      assertThat(problems).isEmpty();
      assertThat(editionsSeen).contains(1, 6);
      assertThat(edition(index.ask(SHIPS))).isEqualTo(6);
      assertThat(index.library().briefs()).hasSize(21); // 21, five added, five removed
    } finally {
      stop.set(true);
      askers.shutdownNow();
    }
  }

  /** Writes the harbour brief {@code id} at {@code edition}, as an editor saves it. */
  private void write(String id, int edition, Map<String, Integer> onDisk) throws IOException {
    String place = Character.toUpperCase(id.charAt(0)) + id.substring(1);
    save(briefs.resolve(id + ".md"), harbour(id, place, edition));
    onDisk.put(id, edition);
  }

  /** Brief id to the edition its paragraphs name. */
  private static Map<String, Integer> editions(Library library) {
    Map<String, Integer> editions = new java.util.HashMap<>();
    for (var brief : library.briefs()) {
      editions.put(brief.id(), edition(brief.sections().get(0).paragraphs().get(0).text()));
    }
    return editions;
  }

  /**
   * Why the answer is wrong, or null: two editions of one brief in it, or a passage whose text is
   * not its brief's text at the edition it names.
   */
  private static String mixedOrTorn(Answer answer) {
    Map<String, Set<Integer>> editions = new java.util.HashMap<>();
    for (Hit hit : answer.hits()) {
      Matcher m = EDITION.matcher(hit.passage().text());
      if (!m.find()) continue; // the header passage names no edition
      int edition = Integer.parseInt(m.group(1));
      String id = hit.passage().briefId();
      editions.computeIfAbsent(id, k -> new java.util.HashSet<>()).add(edition);
      String place = Character.toUpperCase(id.charAt(0)) + id.substring(1);
      String expected =
          org.briefbot.core.BriefParser.parse(id + ".md", harbour(id, place, edition))
              .passage(hit.passage().id())
              .map(p -> p.text())
              .orElse(null);
      if (!hit.passage().text().equals(expected)) {
        return "passage "
            + hit.passage().id()
            + " is not edition "
            + edition
            + "'s: "
            + hit.passage().text();
      }
    }
    for (var entry : editions.entrySet()) {
      if (entry.getValue().size() > 1) {
        return "answer mixes editions "
            + entry.getValue()
            + " of "
            + entry.getKey()
            + ": "
            + answer.hits();
      }
    }
    return null;
  }

  private static int edition(String text) {
    Matcher m = EDITION.matcher(text);
    assertThat(m.find()).as("edition in %s", text).isTrue();
    return Integer.parseInt(m.group(1));
  }

  @Test
  void aBriefThatDoesNotParseKeepsThePreviousVersionUntilItIsFixed() throws Exception {
    save(briefs.resolve("kelvar.md"), harbour("kelvar", "Kelvar", 1));
    try (BriefIndex index =
        BriefIndex.open(Library.load(briefs), IndexOptions.defaults().withWatchedFolder(briefs))) {
      int handled = index.changesHandled();

      save(briefs.resolve("broken.md"), "---\nId: broken\n");
      assertThat(index.awaitChanges(handled, DEADLINE)).isGreaterThan(handled);

      assertThat(index.library().briefs()).extracting(b -> b.id()).containsExactly("kelvar");
      assertThat(edition(index.ask(SHIPS))).isEqualTo(1);

      save(briefs.resolve("broken.md"), harbour("broken", "Tolsen", 1));
      awaitLibrary(index, lib -> lib.brief("broken").isPresent());
      assertThat(
              index.ask("What was the harbour budget of Tolsen?").hits().get(0).passage().briefId())
          .isEqualTo("broken");
    }
  }

  @Test
  void aChangeMadeBeforeTheWatchStartedIsPickedUpToo() throws Exception {
    save(briefs.resolve("kelvar.md"), harbour("kelvar", "Kelvar", 1));
    Library read = Library.load(briefs);
    save(
        briefs.resolve("kelvar.md"),
        harbour("kelvar", "Kelvar", 2)); // after reading, before watching

    try (BriefIndex index =
        BriefIndex.open(read, IndexOptions.defaults().withWatchedFolder(briefs))) {
      awaitLibrary(
          index,
          lib -> lib.brief("kelvar").orElseThrow().passages().toString().contains("edition 2"));
      assertThat(edition(index.ask(SHIPS))).isEqualTo(2);
    }
  }

  @Test
  void reloadSwapsTheLibraryInPlace() {
    try (BriefIndex index =
        BriefIndex.build(
            Library.of(
                List.of(
                    org.briefbot.core.BriefParser.parse(
                        "kelvar.md", harbour("kelvar", "Kelvar", 1)))))) {
      index.reload(
          Library.of(
              List.of(
                  org.briefbot.core.BriefParser.parse(
                      "kelvar.md", harbour("kelvar", "Kelvar", 2)))));

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
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the index is closed");
    assertThatThrownBy(() -> index.reload(Library.bundled()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the index is closed");
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
