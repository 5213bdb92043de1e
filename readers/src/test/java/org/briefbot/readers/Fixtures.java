package org.briefbot.readers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.briefbot.core.Brief;
import org.briefbot.core.BriefParser;
import org.briefbot.core.Library;

/** The briefs the fixtures are made from: the bundled brief and core's test briefs. */
final class Fixtures {
  /** Core's test briefs, read from its source tree (Maven runs tests in the module's folder). */
  static final Path CORE_BRIEFS = Path.of("../core/src/test/resources/briefs");

  /** Where committed fixtures from other producers live, with the commands that made them. */
  static final Path PRODUCED = Path.of("src/test/resources/produced");

  static final List<String> TEXT_BRIEFS =
      List.of(
          "plain/nias-2024-03-arctic-nato.txt",
          "plain/cesp-2025-12-eu-space.txt",
          "plain/field-notes.txt",
          "markdown/critical-raw-materials.md",
          "markdown/baltic-cables.md");

  private Fixtures() {}

  static Brief bundled() {
    return Library.bundled().briefs().get(0);
  }

  /** The bundled brief and every core test brief, parsed from their text. */
  static List<Brief> briefs() {
    List<Brief> briefs = new java.util.ArrayList<>();
    briefs.add(bundled());
    for (String name : TEXT_BRIEFS) briefs.add(BriefParser.read(CORE_BRIEFS.resolve(name)));
    return briefs;
  }

  /** The brief's file name without folder or extension, which its id may come from. */
  static String stem(Brief brief) {
    String name = Path.of(brief.metadata().sourceFile()).getFileName().toString();
    return name.substring(0, name.lastIndexOf('.'));
  }

  static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
