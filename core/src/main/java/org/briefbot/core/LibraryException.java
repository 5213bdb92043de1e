package org.briefbot.core;

/** A folder of briefs that cannot be used as a library; the message is ready to show a user. */
public final class LibraryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public LibraryException(String message) {
    super(message);
  }
}
