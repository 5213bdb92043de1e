package org.briefbot.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/**
 * The page's files, read from the jar once at start: the HTML, its script and its style sheet.
 * Nothing is built or fetched from elsewhere.
 */
final class PageResources {
  /** One file of the page and its media type. */
  record File(byte[] bytes, String contentType) {}

  private static final String FOLDER = "/org/briefbot/web/page/";

  private final Map<String, File> files;

  PageResources() {
    files =
        Map.of(
            "/", read("index.html", "text/html; charset=utf-8"),
            "/app.js", read("app.js", "text/javascript; charset=utf-8"),
            "/app.css", read("app.css", "text/css; charset=utf-8"),
            "/favicon.svg", read("favicon.svg", "image/svg+xml"));
  }

  /** The file served at {@code path}; the page itself for {@code /} and permalinks. */
  Optional<File> at(String path) {
    if (path.startsWith("/p/")) return Optional.of(files.get("/"));
    return Optional.ofNullable(files.get(path));
  }

  private static File read(String name, String contentType) {
    try (InputStream in = PageResources.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) throw new IllegalStateException("the jar lacks " + FOLDER + name);
      return new File(in.readAllBytes(), contentType);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + FOLDER + name + " from the jar", e);
    }
  }
}
