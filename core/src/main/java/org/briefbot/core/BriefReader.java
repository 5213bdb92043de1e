package org.briefbot.core;

import java.util.Set;

/**
 * Reads briefs as they are published (a PDF, a web page) into the parts a brief is made of. Core
 * finds implementations through {@link java.util.ServiceLoader} (briefbot-readers provides the PDF
 * and HTML ones), so it depends on no document library itself. What a reader recovers is checked
 * into a {@link Brief} by the same rules as a Markdown file, so a brief means the same whichever
 * way it arrived.
 *
 * <p>Implementations need a public constructor without arguments and must be safe to call from
 * several threads at once: a folder's files are read in parallel.
 */
public interface BriefReader {
  /** The file name extensions this reader reads, lower case, without the dot: {@code pdf}. */
  Set<String> extensions();

  /**
   * The largest file this reader accepts. Published briefs carry images and fonts, so they may be
   * larger than a text brief ({@link BriefParser#MAX_BYTES}).
   */
  default long maxBytes() {
    return BriefParser.MAX_BYTES;
  }

  /**
   * The brief's parts, in reading order.
   *
   * @param file the file as the user named it, for messages
   * @param content the file's bytes
   * @throws BriefFormatException when the file cannot be read as a brief (encrypted, no text,
   *     corrupt), with a reason a user can act on: {@code new BriefFormatException(file, reason)}
   */
  RecoveredBrief read(String file, byte[] content);
}
