package org.briefbot.core;

/**
 * A brief file that cannot be read as a brief. The message is always {@code file:line: reason},
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

  /** The file as the user named it. */
  public String file() {
    return file;
  }

  /** The 1-based line the problem was found on. */
  public int line() {
    return line;
  }

  /** The reason alone, without file and line. */
  public String reason() {
    return reason;
  }
}
