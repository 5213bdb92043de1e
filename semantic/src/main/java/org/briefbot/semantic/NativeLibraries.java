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

/**
 * Where the model's native libraries go. Left to themselves, ONNX Runtime unpacks its libraries
 * into a new {@code onnxruntime-java*} folder of the temp folder on every start (and leaves the
 * folder behind), the tokenizer's runtime (DJL) unpacks into {@code ~/.djl.ai} and may download
 * a library it lacks, and JNA makes {@code ~/.cache/JNA}. Here all three go into one folder that
 * every run reuses: each library is unpacked once, into a sub-folder named after its content, so
 * nothing piles up across runs and nothing is written to the home folder or fetched.
 *
 * <p>The folder is {@value #FOLDER_PROPERTY} or {@value #FOLDER_VARIABLE} when set, otherwise
 * {@code briefbot-native-USER} in {@code java.io.tmpdir}. Properties the user set themselves
 * ({@code onnxruntime.native.path}, {@code ENGINE_CACHE_DIR}, {@code jna.tmpdir}) are kept.
 */
final class NativeLibraries {
  static final String FOLDER_PROPERTY = "briefbot.native.dir";
  static final String FOLDER_VARIABLE = "BRIEFBOT_NATIVE_DIR";
  private static final System.Logger LOG = System.getLogger(NativeLibraries.class.getName());
  private static final List<String> ONNX_LIBRARIES = List.of("onnxruntime", "onnxruntime4j_jni");

  private NativeLibraries() {}

  /** The folder from the environment and system properties, or the default one. */
  static Path folder(Map<String, String> env) {
    String configured = System.getProperty(FOLDER_PROPERTY, env.get(FOLDER_VARIABLE));
    if (configured != null && !configured.isBlank()) return Path.of(configured);
    String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
    return Path.of(System.getProperty("java.io.tmpdir"), "briefbot-native-" + user);
  }

  /**
   * Points ONNX Runtime, DJL and JNA at {@code folder}, unpacking ONNX Runtime's libraries there
   * unless an earlier run did. Must run before the model's classes load them.
   */
  static synchronized void configure(Path folder) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "cannot create {0} for native libraries ({1}); they go where their"
          + " runtimes put them by default", folder, e.getMessage());
      return;
    }
    setUnlessSet("ENGINE_CACHE_DIR", folder.resolve("djl").toString());
    // The tokenizer's library is in the jar; never let DJL look for one on the network.
    setUnlessSet("ai.djl.offline", "true");
    setUnlessSet("jna.tmpdir", folder.resolve("jna").toString());
    if (System.getProperty("onnxruntime.native.path") == null) {
      Path onnx = unpackOnnxRuntime(folder);
      if (onnx != null) System.setProperty("onnxruntime.native.path", onnx.toString());
    }
  }

  private static void setUnlessSet(String property, String value) {
    if (System.getProperty(property) == null && System.getenv(property) == null) {
      System.setProperty(property, value);
    }
  }

  /**
   * The folder holding this platform's ONNX Runtime libraries, unpacked from the jar if they are
   * not there yet; null when the jar has none for this platform (ONNX Runtime then reports it).
   */
  static Path unpackOnnxRuntime(Path folder) {
    String platform = onnxPlatform();
    try {
      String crc = null;
      for (String library : ONNX_LIBRARIES) {
        URL resource = resource(platform, library);
        if (resource == null) return null;
        if (crc == null) crc = contentTag(resource);
      }
      Path target = folder.resolve("onnxruntime-" + platform + "-" + crc);
      Files.createDirectories(target);
      for (String library : ONNX_LIBRARIES) {
        URL resource = resource(platform, library);
        Path file = target.resolve(System.mapLibraryName(library));
        long size = size(resource);
        if (Files.isRegularFile(file) && (size < 0 || Files.size(file) == size)) continue;
        // Another process may unpack at the same moment: each writes its own file, then renames.
        Path temp = Files.createTempFile(target, "." + library, ".part");
        try (InputStream in = resource.openStream()) {
          Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
          try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
          } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
          }
        } finally {
          Files.deleteIfExists(temp);
        }
      }
      return target;
    } catch (IOException e) {
      LOG.log(Level.WARNING, "cannot unpack ONNX Runtime into {0} ({1}); it unpacks into the"
          + " temp folder instead", folder, e.getMessage());
      return null;
    }
  }

  private static URL resource(String platform, String library) {
    return NativeLibraries.class.getClassLoader()
        .getResource("ai/onnxruntime/native/" + platform + "/" + System.mapLibraryName(library));
  }

  /** ONNX Runtime's name for this platform's folder in its jar, e.g. linux-x64. */
  static String onnxPlatform() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    String osName = os.contains("mac") || os.contains("darwin") ? "osx"
        : os.startsWith("win") ? "win" : "linux";
    String archName = arch.equals("amd64") || arch.equals("x86_64") ? "x64"
        : arch.equals("aarch64") || arch.equals("arm64") ? "aarch64" : arch;
    return osName + "-" + archName;
  }

  /** Names the library's bytes without reading them: the jar entry's CRC, else its size. */
  private static String contentTag(URL resource) throws IOException {
    URLConnection connection = resource.openConnection();
    if (connection instanceof JarURLConnection jar && jar.getJarEntry() != null) {
      return Long.toHexString(jar.getJarEntry().getCrc());
    }
    return Long.toHexString(connection.getContentLengthLong());
  }

  private static long size(URL resource) throws IOException {
    URLConnection connection = resource.openConnection();
    if (connection instanceof JarURLConnection jar && jar.getJarEntry() != null) {
      return jar.getJarEntry().getSize();
    }
    return connection.getContentLengthLong();
  }
}
