package org.briefbot.core;

/**
 * A brief file that cannot be read as a brief. The message is {@code file:line: reason}, or {@code
 * file: reason} when the problem is the whole file (an encrypted PDF has no line to point at),
 * ready to show to a user as it is.
 */
public final class BriefFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;
  private final String reason;

  public BriefFormatException(String file, int line, String reason) {
    super(file + ":" + line + ": " + reason);
    this.file = file;
    this.line = line;
    this.reason = reason;
  }

  /** A problem with the whole file, not one line of it; {@link #line()} is 0. */
  public BriefFormatException(String file, String reason) {
    super(file + ": " + reason);
    this.file = file;
    this.line = 0;
    this.reason = reason;
  }

  /** The file as the user named it. */
  public String file() {
    return file;
  }

  /** The 1-based line the problem was found on; 0 when it is the whole file. */
  public int line() {
    return line;
  }

  /** The reason alone, without file and line. */
  public String reason() {
    return reason;
  }
}
