package org.briefbot.semantic;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;
import org.briefbot.index.PrivateFolders;

/**
 * Where the model's native libraries go, and the checks that keep anyone else's code out of them.
 * Left to themselves, ONNX Runtime unpacks its libraries into a new {@code onnxruntime-java*}
 * folder of the temp folder on every start, the tokenizer's runtime (DJL) into {@code ~/.djl.ai}
 * (and may download a library it lacks), and JNA into {@code ~/.cache/JNA}. Here all three go into
 * one folder of the user's own cache that every run reuses.
 *
 * <p>Native code runs as the user, so the folder must be one no other local user can write: a
 * predictable name in a shared temp folder would let them plant a library of their own first. The
 * folder is {@value #FOLDER_VARIABLE} when set, else {@code $XDG_CACHE_HOME/briefbot/native}, else
 * {@code ~/.cache/briefbot/native}; it is created owner-only and, before anything is loaded from
 * it, must be owned by the user, writable by no one else and not a symbolic link ({@link
 * PrivateFolders}). Each library is checked against the jar's bytes (the jar entry's CRC-32) before
 * use, not just its size. A folder that fails is not used: the libraries are unpacked afresh into a
 * new private temp folder, with one line saying why.
 */
final class NativeLibraries {
  static final String FOLDER_PROPERTY = "briefbot.native.dir";
  static final String FOLDER_VARIABLE = "BRIEFBOT_NATIVE_DIR";
  private static final System.Logger LOG = System.getLogger(NativeLibraries.class.getName());
  private static final List<String> ONNX_LIBRARIES = List.of("onnxruntime", "onnxruntime4j_jni");

  private NativeLibraries() {}

  /**
   * The folder to use, from {@code env} ({@value #FOLDER_VARIABLE}, {@code XDG_CACHE_HOME}) and the
   * {@value #FOLDER_PROPERTY} property; empty when there is no home folder to cache in.
   */
  static Optional<Path> folder(Map<String, String> env) {
    String configured = System.getProperty(FOLDER_PROPERTY, env.get(FOLDER_VARIABLE));
    if (configured != null && !configured.isBlank()) return Optional.of(Path.of(configured));
    String xdg = env.get("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
      return Optional.of(Path.of(xdg, "briefbot", "native"));
    }
    String home = System.getProperty("user.home");
    if (home == null || home.isBlank() || home.equals("?") || !Files.isDirectory(Path.of(home))) {
      return Optional.empty();
    }
    return Optional.of(Path.of(home, ".cache", "briefbot", "native"));
  }

  /**
   * Points ONNX Runtime, DJL and JNA at a private folder ({@code folder} when it passes the checks,
   * else a fresh private temp folder), unpacking ONNX Runtime's libraries there unless an earlier
   * run did. Must run before the model's classes load them.
   *
   * @return the folder used
   */
  static synchronized Path configure(Optional<Path> folder) {
    Path used = privateFolder(folder);
    if (used == null) return null;
    setUnlessSet("ENGINE_CACHE_DIR", used.resolve("djl").toString());
    // The tokenizer's library is in the jar; never let DJL look for one on the network.
    setUnlessSet("ai.djl.offline", "true");
    setUnlessSet("jna.tmpdir", used.resolve("jna").toString());
    if (System.getProperty("onnxruntime.native.path") == null) {
      Path onnx = unpackOnnxRuntime(used);
      if (onnx != null) System.setProperty("onnxruntime.native.path", onnx.toString());
    }
    return used;
  }

  /** {@code folder} made or checked private, else a new private temp folder; null if neither. */
  static Path privateFolder(Optional<Path> folder) {
    String why = "no home folder to cache them in";
    if (folder.isPresent()) {
      try {
        Path checked = PrivateFolders.ensure(folder.get());
        PrivateFolders.ensure(checked.resolve("djl"));
        PrivateFolders.ensure(checked.resolve("jna"));
        return checked;
      } catch (IOException e) {
        why = e.getMessage();
      }
    }
    try {
      Path fresh = PrivateFolders.freshTemporary("briefbot-native-");
      LOG.log(
          Level.WARNING,
          "native libraries: not using {0}; unpacking into the private folder" + " {1} instead",
          why,
          fresh);
      return fresh;
    } catch (IOException e) {
      LOG.log(
          Level.WARNING,
          "native libraries: no private folder to unpack into ({0})",
          e.getMessage());
      return null;
    }
  }

