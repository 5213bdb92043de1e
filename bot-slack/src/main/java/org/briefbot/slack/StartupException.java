package org.briefbot.slack;

/**
 * The bot cannot start, for a reason the operator can fix; the message is one line saying what to
 * do, and never holds a secret.
 */
final class StartupException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Missing or rejected settings: the operator must set something. */
  static final int USAGE = 2;

  /** Anything else: unreadable briefs, a port in use, Slack unreachable. */
  static final int FAILURE = 1;

  private final int exitCode;

  StartupException(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  static StartupException usage(String message) {
    return new StartupException(USAGE, message, null);
  }

  static StartupException failure(String message, Throwable cause) {
    return new StartupException(FAILURE, message, cause);
  }

  int exitCode() {
    return exitCode;
  }
}
