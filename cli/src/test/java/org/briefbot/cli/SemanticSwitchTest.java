package org.briefbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Search by meaning is on when briefbot-semantic is on the class path (as in briefbot.jar), and
 * {@code --no-semantic} or {@code BRIEFBOT_SEMANTIC=off} turns it off.
 */
class SemanticSwitchTest {
  private static Session session(Map<String, String> env) {
    PrintStream discard = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    return new Session(new ByteArrayInputStream(new byte[0]), discard, discard, env);
  }

  @Test
  void byDefaultAnswersSearchByMeaningWithTheBundledModel() {
    try (Session session = session(Map.of())) {
      assertThat(session.index(new LibraryOptions()).semanticModel())
          .hasValueSatisfying(model -> assertThat(model).startsWith("all-minilm-l6-v2-q@"));
    }
  }

  @Test
  void theNoSemanticFlagAnswersByWordsAlone() {
    LibraryOptions options = new LibraryOptions();
    options.noSemantic = true;
    try (Session session = session(Map.of())) {
      assertThat(session.index(options).semanticModel()).isEmpty();
    }
  }

  @Test
  void briefbotSemanticOffAnswersByWordsAlone() {
    try (Session session = session(Map.of("BRIEFBOT_SEMANTIC", "off"))) {
      assertThat(session.index(new LibraryOptions()).semanticModel()).isEmpty();
    }
  }

  @Test
  void askAndEvalTakeTheFlag() {
    Cli.Run ask = Cli.run("ask", "--no-semantic", "--json", "When was the ITPP signed?");
    assertThat(ask.code()).isZero();
    assertThat(ask.out()).contains("signed in July 2023");

    assertThat(Cli.run("eval", "--help").out()).contains("--no-semantic");
  }
}
