package org.briefbot.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The briefs questions are answered from: the bundled brief, or every brief file in a folder. Brief
 * ids are unique within a library.
 */
public final class Library {
  /** The brief that ships inside briefbot-core. */
  public static final String BUNDLED_FILE = "csds-2024-10-south-korea-nato.txt";

  private static final System.Logger LOG = System.getLogger(Library.class.getName());

  /** The stage {@link #load(Path, Progress)} reports. */
  public static final String READING = "reading briefs";

  private final List<Brief> briefs;
  private final Map<String, Brief> byId;
  private final String fingerprint;
  private final List<String> skipped;

  private Library(List<Brief> briefs, List<String> sources, String fingerprint) {
    this(briefs, sources, fingerprint, List.of());
  }

  private Library(
      List<Brief> briefs, List<String> sources, String fingerprint, List<String> skipped) {
    this.briefs = List.copyOf(briefs);
    this.skipped = List.copyOf(skipped);
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
   * Every brief file under {@code folder} ({@link #briefFiles}), in file name order. Hidden files
   * and folders are skipped. A published brief (a PDF, a web page) that cannot be read is skipped
   * too, with one warning naming it and why ({@link #skipped()}), so one bad download does not stop
   * a folder; a text brief that does not parse is an error to fix.
   *
   * @throws LibraryException when the folder is missing, unreadable or holds no brief, or when two
   *     briefs share an id
   * @throws BriefFormatException when a text file is not a valid brief
   */
  public static Library load(Path folder) {
    return load(folder, Progress.NONE);
  }

  /** As {@link #load(Path)}, telling {@code progress} of each file read ("reading briefs"). */
  public static Library load(Path folder, Progress progress) {
    List<Path> files = filesOf(folder);
    int n = files.size();
    Brief[] briefs = new Brief[n];
    byte[][] digests = new byte[n][];
    RuntimeException[] failures = new RuntimeException[n];
    AtomicInteger finished = new AtomicInteger();
    // Files are read and parsed independently, so a large folder is spread over the cores; the
    // first bad file in name order is reported, as one by one would.
    IntStream.range(0, n)
        .parallel()
        .forEach(
            i -> {
              String name = files.get(i).toString();
              try {
                byte[] bytes = BriefParser.bytes(files.get(i));
                digests[i] = sha256().digest(bytes);
                briefs[i] = BriefParser.parse(name, bytes);
              } catch (RuntimeException e) {
                failures[i] = e;
              }
              // Counted under the lock so the counts arrive in order and reach n once.
              synchronized (finished) {
                progress.advanced(READING, finished.incrementAndGet(), n);
              }
            });
    List<String> skipped = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      RuntimeException failure = failures[i];
      if (failure == null) continue;
      if (!(failure instanceof BriefFormatException)
          || !BriefParser.isPublished(files.get(i).toString())) {
        throw failure;
      }
      skipped.add(failure.getMessage());
    }
    MessageDigest sha = sha256();
    List<Brief> loaded = new ArrayList<>(n);
    List<String> sources = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      update(
          sha,
          folder,
          files.get(i),
          digests[i] != null
              ? digests[i]
              : sha256().digest(failures[i].getMessage().getBytes(StandardCharsets.UTF_8)));
      if (briefs[i] == null) continue;
      loaded.add(briefs[i]);
      sources.add(files.get(i).toString());
    }
    if (loaded.isEmpty()) {
      throw new LibraryException(
          "briefs folder "
              + folder
              + " has no brief that can be read: "
              + String.join("; ", skipped));
    }
    for (String reason : skipped) LOG.log(System.Logger.Level.WARNING, "skipped {0}", reason);
    return new Library(loaded, sources, HexFormat.of().formatHex(sha.digest()), skipped);
  }

  /**
   * The published briefs that {@link #load} skipped, each as {@code file: reason} (encrypted, no
   * text, not a PDF); empty for a library of text briefs.
   */
  public List<String> skipped() {
    return skipped;
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

  /** ".txt or .md", or with the readers' types: ".txt, .md, .htm, .html or .pdf". */
  private static String fileTypes() {
    List<String> types = new ArrayList<>(List.of(".txt", ".md"));
    BriefReaders.extensions().forEach(extension -> types.add("." + extension));
    return String.join(", ", types.subList(0, types.size() - 1))
        + " or "
        + types.get(types.size() - 1);
  }

  /**
   * The bytes to fingerprint a file by. A published brief too large to read is skipped by {@link
   * #load}, not an error, so it counts by its reason (which names its size).
   */
  private static byte[] read(Path file) {
    try {
      return BriefParser.bytes(file);
    } catch (BriefFormatException e) {
      if (!BriefParser.isPublished(file.toString())) throw e;
      return e.getMessage().getBytes(StandardCharsets.UTF_8);
    }
  }

  private static List<Path> filesOf(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new LibraryException("briefs folder " + folder + " does not exist or is not a folder");
    }
    List<Path> files = briefFiles(folder);
    if (files.isEmpty()) {
      throw new LibraryException(
          "briefs folder " + folder + " has no brief files (" + fileTypes() + ")");
    }
    return files;
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

  /**
   * The brief files {@link #load} would read, in the order it reads them. A published brief (a PDF,
   * a web page) with a text brief of the same name beside it ({@code x.pdf} and {@code x.md}) is
   * left out: the text is the one a person corrected.
   */
  public static List<Path> briefFiles(Path folder) {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files =
          walk.filter(Files::isRegularFile)
              .filter(BriefParser::isBriefFile)
              .filter(p -> !isHidden(folder.relativize(p)))
              .sorted()
              .toList();
    } catch (IOException | UncheckedIOException e) {
      throw new LibraryException("cannot read briefs folder " + folder + ": " + e.getMessage());
    }
    Set<Path> corrected = new HashSet<>();
    for (Path file : files) {
      String name = file.getFileName().toString();
      if (BriefParser.isText(name)) corrected.add(file.resolveSibling(BriefParser.stem(name)));
    }
    return files.stream()
        .filter(
            p ->
                BriefParser.isText(p.getFileName().toString())
                    || !corrected.contains(
                        p.resolveSibling(BriefParser.stem(p.getFileName().toString()))))
        .toList();
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
