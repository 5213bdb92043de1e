package org.briefbot.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Native libraries are loaded only from a folder no one else can write. Each case runs a program
 * that loads the model ({@link LoadModel}) in its own JVM, with this test's temp and home folders,
 * and reads back which folder ONNX Runtime loaded from.
 */
class NativeLibrariesTest {
  private static final String ONNX = System.mapLibraryName("onnxruntime");
  private static final Pattern LOADED_FROM = Pattern.compile("onnxruntime from (.+)");

  @TempDir Path tmp;
  @TempDir Path home;

  @Test
  void librariesGoIntoTheUsersCacheOwnerOnlyAndTwoRunsShareOneCopy() throws Exception {
    Path loaded = loadedFrom(run());
    List<String> afterFirst = tree(home);
    Path second = loadedFrom(run());

    Path cache = home.resolve(".cache/briefbot/native");
    assertThat(loaded).isEqualTo(second).startsWith(cache);
    assertThat(tree(home))
        .isEqualTo(afterFirst)
        .anySatisfy(
            path ->
                assertThat(path)
                    .matches(
                        ".cache/briefbot/native/onnxruntime-[a-z0-9]+-[a-z0-9]+-[0-9a-f]+/" + ONNX))
        .anySatisfy(path -> assertThat(path).startsWith(".cache/briefbot/native/djl/tokenizers/"));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cache)))
        .isEqualTo("rwx------");
    assertThat(tree(tmp)).isEmpty();
  }

  @Test
  void aFolderOthersCanWriteIsNotUsedAndItsPlantedLibraryIsLeftUntouched() throws Exception {
    Path shared = tmp.resolve("shared");
    Path planted = plantBeside(shared);
    Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
    byte[] before = Files.readAllBytes(planted);

    String log = run("-D" + NativeLibraries.FOLDER_PROPERTY + "=" + shared);

    assertThat(loadedFrom(log).startsWith(shared)).isFalse();
    assertThat(log).contains("can be written by other users");
    assertThat(Files.readAllBytes(planted)).isEqualTo(before);
  }

  @Test
  void aLibraryWithOtherBytesOfTheRightSizeIsReplacedBeforeLoading() throws Exception {
    Path folder = tmp.resolve("mine");
    Path planted = plantBeside(folder);
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));

    String log = run("-D" + NativeLibraries.FOLDER_PROPERTY + "=" + folder);

    assertThat(loadedFrom(log)).isEqualTo(planted.getParent());
    assertThat(Files.readAllBytes(planted)).isNotEqualTo(new byte[(int) Files.size(planted)]);
  }

  @Test
  void aSymbolicLinkInPlaceOfTheFolderOrOfALibraryIsRefused() throws Exception {
    Path elsewhere = Files.createDirectory(tmp.resolve("elsewhere"));
    Path link = Files.createSymbolicLink(tmp.resolve("linked"), elsewhere);

    String log = run("-D" + NativeLibraries.FOLDER_PROPERTY + "=" + link);

    assertThat(loadedFrom(log).startsWith(link) || loadedFrom(log).startsWith(elsewhere)).isFalse();
    assertThat(log).contains("is a symbolic link");
    assertThat(tree(elsewhere)).isEmpty();

    Path folder = tmp.resolve("mine");
    Path library = plantBeside(folder);
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
    Path target = Files.move(library, tmp.resolve("target.so"));
    byte[] targetBytes = Files.readAllBytes(target);
    Files.createSymbolicLink(library, target);

    String second = run("-D" + NativeLibraries.FOLDER_PROPERTY + "=" + folder);

    assertThat(loadedFrom(second)).isEqualTo(library.getParent());
    assertThat(Files.isSymbolicLink(library)).isFalse();
    assertThat(Files.readAllBytes(target)).isEqualTo(targetBytes);
  }

  @Test
  void twoProcessesUnpackingAtOnceBothWorkAndLeaveOneGoodCopy() throws Exception {
    Path folder = tmp.resolve("together");
    List<Process> processes = new ArrayList<>();
    List<Path> logs = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      Path log = tmp.resolve("run-" + i + ".log");
      logs.add(log);
      processes.add(start(log, "-D" + NativeLibraries.FOLDER_PROPERTY + "=" + folder));
    }
    for (int i = 0; i < 2; i++) {
      assertThat(processes.get(i).waitFor(2, TimeUnit.MINUTES)).isTrue();
      String log = Files.readString(logs.get(i), StandardCharsets.UTF_8);
      assertThat(processes.get(i).exitValue()).as(log).isZero();
      assertThat(loadedFrom(log)).startsWith(folder);
    }
    assertThat(tree(folder)).filteredOn(path -> path.endsWith(ONNX)).hasSize(1);
    assertThat(tree(folder)).noneSatisfy(path -> assertThat(path).endsWith(".part"));
  }

  /**
   * Runs {@link LoadModel} once with the folder empty, to learn the library's place and size, then
   * puts a file of zeros of that size there, as another user would plant one.
   */
  private Path plantBeside(Path folder) throws Exception {
    Path real =
        loadedFrom(run("-D" + NativeLibraries.FOLDER_PROPERTY + "=" + folder)).resolve(ONNX);
    long size = Files.size(real);
    Files.write(real, new byte[(int) size]);
    return real;
  }

  private static Path loadedFrom(String log) {
    Matcher m = LOADED_FROM.matcher(log);
    assertThat(m.find()).as(log).isTrue();
    return Path.of(m.group(1).strip());
  }

  /** Runs {@link LoadModel} in a new JVM with this test's temp and home folders; its output. */
  private String run(String... properties) throws IOException, InterruptedException {
    Path output = Files.createTempFile("load-model", ".log");
    try {
      Process process = start(output, properties);
      boolean finished = process.waitFor(2, TimeUnit.MINUTES);
      if (!finished) process.destroyForcibly();
      String log = Files.readString(output, StandardCharsets.UTF_8);
      assertThat(finished).as("model loaded within 2 minutes:%n%s", log).isTrue();
      assertThat(process.exitValue()).as(log).isZero();
      assertThat(log).contains("dimension 384");
      return log;
    } finally {
      Files.delete(output);
    }
  }

  private Process start(Path output, String... properties) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Djava.io.tmpdir=" + tmp);
    command.add("-Duser.home=" + home);
    command.addAll(List.of(properties));
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(LoadModel.class.getName());
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
    builder.environment().remove("XDG_CACHE_HOME");
    builder.environment().remove(NativeLibraries.FOLDER_VARIABLE);
    return builder.start();
  }

  /** Every file and folder under root, as relative paths with forward slashes, sorted. */
  private static List<String> tree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> !p.equals(root))
          .filter(p -> !p.toString().contains("hsperfdata_"))
          .filter(p -> !p.getFileName().toString().endsWith(".log"))
          .map(p -> root.relativize(p).toString().replace(File.separatorChar, '/'))
          .sorted()
          .toList();
    }
  }
}
