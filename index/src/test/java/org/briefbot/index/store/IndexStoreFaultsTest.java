package org.briefbot.index.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefbot.index.TestBriefs.harbour;
import static org.briefbot.index.TestBriefs.place;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.briefbot.core.Brief;
import org.briefbot.core.BriefParser;
import org.briefbot.core.Library;
import org.briefbot.index.Answer;
import org.briefbot.index.BriefIndex;
import org.briefbot.index.IndexOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An index folder that a disk (or a person) has damaged, or that cannot be written: the index is
 * rebuilt, or kept in memory, with one log line, and answers as before. A build that fails part way
 * never becomes current: the previous generation stays current and keeps answering.
 */
class IndexStoreFaultsTest {
  static final String SHIPS = "How many cargo ships did the lighthouse keepers of Kelvar count?";

  @TempDir Path briefs;
  @TempDir Path temp;
  Path folder;
  final List<LogRecord> logged = new CopyOnWriteArrayList<>();

  /** Held, so the logger (and its handler) is not collected while the test runs. */
  final Logger indexLogger = Logger.getLogger("org.briefbot.index");

  final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          if (record.getLevel().intValue() >= Level.WARNING.intValue()) logged.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void captureWarnings() {
    folder = temp.resolve("index");
    indexLogger.addHandler(capture);
  }

  @AfterEach
  void stopCapturing() {
    indexLogger.removeHandler(capture);
  }

  /** Damage done to the current generation (or to CURRENT) between two runs. */
  enum Damage {
    TRUNCATED_FILE(generation -> truncate(largestFile(generation))),
    CORRUPTED_BYTES(generation -> flipByteInTheMiddle(largestFile(generation))),
    SEGMENTS_FILE_DELETED(
        generation ->
            delete(
                filesOf(generation).stream()
                    .filter(f -> f.getFileName().toString().startsWith("segments_"))
                    .findFirst()
                    .orElseThrow())),
    ALL_FILES_EMPTIED(generation -> filesOf(generation).forEach(IndexStoreFaultsTest::empty)),
    GENERATION_DELETED(IndexStoreFaultsTest::deleteTree),
    GENERATION_REPLACED_BY_A_FILE(
        generation -> {
          deleteTree(generation);
          write(generation, "not an index");
        }),
    CURRENT_NAMES_NOTHING(
        generation -> write(generation.resolveSibling(IndexStore.CURRENT), "gen-0-missing\n")),
    CURRENT_ESCAPES_THE_FOLDER(
        generation -> write(generation.resolveSibling(IndexStore.CURRENT), "../../etc\n")),
    CURRENT_EMPTY(generation -> write(generation.resolveSibling(IndexStore.CURRENT), "")),
    CURRENT_BINARY(
        generation ->
            write(generation.resolveSibling(IndexStore.CURRENT), "\u0000\uFFFD\n\n\u0007"));

    final Consumer<Path> damage;

    Damage(Consumer<Path> damage) {
      this.damage = damage;
    }
  }

  @ParameterizedTest
  @EnumSource(Damage.class)
  void aDamagedIndexIsRebuiltWithOneLogLineAndAnswersAsBefore(Damage damage) throws IOException {
    Library library = library(1);
    String first;
    try (BriefIndex index = open(library)) {
      first = index.generation();
    }
    damage.damage.accept(folder.resolve(first));

    try (BriefIndex index = open(library)) {
      assertThat(index.generation()).startsWith("gen-").isNotEqualTo(first);
      assertThat(edition(index)).isEqualTo(1);
      assertThat(index.passageCount()).isEqualTo(library.passages().size());
    }
    assertThat(logged).as("warnings").hasSize(1);
    assertThat(logged.get(0).getLoggerName()).isEqualTo(IndexStore.class.getName());
    // The rebuilt generation is current, and the only one left.
    assertThat(Files.readString(folder.resolve(IndexStore.CURRENT)).strip()).isNotEqualTo(first);
    assertThat(generations()).hasSize(1);
  }

  @Test
  void aMissingFolderIsCreated() throws IOException {
    folder = temp.resolve("not").resolve("yet").resolve("there");

    try (BriefIndex index = open(library(1))) {
      assertThat(index.generation()).startsWith("gen-");
      assertThat(index.onDisk()).isTrue();
      assertThat(edition(index)).isEqualTo(1);
    }
    assertThat(logged).isEmpty();
    assertThat(generations()).hasSize(1);
  }

