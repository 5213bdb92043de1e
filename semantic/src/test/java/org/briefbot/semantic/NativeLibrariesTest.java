package org.briefbot.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Native libraries go into one reused folder, and nowhere else: two runs of a program that loads
 * the model, each in its own JVM with its own temp and home folders, leave the same files in the
 * native folder and nothing in the home folder or elsewhere in the temp folder.
 */
class NativeLibrariesTest {
  @TempDir Path tmp;
  @TempDir Path home;

  @Test
  void twoRunsUnpackOnceIntoOneFolderAndLeaveNothingElseBehind() throws Exception {
    run();
    List<String> afterFirst = tree(tmp);
    run();
    List<String> afterSecond = tree(tmp);

    String folder = "briefbot-native-" + System.getProperty("user.name").replaceAll("[^A-Za-z0-9._-]", "_");
    assertThat(afterSecond).isEqualTo(afterFirst);
    assertThat(afterSecond).allSatisfy(path -> assertThat(path).startsWith(folder));
    assertThat(afterSecond).anySatisfy(path -> assertThat(path)
        .matches(folder + "/onnxruntime-[a-z0-9]+-[a-z0-9]+-[0-9a-f]+/" + System.mapLibraryName("onnxruntime")));
    assertThat(afterSecond).anySatisfy(path -> assertThat(path)
        .startsWith(folder + "/djl/tokenizers/").endsWith(System.mapLibraryName("tokenizers")));
    assertThat(tree(home)).isEmpty();
  }

  @Test
  void aConfiguredFolderIsUsedInstead() throws Exception {
    Path configured = tmp.resolve("configured");
    run("-D" + NativeLibraries.FOLDER_PROPERTY + "=" + configured);

    assertThat(tree(tmp)).allSatisfy(path -> assertThat(path).startsWith("configured"))
        .anySatisfy(path -> assertThat(path).endsWith(System.mapLibraryName("onnxruntime")));
    assertThat(tree(home)).isEmpty();
  }

  /** Runs {@link LoadModel} in a new JVM with this test's temp and home folders. */
  private void run(String... properties) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Djava.io.tmpdir=" + tmp);
    command.add("-Duser.home=" + home);
    command.addAll(List.of(properties));
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(LoadModel.class.getName());
    Path output = Files.createTempFile("load-model", ".log");
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(output.toFile()).start();
      boolean finished = process.waitFor(2, TimeUnit.MINUTES);
      if (!finished) process.destroyForcibly();
      String log = Files.readString(output, StandardCharsets.UTF_8);
      assertThat(finished).as("model loaded within 2 minutes:%n%s", log).isTrue();
      assertThat(process.exitValue()).as(log).isZero();
      assertThat(log).contains("dimension 384");
    } finally {
      Files.delete(output);
    }
  }

  /** Every file and folder under root, as relative paths with forward slashes, sorted. */
  private static List<String> tree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> !p.equals(root))
          .filter(p -> !p.getFileName().toString().startsWith("hsperfdata_"))
          .filter(p -> !p.toString().contains(File.separator + "hsperfdata_"))
          .map(p -> root.relativize(p).toString().replace(File.separatorChar, '/'))
          .sorted().toList();
    }
  }
}
