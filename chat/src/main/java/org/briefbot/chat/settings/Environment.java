package org.briefbot.chat.settings;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reading one variable from an environment handed in by a front end's {@code main}: the libraries
 * never read the process environment themselves, so a program embedding them answers the same
 * whatever its process environment holds.
 */
public final class Environment {
  private Environment() {}

  /** The variable's value, stripped; empty when unset or blank. */
  public static Optional<String> value(Map<String, String> env, Variable variable) {
    String value = env.get(variable.name());
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  /** An on/off switch: on, true, yes, 1 or off, false, no, 0; anything else is an error. */
  public static Optional<Boolean> flag(Map<String, String> env, Variable variable) {
    return value(env, variable)
        .map(
            text ->
                switch (text.toLowerCase(Locale.ROOT)) {
                  case "on", "true", "yes", "1" -> true;
                  case "off", "false", "no", "0" -> false;
                  default ->
                      throw new SettingsException(
                          "set " + variable.name() + " to on or off (it is \"" + text + "\")");
                });
  }

  /** A whole number from {@code min} to {@code max}. */
  public static Optional<Integer> number(
      Map<String, String> env, Variable variable, int min, int max, String what) {
    return value(env, variable)
        .map(
            text -> {
              try {
                int n = Integer.parseInt(text);
                if (n >= min && n <= max) return n;
              } catch (NumberFormatException e) {
                // reported below
              }
              throw new SettingsException(
                  "set "
                      + variable.name()
                      + " to "
                      + what
                      + ", "
                      + min
                      + " to "
                      + max
                      + " (it is \""
                      + text
                      + "\")");
            });
  }

  /**
   * A URL with one of {@code schemes} and a host, as an operator would write it; {@code example}
   * shows the shape in the error.
   */
  public static Optional<String> url(
      Map<String, String> env, Variable variable, String example, String... schemes) {
    return value(env, variable)
        .map(
            text -> {
              try {
                java.net.URI uri = new java.net.URI(text);
                for (String scheme : schemes) {
                  if (scheme.equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null)
                    return text;
                }
              } catch (java.net.URISyntaxException e) {
                // reported below
              }
              String shown = text.length() > 80 ? text.substring(0, 80) + "..." : text;
              throw new SettingsException(
                  "set "
                      + variable.name()
                      + " to a "
                      + String.join(" or ", schemes)
                      + " URL such as "
                      + example
                      + " (it is \""
                      + shown
                      + "\")");
            });
  }
}
