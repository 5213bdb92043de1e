package org.briefbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code briefbot ask --json}: the JSON Lines contract of DESIGN.md, which tools depend on. */
class AskJsonTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static List<JsonNode> lines(String out) {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : out.lines().toList()) {
      try {
        nodes.add(JSON.readTree(line));
      } catch (IOException e) {
        throw new AssertionError("not one JSON object per line: " + line, e);
      }
    }
    return nodes;
  }

  @Test
  void aQuestionGivesOneObjectWithTheContractsFields() {
    Cli.Run run = Cli.run("ask", "--json", "When was the ITPP signed?");

    assertThat(run.code()).isZero();
    assertThat(run.out().lines()).hasSize(1);
    JsonNode answer = lines(run.out()).get(0);
    assertThat(answer.get("question").asText()).isEqualTo("When was the ITPP signed?");
    assertThat(answer.get("abstained").isBoolean()).isTrue();
    assertThat(answer.get("abstained").asBoolean()).isFalse();
    assertThat(answer.get("suggestion").isNull()).isTrue();
    assertThat(answer.get("hits").isArray()).isTrue();
    assertThat(answer.get("hits")).hasSize(3);
  }

  @Test
  void eachHitCarriesIdCitationSectionParagraphTextSentenceAndScore() {
    JsonNode hit =
        lines(Cli.run("ask", "--json", "When was the ITPP signed?").out())
            .get(0)
            .get("hits")
            .get(0);

    assertThat(hit.get("id").asText()).isEqualTo("csds-2024-10#s1p2");
    assertThat(hit.get("citation").asText()).isEqualTo("§1 \"Introduction\" ¶2");
    assertThat(hit.get("section").asText()).isEqualTo("Introduction");
    assertThat(hit.get("paragraph").isInt()).isTrue();
    assertThat(hit.get("paragraph").asInt()).isEqualTo(2);
    assertThat(hit.get("text").asText())
        .startsWith("NATO, for its part, has certainly reciprocated " + "Seoul’s interest.")
        .contains(hit.get("sentence").asText());
    assertThat(hit.get("sentence").asText())
        .isEqualTo(
            "NATO even offered South Korea an "
                + "Individually Tailored Partnership Programme (ITPP), signed in July 2023.");
    assertThat(hit.get("score").isNumber()).isTrue();
    assertThat(hit.get("score").asDouble()).isPositive();
    assertThat(hit.get("brief").asText()).isEqualTo("csds-2024-10");
    assertThat(hit.get("reference").asText()).endsWith("§1 \"Introduction\" ¶2");
  }

  @Test
  void theSuggestionIsTheCorrectedQuestion() {
    JsonNode answer = lines(Cli.run("ask", "--json", "Stoltenbreg visit").out()).get(0);

    assertThat(answer.get("suggestion").asText()).isEqualTo("Stoltenberg visit");
  }

  @Test
  void anAbstentionIsMarkedAndKeepsTheNearestPassages() {
    JsonNode answer =
        lines(
                Cli.run("ask", "--json", "What did Zorblax say about Quuxland's coffee harvest?")
                    .out())
            .get(0);

    assertThat(answer.get("abstained").asBoolean()).isTrue();
    assertThat(answer.get("unknown_terms")).extracting(JsonNode::asText).contains("Zorblax");
  }

  @Test
  void limitSetsHowManyHitsEachLineHas() {
    assertThat(lines(Cli.run("ask", "--json", "--limit", "5", "NATO").out()).get(0).get("hits"))
        .hasSize(5);
  }

  @Test
  void standardInputGivesOneLineForEveryLineIncludingBlankOnes() {
    String input = "When did Seoul open its NATO mission?\n\n   \nWho wrote this?\n";
    Cli.Run run = Cli.withInput(input, "ask", "--json", "--limit", "1");

    assertThat(run.code()).isZero();
    List<JsonNode> answers = lines(run.out());
    assertThat(answers)
        .extracting(a -> a.get("question").asText())
        .containsExactly("When did Seoul open its NATO mission?", "", "   ", "Who wrote this?");
    assertThat(answers.get(0).get("hits").get(0).get("id").asText()).isEqualTo("csds-2024-10#s1p3");
    assertThat(answers.get(3).get("hits").get(0).get("id").asText()).isEqualTo("csds-2024-10#meta");
  }

  @Test
  void aBlankLineIsAnsweredWithTheSameFieldsAndAnError() {
    JsonNode blank = lines(Cli.withInput("\n", "ask", "--json").out()).get(0);

    assertThat(blank.get("question").asText()).isEmpty();
    assertThat(blank.get("abstained").asBoolean()).isTrue();
    assertThat(blank.get("suggestion").isNull()).isTrue();
    assertThat(blank.get("hits")).isEmpty();
    assertThat(blank.get("unknown_terms")).isEmpty();
    assertThat(blank.get("error").asText()).isEqualTo("empty question");
  }

  @Test
  void windowsLineEndingsAndALastLineWithoutNewlineAreLines() {
    List<JsonNode> answers =
        lines(Cli.withInput("When was the ITPP signed?\r\nWho wrote this?", "ask", "--json").out());

    assertThat(answers)
        .extracting(a -> a.get("question").asText())
        .containsExactly("When was the ITPP signed?", "Who wrote this?");
  }

  /** A caller pairs answers with its input lines: a lone CR must not split a line in two. */
  @Test
  void aLoneCarriageReturnInsideALineIsPartOfTheQuestion() {
    List<JsonNode> answers =
        lines(
            Cli.withInput("When was the ITPP\rsigned?\nWho wrote this?\r\n", "ask", "--json")
                .out());

    assertThat(answers)
        .extracting(a -> a.get("question").asText())
        .containsExactly("When was the ITPP\rsigned?", "Who wrote this?");
  }

  @Test
  void answersEveryQuestionOfTheDevSet() throws IOException {
    List<String> questions =
        Files.readAllLines(Cli.resource("eval/dev-questions.txt"), StandardCharsets.UTF_8);
    assertThat(questions).hasSize(40);

    Cli.Run run = Cli.withInput(String.join("\n", questions) + "\n", "ask", "--json");

    assertThat(run.code()).isZero();
    assertThat(run.err()).isEmpty();
    List<JsonNode> answers = lines(run.out());
    assertThat(answers).extracting(a -> a.get("question").asText()).isEqualTo(questions);
    // Every dev question has an answer in the brief: none may come back empty or abstained.
    List<String> unanswered =
        answers.stream()
            .filter(a -> a.get("abstained").asBoolean() || a.get("hits").isEmpty())
            .map(a -> a.get("question").asText())
            .toList();
    assertThat(unanswered).isEmpty();
    assertThat(answers).allSatisfy(a -> assertThat(a.get("hits").size()).isBetween(1, 3));
  }

  /**
   * Each answer reaches the output before the next question is read, so a tool can talk to briefbot
   * one line at a time through a pipe.
   */
  @Test
  void flushesEachAnswerBeforeReadingTheNextQuestion() {
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    List<String> questions = List.of("When was the ITPP signed?", "Who wrote this?", "", "nuclear");
    OneLineAtATime in = new OneLineAtATime(questions, written);
    PrintStream out =
        new PrintStream(new BufferedOutputStream(written, 1 << 16), false, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

    int code = Main.run(in, out, err, Map.of(), "ask", "--json");

    assertThat(code).isZero();
    // When line n+1 was read, n answers had been written through.
    assertThat(in.linesWrittenAtEachRead).containsExactly(0, 1, 2, 3, 4);
  }

  /** Standard input that hands out one line per read and notes how much output was flushed. */
  private static final class OneLineAtATime extends InputStream {
    private final List<byte[]> lines = new ArrayList<>();
    private final ByteArrayOutputStream written;
    final List<Integer> linesWrittenAtEachRead = new ArrayList<>();
    private int next;

    OneLineAtATime(List<String> questions, ByteArrayOutputStream written) {
      for (String q : questions) lines.add((q + "\n").getBytes(StandardCharsets.UTF_8));
      this.written = written;
    }

    @Override
    public int read() {
      throw new UnsupportedOperationException("read in blocks");
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      linesWrittenAtEachRead.add((int) written.toString(StandardCharsets.UTF_8).lines().count());
      if (next == lines.size()) return -1;
      byte[] line = lines.get(next++);
      if (line.length > length) throw new IllegalStateException("buffer too small for a line");
      System.arraycopy(line, 0, buffer, offset, line.length);
      return line.length;
    }

    @Override
    public int available() {
      return 0;
    }
  }
}
