package org.briefbot.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads brief files: the plain-text export ({@code .txt}), Markdown ({@code .md}), and whatever the
 * {@link BriefReader}s on the class path read (briefbot-readers: {@code .pdf}, {@code .html},
 * {@code .htm}). Every problem comes back as a {@link BriefFormatException} whose message is {@code
 * file:line: reason}, or {@code file: reason} for a problem with the whole file.
 */
public final class BriefParser {
  /** Briefs run to a few pages; anything past this is not a brief and would only fill memory. */
  public static final long MAX_BYTES = 10L * 1024 * 1024;

  /** A folder's own documentation ("README.md", "LICENSE.txt") sits beside briefs but is none. */
  private static final java.util.regex.Pattern DOCUMENTATION =
      java.util.regex.Pattern.compile(
          "(?:readme|license|licence|changelog|contributing|notice|copying)(?:\\..*)?");

  private BriefParser() {}

  /** Reads and parses one brief file, named in messages as {@code file} was given. */
  public static Brief read(Path file) {
    return parse(file.toString(), bytes(file));
  }

  /**
   * Reads a published brief (a PDF, a web page) with its reader, for a person to check: the brief,
   * the same as Markdown, and what was left out or guessed.
   *
   * @throws BriefFormatException when no reader on the class path reads this kind of file, or the
   *     file cannot be read as a brief
   */
  public static ImportedBrief importFile(Path file) {
    String name = file.toString();
    BriefReader reader =
        BriefReaders.forFile(name)
            .orElseThrow(
                () ->
                    new BriefFormatException(
                        name, "not a published brief that briefbot can import (PDF or HTML)"));
    return recover(reader, name, bytes(file));
  }

  /** A file's bytes, or the reason they cannot be a brief. */
  static byte[] bytes(Path file) {
    String name = file.toString();
    try {
      long size = Files.size(file);
      long limit = maxBytes(name);
      if (size > limit) throw tooLarge(name, size, limit);
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw fileError(name, "no such file");
    } catch (IOException e) {
      throw fileError(name, "cannot read the file (" + e.getMessage() + ")");
    }
  }

  /**
   * A problem with the whole file: a text brief's message points at line 1, as it always has; a
   * published one has no lines to point at.
   */
  static BriefFormatException fileError(String file, String reason) {
    return isPublished(file)
        ? new BriefFormatException(file, reason)
        : new BriefFormatException(file, 1, reason);
  }

  /** The largest file of this name that is read: more for a PDF, which carries fonts and images. */
  static long maxBytes(String file) {
    return BriefReaders.forFile(file).map(BriefReader::maxBytes).orElse(MAX_BYTES);
  }

  static BriefFormatException tooLarge(String file, long size, long limit) {
    return fileError(
        file,
        String.format(
            Locale.ROOT,
            "too large for a brief (%.1f MB; the limit is %d MB)",
            size / 1048576.0,
            limit / 1048576));
  }

  /**
   * True when this file is read by a {@link BriefReader} rather than as text; such a file that
   * cannot be read is skipped in a folder, where a bad text brief is an error to fix.
   */
  static boolean isPublished(String file) {
    return BriefReaders.forFile(file).isPresent();
  }

  /** Parses file content; the format follows the file name's extension. */
  public static Brief parse(String file, byte[] content) {
    var reader = BriefReaders.forFile(file);
    if (reader.isPresent()) return recover(reader.get(), file, content).brief();
    if (content.length > MAX_BYTES) {
      throw new BriefFormatException(file, 1, "too large for a brief");
    }
    return parseText(file, SourceText.decode(file, content));
  }

  private static ImportedBrief recover(BriefReader reader, String file, byte[] content) {
    if (content.length == 0) throw new BriefFormatException(file, "the file is empty");
    if (content.length > reader.maxBytes()) {
      throw tooLarge(file, content.length, reader.maxBytes());
    }
    RecoveredBrief recovered = reader.read(file, content);
    if (recovered == null) throw new IllegalStateException(reader + " returned no brief");
    return RecoveredMarkdown.read(file, stem(file), recovered);
  }

  /** Parses text already in memory; the format follows the file name's extension. */
  public static Brief parse(String file, String text) {
    if (text.length() > MAX_BYTES) throw new BriefFormatException(file, 1, "too large for a brief");
    return parseText(file, SourceText.check(file, text));
  }

  /**
   * True for the file names this parser reads: {@code .txt}, {@code .md}, {@code .markdown}, and
   * those of the readers on the class path ({@code .pdf}, {@code .html}, {@code .htm}).
   */
  public static boolean isBriefFile(Path file) {
    if (file.getFileName() == null) return false; // a root such as "/"
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return !name.startsWith(".")
        && !DOCUMENTATION.matcher(name).matches()
        && (isText(name) || isPublished(name));
  }

  /** True for the text formats: a corrected {@code .md} beside a PDF is read in its place. */
  static boolean isText(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".txt") || lower.endsWith(".md") || lower.endsWith(".markdown");
  }

  private static Brief parseText(String file, String text) {
    if (text.isBlank()) throw new BriefFormatException(file, 1, "the file is empty");
    List<String> lines = SourceText.lines(text);
    String stem = stem(file);
    return isMarkdown(file)
        ? MarkdownFormat.read(file, stem, lines)
        : PlainTextFormat.read(file, stem, lines);
  }

  private static boolean isMarkdown(String file) {
    String name = file.toLowerCase(Locale.ROOT);
    return name.endsWith(".md") || name.endsWith(".markdown");
  }

  /** The file name without folders and extension. Not Path.of: "<stdin>" is no path on Windows. */
  static String stem(String file) {
    String name = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
