package org.briefbot.chat;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The command grammar both bots share. The first word may name a command (ask, show, outline,
 * about, help); anything else is a question. A {@code brief:ID} word anywhere restricts the
 * question to one brief.
 */
public final class ChatCommands {
  private static final Pattern BRIEF_OPTION =
      Pattern.compile("(?i)(?:^|\\s)brief:\\s*([a-z0-9][a-z0-9-]*)(?=\\s|$)");

  private ChatCommands() {}

  public static ChatCommand parse(String text) {
    String input = text == null ? "" : text.strip();
    Optional<String> brief = Optional.empty();
    Matcher option = BRIEF_OPTION.matcher(input);
    if (option.find()) {
      brief = Optional.of(option.group(1).toLowerCase(Locale.ROOT));
      input = (input.substring(0, option.start()) + " " + input.substring(option.end())).strip();
    }
    if (input.isEmpty()) return new ChatCommand.Help();
    String[] parts = input.split("\\s+", 2);
    String first = parts[0].toLowerCase(Locale.ROOT);
    String rest = parts.length > 1 ? parts[1].strip() : "";
    switch (first) {
      case "help", "?":
        if (rest.isEmpty()) return new ChatCommand.Help();
        break;
      case "about":
        if (rest.isEmpty()) return new ChatCommand.About();
        break;
      case "outline":
      case "contents":
        if (rest.isEmpty()) return new ChatCommand.Outline(brief);
        break;
      case "show":
        if (!rest.isEmpty() && !rest.contains(" ")) return new ChatCommand.Show(rest);
        break;
      case "ask":
        if (!rest.isEmpty()) return new ChatCommand.Ask(rest, brief);
        return new ChatCommand.Help();
      default:
        break;
    }
    return new ChatCommand.Ask(input, brief);
  }
}
