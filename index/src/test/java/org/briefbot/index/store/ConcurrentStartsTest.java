package org.briefbot.index.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefbot.index.TestBriefs.harbour;
import static org.briefbot.index.TestBriefs.place;
import static org.briefbot.index.TestBriefs.save;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.briefbot.core.Library;
import org.briefbot.index.Answer;
import org.briefbot.index.BriefIndex;
import org.briefbot.index.IndexOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several processes opening one empty index folder at once (a server and a few one-shot questions
 * started together): each answers from the folder, none deletes or damages another's generation,
 * and the folder ends with one good generation, named by CURRENT.
 */
class ConcurrentStartsTest {
  static final int PROCESSES = 6;
  static final String QUESTION = "What was the harbour budget of " + place(100) + "?";

  @TempDir Path briefs;
  @TempDir Path temp;

  @Test
  void processesStartingTogetherOnAnEmptyFolderAllAnswerFromOneGeneration() throws Exception {
    // Large enough that a build takes a good part of a second, so the starts overlap it.
    for (int i = 0; i < 400; i++) {
      save(
          briefs.resolve(place(i).toLowerCase() + ".md"),
          harbour(place(i).toLowerCase(), place(i), 1));
    }
    Path folder = temp.resolve("index");

    List<Process> processes = new ArrayList<>();
    List<Path> outputs = new ArrayList<>();
    for (int i = 0; i < PROCESSES; i++) {
      Path output = temp.resolve("process-" + i + ".log");
      outputs.add(output);
      processes.add(start(folder, output));
    }
    List<String> logs = new ArrayList<>();
    for (int i = 0; i < PROCESSES; i++) {
      boolean finished = processes.get(i).waitFor(2, TimeUnit.MINUTES);
      if (!finished) processes.get(i).destroyForcibly();
      String log = Files.readString(outputs.get(i), StandardCharsets.UTF_8);
      logs.add(log);
      assertThat(finished).as("process %d finished:%n%s", i, log).isTrue();
      assertThat(processes.get(i).exitValue()).as(log).isZero();
    }

    for (String log : logs) {
      assertThat(log)
          .as("each answered from the folder, with nothing to warn about")
          .contains("answered on disk: " + place(100).toLowerCase())
          .doesNotContain("WARNING")
          .doesNotContain("memory");
    }
    List<String> generations = generations(folder);
    assertThat(generations).hasSize(1);
    assertThat(Files.readString(folder.resolve(IndexStore.CURRENT), StandardCharsets.UTF_8))
        .isEqualTo(generations.get(0) + "\n");
    try (BriefIndex index =
        BriefIndex.open(Library.load(briefs), IndexOptions.defaults().withDirectory(folder))) {
      assertThat(index.generation()).isEqualTo(generations.get(0));
      assertThat(index.ask(QUESTION).hits().get(0).passage().briefId())
          .isEqualTo(place(100).toLowerCase());
    }
  }

  private Process start(Path folder, Path output) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-XX:+UseSerialGC");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(OpenAndAsk.class.getName());
    command.add(briefs.toString());
    command.add(folder.toString());
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(output.toFile())
        .start();
  }

  private static List<String> generations(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("gen-")).toList();
    }
  }

  /** One process: opens the index of a briefs folder kept in an index folder, and asks. */
  public static final class OpenAndAsk {
    public static void main(String[] args) {
      Library library = Library.load(Path.of(args[0]));
      try (BriefIndex index =
          BriefIndex.open(library, IndexOptions.defaults().withDirectory(Path.of(args[1])))) {
        Answer answer = index.ask(QUESTION);
        System.out.println(
            "answered "
                + (index.onDisk() ? "on disk: " : "from memory: ")
                + answer.hits().get(0).passage().briefId());
      }
    }
  }
}
