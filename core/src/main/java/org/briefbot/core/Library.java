package org.briefbot.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The briefs questions are answered from: the bundled brief, or every brief file in a folder. Brief
 * ids are unique within a library.
 */
public final class Library {
  /** The brief that ships inside briefbot-core. */
  public static final String BUNDLED_FILE = "csds-2024-10-south-korea-nato.txt";

  private final List<Brief> briefs;
  private final Map<String, Brief> byId;
  private final String fingerprint;

  private Library(List<Brief> briefs, List<String> sources, String fingerprint) {
    this.briefs = List.copyOf(briefs);
    Map<String, Brief> ids = new HashMap<>();
    Map<String, String> fileOf = new HashMap<>();
    for (int i = 0; i < briefs.size(); i++) {
      Brief brief = briefs.get(i);
      String previous = fileOf.putIfAbsent(brief.id(), sources.get(i));
      if (previous != null) {
        throw new LibraryException(
            "two briefs have the id "
                + brief.id()
                + ": "
                + previous
                + " and "
                + sources.get(i)
                + " (give one an \"Id:\" header line)");
      }
      ids.put(brief.id(), brief);
    }
    this.byId = Map.copyOf(ids);
    this.fingerprint = fingerprint;
  }

  /** The bundled brief alone. */
  public static Library bundled() {
    try (InputStream in = Library.class.getResourceAsStream("bundled/" + BUNDLED_FILE)) {
      if (in == null) throw new IllegalStateException("bundled brief missing from the jar");
      byte[] bytes = in.readAllBytes();
      Brief brief = BriefParser.parse(BUNDLED_FILE, bytes);
      return new Library(List.of(brief), List.of(BUNDLED_FILE), digest(List.of(bytes)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Briefs built in code, for tests and embedding; {@code fingerprint} identifies the content. */
  public static Library of(List<Brief> briefs) {
    List<String> sources = briefs.stream().map(b -> b.metadata().sourceFile()).toList();
    List<byte[]> texts =
        briefs.stream()
            .map(b -> BriefWriter.plainText(b).getBytes(StandardCharsets.UTF_8))
            .toList();
    return new Library(briefs, sources, digest(texts));
  }

  /**
   * Every {@code .txt}, {@code .md} and {@code .markdown} file under {@code folder}, in file name
   * order. Hidden files and folders are skipped.
   *
   * @throws LibraryException when the folder is missing, unreadable or holds no brief, or when two
   *     briefs share an id
   * @throws BriefFormatException when a file is not a valid brief
   */
  public static Library load(Path folder) {
    List<Path> files = filesOf(folder);
    int n = files.size();
    Brief[] briefs = new Brief[n];
    byte[][] digests = new byte[n][];
    RuntimeException[] failures = new RuntimeException[n];
    // Files are read and parsed independently, so a large folder is spread over the cores; the
    // first bad file in name order is reported, as one by one would.
    IntStream.range(0, n)
        .parallel()
        .forEach(
            i -> {
              try {
                byte[] bytes = read(files.get(i));
                digests[i] = sha256().digest(bytes);
                briefs[i] = BriefParser.parse(files.get(i).toString(), bytes);
              } catch (RuntimeException e) {
                failures[i] = e;
              }
            });
    for (RuntimeException failure : failures) {
      if (failure != null) throw failure;
    }
    MessageDigest sha = sha256();
    List<String> sources = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      update(sha, folder, files.get(i), digests[i]);
      sources.add(files.get(i).toString());
    }
    return new Library(List.of(briefs), sources, HexFormat.of().formatHex(sha.digest()));
  }

  /**
   * The {@link #fingerprint()} that {@link #load} would give for {@code folder} now, from the
   * files' names and bytes alone, without parsing them: an index built earlier can be checked
   * against it before any brief is parsed. Equal bytes under equal names give an equal fingerprint,
   * however often the files are rewritten; a changed, added or removed file changes it.
   *
   * @throws LibraryException when the folder is missing, unreadable or holds no brief
   * @throws BriefFormatException when a file cannot be read
   */
  public static String fingerprint(Path folder) {
    MessageDigest sha = sha256();
    for (Path file : filesOf(folder)) update(sha, folder, file, sha256().digest(read(file)));
    return HexFormat.of().formatHex(sha.digest());
  }

  private static List<Path> filesOf(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new LibraryException("briefs folder " + folder + " does not exist or is not a folder");
    }
    List<Path> files = briefFiles(folder);
    if (files.isEmpty()) {
      throw new LibraryException("briefs folder " + folder + " has no brief files (.txt or .md)");
    }
    return files;
  }

  /**
   * A file's bytes, read once, so the fingerprint and the parsed brief always describe the same
   * content even while the file is being rewritten. Problems read as {@link BriefParser#read} words
   * them.
   */
  private static byte[] read(Path file) {
    try {
      long size = Files.size(file);
      if (size > BriefParser.MAX_BYTES) {
        throw new BriefFormatException(
            file.toString(),
            1,
            String.format(
                Locale.ROOT,
                "too large for a brief (%.1f MB; the limit is %d MB)",
                size / 1048576.0,
                BriefParser.MAX_BYTES / 1048576));
      }
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new BriefFormatException(file.toString(), 1, "no such file");
    } catch (IOException e) {
      throw new BriefFormatException(
          file.toString(), 1, "cannot read the file (" + e.getMessage() + ")");
    }
  }

  /**
   * Adds one file, by its name and the digest of its bytes. Names count as well as bytes (the id
   * may come from the file name), relative to the folder so that moving the folder keeps the
   * fingerprint.
   */
  private static void update(MessageDigest sha, Path folder, Path file, byte[] contentDigest) {
    String name = folder.relativize(file).toString().replace('\\', '/');
    sha.update(name.getBytes(StandardCharsets.UTF_8));
    sha.update((byte) 0);
    sha.update(contentDigest);
  }

  /** The brief files {@link #load} would read, in the order it reads them. */
  public static List<Path> briefFiles(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile)
          .filter(BriefParser::isBriefFile)
          .filter(p -> !isHidden(folder.relativize(p)))
          .sorted()
          .toList();
    } catch (IOException | UncheckedIOException e) {
      throw new LibraryException("cannot read briefs folder " + folder + ": " + e.getMessage());
    }
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) return true;
    }
    return false;
  }

  public List<Brief> briefs() {
    return briefs;
  }

  public Optional<Brief> brief(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The passage with this id in any brief, e.g. {@code csds-2024-10#s2p3}. */
  public Optional<Passage> passage(String passageId) {
    int hash = passageId.indexOf('#');
    if (hash < 0) return Optional.empty();
    return brief(passageId.substring(0, hash)).flatMap(b -> b.passage(passageId));
  }

  /** Every passage of every brief, brief by brief in reading order. */
  public List<Passage> passages() {
    List<Passage> all = new ArrayList<>();
    for (Brief brief : briefs) all.addAll(brief.passages());
    return all;
  }

  /** A hex digest of the library's content: equal content, equal fingerprint. */
  public String fingerprint() {
    return fingerprint;
  }

  private static String digest(List<byte[]> contents) {
    MessageDigest sha = sha256();
    for (byte[] content : contents) {
      sha.update(content);
      sha.update((byte) 0);
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
