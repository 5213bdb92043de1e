package org.briefbot.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Test briefs on the class path, read as bytes so each test chooses how to parse them. */
final class Fixtures {
  /** The briefs written for the tests, plain text and Markdown. */
  static final List<String> TEST_BRIEFS =
      List.of(
          "briefs/plain/nias-2024-03-arctic-nato.txt",
          "briefs/plain/cesp-2025-12-eu-space.txt",
          "briefs/plain/field-notes.txt",
          "briefs/markdown/critical-raw-materials.md",
          "briefs/markdown/baltic-cables.md");

  /** The bundled brief's resource, the same bytes as shared/briefs. */
  static final String BUNDLED = "org/briefbot/core/bundled/" + Library.BUNDLED_FILE;

  private Fixtures() {}

  static byte[] bytes(String resource) {
    try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) throw new IllegalArgumentException("no test resource " + resource);
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String resource) {
    return new String(bytes(resource), StandardCharsets.UTF_8);
  }

  /** The resource's lines, numbered from 0 (line n of the file is {@code lines.get(n - 1)}). */
  static List<String> lines(String resource) {
    return text(resource).lines().toList();
  }

  /** Parses a resource under its resource name, so messages read {@code briefs/x.txt:3: ...}. */
  static Brief parse(String resource) {
    return BriefParser.parse(resource, bytes(resource));
  }
}
