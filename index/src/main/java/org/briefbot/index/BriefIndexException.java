package org.briefbot.index;

/**
 * A problem with the index or its configuration that a user can act on (a malformed synonyms file,
 * an index folder that cannot be used). The message is ready to show as it is.
 */
public final class BriefIndexException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BriefIndexException(String message) {
    super(message);
  }

  public BriefIndexException(String message, Throwable cause) {
    super(message, cause);
  }
}
