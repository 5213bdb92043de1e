package org.briefbot.chat.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * README's configuration table is {@link Variable}, row for row, and the code reads no variable the
 * table does not list: the environment names found in every module's main sources (string literals
 * shaped like BRIEFBOT_..., SLACK_..., DISCORD_...) are all {@link Variable}s.
 */
class VariablesTest {
  private static final Path ROOT = Path.of("..");
  private static final Pattern NAME = Pattern.compile("\"((?:BRIEFBOT|SLACK|DISCORD)_[A-Z_]+)\"");

  @Test
  void readmeListsEveryVariableAsTheCatalogueSays() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);

    for (Variable variable : Variable.values()) {
      assertThat(readme).as(variable.name()).contains(tableRow(variable));
    }
  }

  /** A variable's row of README's configuration table. */
  private static String tableRow(Variable v) {
    return "| `"
        + v.name()
        + "` | "
        + v.usedBy()
        + " | "
        + v.defaultValue()
        + " | "
        + v.meaning()
        + " |";
  }

  @Test
  void everyVariableNamedInTheCodeIsInTheCatalogue() throws IOException {
    Set<String> named = new TreeSet<>();
    try (Stream<Path> files = Files.walk(ROOT)) {
      for (Path file :
          files
              .filter(p -> p.toString().endsWith(".java"))
              .filter(p -> p.toString().contains("/src/main/"))
              .toList()) {
        Matcher m = NAME.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (m.find()) named.add(m.group(1));
      }
    }
    Set<String> catalogue =
        new TreeSet<>(Arrays.stream(Variable.values()).map(Enum::name).toList());

    assertThat(named).isNotEmpty();
    assertThat(catalogue).containsAll(named);
  }
}
