package org.briefbot.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads brief files: the plain-text export ({@code .txt}) and Markdown ({@code .md}). Every problem
 * comes back as a {@link BriefFormatException} whose message is {@code file:line: reason}.
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
    String name = file.toString();
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw new BriefFormatException(
            name,
            1,
            String.format(
                Locale.ROOT,
                "too large for a brief (%.1f MB; the limit is %d MB)",
                size / 1048576.0,
                MAX_BYTES / 1048576));
      }
      return parse(name, Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      throw new BriefFormatException(name, 1, "no such file");
    } catch (IOException e) {
      throw new BriefFormatException(name, 1, "cannot read the file (" + e.getMessage() + ")");
    }
  }

  /** Parses file content; the format follows the file name's extension. */
  public static Brief parse(String file, byte[] content) {
    if (content.length > MAX_BYTES) {
      throw new BriefFormatException(file, 1, "too large for a brief");
    }
    return parseText(file, SourceText.decode(file, content));
  }

  /** Parses text already in memory; the format follows the file name's extension. */
  public static Brief parse(String file, String text) {
    if (text.length() > MAX_BYTES) throw new BriefFormatException(file, 1, "too large for a brief");
    return parseText(file, SourceText.check(file, text));
  }

  /** True for the file names this parser reads: {@code .txt}, {@code .md}, {@code .markdown}. */
  public static boolean isBriefFile(Path file) {
    if (file.getFileName() == null) return false; // a root such as "/"
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return !name.startsWith(".")
        && !DOCUMENTATION.matcher(name).matches()
        && (name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".markdown"));
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
  private static String stem(String file) {
    String name = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