  private static void setUnlessSet(String property, String value) {
    if (System.getProperty(property) == null && System.getenv(property) == null) {
      System.setProperty(property, value);
    }
  }

  /**
   * The folder holding this platform's ONNX Runtime libraries, unpacked from the jar unless a good
   * copy is there; null when the jar has none for this platform (ONNX Runtime then reports it) or
   * they cannot be written.
   */
  static Path unpackOnnxRuntime(Path folder) {
    String platform = onnxPlatform();
    try {
      String crc = null;
      for (String library : ONNX_LIBRARIES) {
        URL resource = resource(platform, library);
        if (resource == null) return null;
        if (crc == null) crc = Long.toHexString(contentCrc(resource));
      }
      Path target = PrivateFolders.ensure(folder.resolve("onnxruntime-" + platform + "-" + crc));
      for (String library : ONNX_LIBRARIES) {
        URL resource = resource(platform, library);
        Path file = target.resolve(System.mapLibraryName(library));
        if (isGoodCopy(file, resource)) continue;
        // Another process may unpack at the same moment: each writes its own file, then renames,
        // so a library is never seen half-written.
        Path temp = Files.createTempFile(target, "." + library, ".part");
        try (InputStream in = resource.openStream()) {
          Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
          try {
            Files.move(
                temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
          } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
          }
        } finally {
          Files.deleteIfExists(temp);
        }
        if (!isGoodCopy(file, resource)) {
          throw new IOException(file + " does not hold the bytes just written");
        }
      }
      return target;
    } catch (IOException e) {
      LOG.log(
          Level.WARNING,
          "cannot unpack ONNX Runtime into {0} ({1}); it unpacks into the" + " temp folder instead",
          folder,
          e.getMessage());
      return null;
    }
  }

  /** True when {@code file} is ours alone and holds exactly the jar's bytes. */
  private static boolean isGoodCopy(Path file, URL resource) throws IOException {
    if (!Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return false;
    if (PrivateFolders.fileProblem(file).isPresent()) {
      // A link or a file someone else could change: replaced, never loaded.
      LOG.log(
          Level.WARNING,
          "native libraries: replacing {0} ({1})",
          file,
          PrivateFolders.fileProblem(file).get());
      Files.delete(file);
      return false;
    }
    return crc(file) == contentCrc(resource);
  }

  private static long crc(Path file) throws IOException {
    CRC32 crc = new CRC32();
    try (InputStream in = Files.newInputStream(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      byte[] buffer = new byte[1 << 16];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) crc.update(buffer, 0, n);
    }
    return crc.getValue();
  }

  private static URL resource(String platform, String library) {
    return NativeLibraries.class
        .getClassLoader()
        .getResource("ai/onnxruntime/native/" + platform + "/" + System.mapLibraryName(library));
  }

  /** ONNX Runtime's name for this platform's folder in its jar, e.g. linux-x64. */
  static String onnxPlatform() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    String osName =
        os.contains("mac") || os.contains("darwin")
            ? "osx"
            : os.startsWith("win") ? "win" : "linux";
    String archName =
        arch.equals("amd64") || arch.equals("x86_64")
            ? "x64"
            : arch.equals("aarch64") || arch.equals("arm64") ? "aarch64" : arch;
    return osName + "-" + archName;
  }

  /** The CRC-32 of the library's bytes: the jar entry's, else computed from the resource. */
  private static long contentCrc(URL resource) throws IOException {
    URLConnection connection = resource.openConnection();
    if (connection instanceof JarURLConnection jar
        && jar.getJarEntry() != null
        && jar.getJarEntry().getCrc() >= 0) {
      return jar.getJarEntry().getCrc();
    }
    CRC32 crc = new CRC32();
    try (InputStream in = resource.openStream()) {
      byte[] buffer = new byte[1 << 16];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) crc.update(buffer, 0, n);
    }
    return crc.getValue();
  }
}