  @Test
  void aFileWhereTheFolderShouldBeKeepsTheIndexInMemoryWithOneLogLine() throws IOException {
    Files.writeString(folder, "a file, not a folder");

    try (BriefIndex index = open(library(1))) {
      assertThat(index.generation()).isEqualTo(IndexView.IN_MEMORY);
      assertThat(index.onDisk()).isFalse();
      assertThat(edition(index)).isEqualTo(1);
    }
    assertThat(logged)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.getMessage())
                  .isEqualTo(
                      "index folder {0} cannot be written ({1}); keeping the index in memory");
              assertThat(r.getParameters())
                  .containsExactly(folder, "FileAlreadyExistsException: " + folder);
            });
    assertThat(Files.readString(folder)).isEqualTo("a file, not a folder");
  }

  /**
   * A folder the process may not write. Permissions do not bind root (tests may run as root), so
   * there the folder is put under a file instead, which nobody can create folders in.
   */
  @Test
  void aFolderThatCannotBeWrittenKeepsTheIndexInMemoryWithOneLogLine() throws IOException {
    Path readOnly = Files.createDirectory(temp.resolve("read-only"));
    folder = readOnly.resolve("index");
    Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      if (permissionsBind(readOnly)) {
        try (BriefIndex index = open(library(1))) {
          assertThat(index.generation()).isEqualTo(IndexView.IN_MEMORY);
          assertThat(edition(index)).isEqualTo(1);
        }
      }
    } finally {
      Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    if (logged.isEmpty()) { // root: the same fault another way
      folder = Files.writeString(temp.resolve("plain-file"), "x").resolve("index");
      try (BriefIndex index = open(library(1))) {
        assertThat(index.generation()).isEqualTo(IndexView.IN_MEMORY);
        assertThat(edition(index)).isEqualTo(1);
      }
    }
    assertThat(logged)
        .singleElement()
        .satisfies(
            r -> assertThat(r.getMessage()).startsWith("index folder {0} cannot be written"));
  }

  /**
   * The disk fills up half way through writing a new generation: the build is abandoned and its
   * files removed, CURRENT still names the previous generation, which an open index keeps answering
   * from, and which the next start reuses as it is.
   */
  @Test
  void aWriteThatFailsPartWayThroughABuildNeverBecomesCurrent() throws IOException {
    Library first = library(1);
    Library second = library(2);
    try (BriefIndex running = open(first)) {
      String current = running.generation();
      long size = sizeOf(folder.resolve(current));

      // The disk fills; memory does not.
      IndexStore.Opened opened =
          IndexStore.openOrBuild(
              folder,
              second,
              (directory, library, data, earlier) ->
                  PassageDocuments.write(
                      directory instanceof org.apache.lucene.store.FSDirectory
                          ? new FailingDirectory(directory, size / 2)
                          : directory,
                      library,
                      data));

      // Answered from memory, complete: every passage of the new library.
      assertThat(opened.generation()).isEqualTo(IndexView.IN_MEMORY);
      try (DirectoryReader reader = DirectoryReader.open(opened.directory())) {
        assertThat(reader.numDocs()).isEqualTo(second.passages().size());
      }
      opened.directory().close();
      assertThat(logged)
          .singleElement()
          .satisfies(
              r -> assertThat(r.getParameters()[1].toString()).contains("No space left on device"));
      // On disk nothing changed: CURRENT, the one generation, the index answering from it.
      assertThat(Files.readString(folder.resolve(IndexStore.CURRENT), StandardCharsets.UTF_8))
          .isEqualTo(current + "\n");
      assertThat(generations()).containsExactly(current);
      assertThat(edition(running)).isEqualTo(1);

      try (BriefIndex next = open(first)) {
        assertThat(next.generation()).isEqualTo(current);
        assertThat(edition(next)).isEqualTo(1);
      }
    }
  }

  @Test
  void aBuildWhoseSwitchToCurrentFailsIsRemovedAndTheIndexKeptInMemory() throws IOException {
    Files.createDirectories(folder.resolve(IndexStore.CURRENT).resolve("in-the-way"));

    try (BriefIndex index = open(library(1))) {
      assertThat(index.generation()).isEqualTo(IndexView.IN_MEMORY);
      assertThat(edition(index)).isEqualTo(1);
    }
    assertThat(logged).hasSize(1);
    assertThat(generations()).isEmpty();
    try (Stream<Path> left = Files.list(folder)) {
      // The folder's lock file stays: a lock file deleted could be locked twice.
      assertThat(left.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(IndexStore.CURRENT, FolderLock.FILE);
    }
  }

  /** What a crash mid-build leaves: a generation with some files and no CURRENT pointing at it. */
  @Test
  void aHalfBuiltGenerationLeftByACrashIsNeverOpenedAndIsTidiedAway() throws IOException {
    Library first = library(1);
    String current;
    try (BriefIndex index = open(first)) {
      current = index.generation();
    }
    Path orphan = Files.createDirectory(folder.resolve("gen-9999999999999-crashed"));
    for (Path file : filesOf(folder.resolve(current))) {
      if (!file.getFileName().toString().startsWith("segments"))
        Files.copy(file, orphan.resolve(file.getFileName()));
    }

    try (BriefIndex index = open(first)) {
      assertThat(index.generation()).isEqualTo(current);
      assertThat(edition(index)).isEqualTo(1);
    }
    try (BriefIndex index = open(library(2))) {
      assertThat(edition(index)).isEqualTo(2);
      assertThat(generations()).containsExactly(index.generation());
    }
    assertThat(logged).isEmpty();
  }

  // ---- helpers

  private BriefIndex open(Library library) {
    return BriefIndex.open(library, IndexOptions.defaults().withDirectory(folder));
  }

  /** Kelvar at {@code edition} and a few other harbours. */
  private static Library library(int edition) {
    List<Brief> briefs = new ArrayList<>();
    briefs.add(BriefParser.parse("kelvar.md", harbour("kelvar", "Kelvar", edition)));
    for (int i = 0; i < 20; i++) {
      briefs.add(BriefParser.parse(place(i) + ".md", harbour(place(i).toLowerCase(), place(i), 1)));
    }
    return Library.of(briefs);
  }

  private static int edition(BriefIndex index) {
    Answer answer = index.ask(SHIPS);
    assertThat(answer.hits()).isNotEmpty();
    String text = answer.hits().get(0).passage().text();
    assertThat(text).contains("Kelvar");
    var m = java.util.regex.Pattern.compile("edition (\\d+)").matcher(text);
    assertThat(m.find()).isTrue();
    return Integer.parseInt(m.group(1));
  }

  private List<String> generations() throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("gen-")).toList();
    }
  }

  private static boolean permissionsBind(Path readOnly) {
    try {
      Files.delete(Files.createFile(readOnly.resolve("probe")));
      return false;
    } catch (IOException e) {
      return true;
    }
  }

  static List<Path> filesOf(Path generation) {
    try (Stream<Path> files = Files.list(generation)) {
      return files
          .filter(Files::isRegularFile)
          .filter(f -> !f.getFileName().toString().equals("write.lock"))
          .toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static Path largestFile(Path generation) {
    return filesOf(generation).stream()
        .max(Comparator.comparingLong(IndexStoreFaultsTest::size))
        .orElseThrow();
  }

  static long sizeOf(Path generation) {
    return filesOf(generation).stream().mapToLong(IndexStoreFaultsTest::size).sum();
  }

  static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static void truncate(Path file) {
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.setLength(raf.length() / 2);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static void flipByteInTheMiddle(Path file) {
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      long middle = raf.length() / 2;
      raf.seek(middle);
      int b = raf.read();
      raf.seek(middle);
      raf.write(b ^ 0xFF);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static void empty(Path file) {
    write(file, "");
  }

  static void delete(Path file) {
    try {
      Files.delete(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static void deleteTree(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static void write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * A directory whose files together may hold only so many bytes: then "No space left on device".
   */
  static final class FailingDirectory extends FilterDirectory {
    private final AtomicLong left;

    FailingDirectory(Directory in, long bytes) {
      super(in);
      this.left = new AtomicLong(bytes);
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) throws IOException {
      return new FailingOutput(super.createOutput(name, context));
    }

    @Override
    public IndexOutput createTempOutput(String prefix, String suffix, IOContext context)
        throws IOException {
      return new FailingOutput(super.createTempOutput(prefix, suffix, context));
    }

    private final class FailingOutput extends IndexOutput {
      private final IndexOutput out;

      FailingOutput(IndexOutput out) {
        super(out.toString(), out.getName());
        this.out = out;
      }

      private void take(long bytes) throws IOException {
        if (left.addAndGet(-bytes) < 0) throw new IOException("No space left on device");
      }

      @Override
      public void writeByte(byte b) throws IOException {
        take(1);
        out.writeByte(b);
      }

      @Override
      public void writeBytes(byte[] b, int offset, int length) throws IOException {
        take(length);
        out.writeBytes(b, offset, length);
      }

      @Override
      public long getFilePointer() {
        return out.getFilePointer();
      }

      @Override
      public long getChecksum() throws IOException {
        return out.getChecksum();
      }

      @Override
      public void close() throws IOException {
        out.close();
      }
    }
  }
}
