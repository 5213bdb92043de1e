package org.briefbot.index;

/** An advanced search query that does not parse; the message is a one-line hint for the user. */
public final class QuerySyntaxException extends Exception {
  private static final long serialVersionUID = 1L;

  public QuerySyntaxException(String message) {
    super(message);
  }
}
