package org.briefbot.core;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * The {@link BriefReader}s on the class path, by the extensions they read. Looked up once: the
 * class path does not change while briefbot runs.
 */
final class BriefReaders {
  private static final System.Logger LOG = System.getLogger(BriefReaders.class.getName());

  private static final Map<String, BriefReader> BY_EXTENSION = load();

  private BriefReaders() {}

  private static Map<String, BriefReader> load() {
    Map<String, BriefReader> readers = new HashMap<>();
    var loader =
        ServiceLoader.load(BriefReader.class, BriefReader.class.getClassLoader()).iterator();
    while (true) {
      try {
        if (!loader.hasNext()) break;
        BriefReader reader = loader.next();
        for (String extension : reader.extensions()) {
          readers.putIfAbsent(extension.toLowerCase(Locale.ROOT), reader);
        }
      } catch (ServiceConfigurationError e) {
        // A broken reader costs its own formats, not the text briefs beside them.
        LOG.log(
            System.Logger.Level.WARNING, "a brief reader cannot be created: {0}", e.getMessage());
      }
    }
    return Map.copyOf(readers);
  }

  /** The extensions readers read, sorted: {@code [htm, html, pdf]}. */
  static java.util.List<String> extensions() {
    return BY_EXTENSION.keySet().stream().sorted().toList();
  }

  /** The reader for this file name's extension, when one is on the class path. */
  static Optional<BriefReader> forFile(String file) {
    String name = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
    int dot = name.lastIndexOf('.');
    if (dot <= 0) return Optional.empty();
    return Optional.ofNullable(BY_EXTENSION.get(name.substring(dot + 1).toLowerCase(Locale.ROOT)));
  }
}
