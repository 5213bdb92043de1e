package org.briefbot.chat.settings;

/** A setting the user must fix; its message is one line naming the variable and what it takes. */
public final class SettingsException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public SettingsException(String message) {
    super(message);
  }
}
