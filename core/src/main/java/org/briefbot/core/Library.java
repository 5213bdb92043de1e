package org.briefbot.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The briefs questions are answered from: the bundled brief, or every brief file in a folder.
 * Brief ids are unique within a library.
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
        throw new LibraryException("two briefs have the id " + brief.id() + ": " + previous
            + " and " + sources.get(i) + " (give one an \"Id:\" header line)");
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
    List<byte[]> texts = briefs.stream()
        .map(b -> BriefWriter.plainText(b).getBytes(java.nio.charset.StandardCharsets.UTF_8))
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
    if (!Files.isDirectory(folder)) {
      throw new LibraryException("briefs folder " + folder + " does not exist or is not a folder");
    }
    List<Path> files = briefFiles(folder);
    if (files.isEmpty()) {
      throw new LibraryException("briefs folder " + folder + " has no brief files (.txt or .md)");
    }
    List<Brief> briefs = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    List<byte[]> contents = new ArrayList<>();
    for (Path file : files) {
      Brief brief = BriefParser.read(file);
      briefs.add(brief);
      sources.add(file.toString());
      contents.add((file + "\n" + BriefWriter.plainText(brief))
          .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    return new Library(briefs, sources, digest(contents));
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
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (byte[] content : contents) {
        sha.update(content);
        sha.update((byte) 0);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
