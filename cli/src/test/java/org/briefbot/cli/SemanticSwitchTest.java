package org.briefbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Search by meaning needs briefbot-semantic on the class path (as in briefbot.jar) and is on unless
 * {@code --no-semantic} or {@code BRIEFBOT_SEMANTIC=off} says otherwise; a flag wins over the
 * environment.
 */
class SemanticSwitchTest {
  private static Session session(Map<String, String> env) {
    PrintStream discard =
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    return new Session(new ByteArrayInputStream(new byte[0]), discard, discard, env);
  }

  private static LibraryOptions semantic(Boolean on) {
    LibraryOptions options = new LibraryOptions();
    options.semantic = on;
    return options;
  }

  @Test
  void byDefaultAnswersSearchByMeaningToo() {
    try (Session session = session(Map.of())) {
      assertThat(session.index(new LibraryOptions()).semanticModel()).isPresent();
    }
  }

  @Test
  void briefbotSemanticOffSearchesByWordsAlone() {
    try (Session session = session(Map.of("BRIEFBOT_SEMANTIC", "off"))) {
      assertThat(session.index(new LibraryOptions()).semanticModel()).isEmpty();
    }
  }

  @Test
  void theSemanticFlagSearchesByMeaningWithTheBundledModel() {
    try (Session session = session(Map.of())) {
      assertThat(session.index(semantic(true)).semanticModel())
          .hasValueSatisfying(model -> assertThat(model).startsWith("e5-small-v2-q@"));
    }
  }

  @Test
  void briefbotSemanticOnSearchesByMeaning() {
    try (Session session = session(Map.of("BRIEFBOT_SEMANTIC", "on"))) {
      assertThat(session.index(new LibraryOptions()).semanticModel()).isPresent();
    }
  }

  @Test
  void theNoSemanticFlagWinsOverTheEnvironment() {
    try (Session session = session(Map.of("BRIEFBOT_SEMANTIC", "on"))) {
      assertThat(session.index(semantic(false)).semanticModel()).isEmpty();
    }
  }

  @Test
  void askAndEvalTakeBothFlags() {
    Cli.Run ask = Cli.run("ask", "--semantic", "--json", "When was the ITPP signed?");
    assertThat(ask.code()).isZero();
    assertThat(ask.out()).contains("signed in July 2023");
    assertThat(Cli.run("ask", "--no-semantic", "--json", "When was the ITPP signed?").code())
        .isZero();

    assertThat(Cli.run("eval", "--help").out()).contains("--[no-]semantic");
  }
}
