package org.briefbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code briefbot ask} in a terminal: cited passages, best sentence marked, and usage errors. */
class AskTerminalTest {
  private static final Pattern HIT_LINE = Pattern.compile("^(\\d+)\\. (.+)  ?\\[(\\S+#\\S+)\\]$");

  @Test
  void answersTheReadmeQuestionWithTheJuly2023PassageFirst() {
    Cli.Run run = Cli.run("ask", "When was the ITPP signed?");

    assertThat(run.code()).isZero();
    assertThat(run.err()).isEmpty();
    List<String> hits = hitLines(run.out());
    assertThat(hits).hasSize(3);
    assertThat(hits.get(0)).isEqualTo("1. §1 \"Introduction\" ¶2 [csds-2024-10#s1p2]");
  }

  @Test
  void marksTheBestSentenceOfEachPassage() {
    String out = Cli.run("ask", "When was the ITPP signed?").out();
    String first = out.substring(0, out.indexOf("\n2. ")).replaceAll("\\s+", " ");

    assertThat(first)
        .contains(
            "**NATO even offered South Korea an Individually Tailored "
                + "Partnership Programme (ITPP), signed in July 2023.**");
    assertThat(out.split("\\*\\*", -1)).hasSize(2 * 3 + 1);
  }

  @Test
  void endsEachPassageWithACitationToPaste() {
    String out = Cli.run("ask", "When was the ITPP signed?").out().replaceAll("\\s+", " ");

    assertThat(out)
        .contains(
            "Cite as: Ramon Pacheco Pardo, CSDS Policy Brief 10/2024 (Centre for "
                + "Security, Diplomacy and Strategy, 15 April 2024), §1 \"Introduction\" ¶2");
    assertThat(out.split("Cite as: ", -1)).hasSize(3 + 1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "When was the ITPP signed?",
        "cybersecurity",
        "Who wrote this?",
        "What are the eleven areas of the ITPP?"
      })
  void fitsAnEightyColumnTerminal(String question) {
    Cli.Run run = Cli.run("ask", "--limit", "5", question);

    assertThat(run.outLines())
        .isNotEmpty()
        .allSatisfy(
            line ->
                assertThat(line.codePointCount(0, line.length())).as(line).isLessThanOrEqualTo(80));
  }

  @Test
  void joinsUnquotedWordsIntoOneQuestion() {
    assertThat(hitLines(Cli.run("ask", "When", "was", "the", "ITPP", "signed?").out()).get(0))
        .endsWith("[csds-2024-10#s1p2]");
  }

  @Test
  void limitSetsHowManyPassagesAreShown() {
    assertThat(hitLines(Cli.run("ask", "--limit", "1", "NATO").out())).hasSize(1);
    assertThat(hitLines(Cli.run("ask", "-n", "5", "NATO").out())).hasSize(5);
    assertThat(hitLines(Cli.run("ask", "--limit=7", "NATO").out())).hasSize(7);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1", "51"})
  void aLimitOutOfRangeIsAUsageError(String limit) {
    Cli.Run run = Cli.run("ask", "--limit", limit, "NATO");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo("briefbot: --limit must be between 1 and 50, was " + limit + "\n");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aLimitThatIsNotANumberIsAUsageError() {
    Cli.Run run = Cli.run("ask", "--limit", "three", "NATO");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .startsWith("Invalid value for option '--limit': 'three' is not an int\n")
        .contains("Usage: briefbot ask");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void anEmptyQuestionIsAUsageError(String question) {
    Cli.Run run = Cli.run("ask", question);

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "briefbot: the question is empty; try briefbot ask \"When was the ITPP signed?\"\n");
  }

  @Test
  void anUnknownOptionIsAUsageErrorWithTheUsage() {
    Cli.Run run = Cli.run("ask", "--frobnicate", "NATO");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .startsWith("Unknown option: '--frobnicate'\n")
        .contains("Usage: briefbot ask");
  }

  @Test
  void briefRestrictsTheAnswerToOneBrief() {
    String folder = Cli.resource("briefs/two").toString();
    Cli.Run run =
        Cli.run(
            "ask", "--briefs", folder, "--brief", "nias-2024-3", "--limit", "5", "undersea cables");

    assertThat(run.code()).isZero();
    assertThat(hitLines(run.out())).isNotEmpty().allMatch(l -> l.contains("[nias-2024-3#"));
  }

  @Test
  void withoutBriefBothBriefsOfAFolderAnswer() {
    String folder = Cli.resource("briefs/two").toString();
    List<String> hits =
        hitLines(Cli.run("ask", "--briefs", folder, "--limit", "10", "undersea cables").out());

    assertThat(hits).anyMatch(l -> l.contains("[nias-2024-3#"));
    assertThat(hits).anyMatch(l -> l.contains("[bsri-2024-4#"));
  }

  @Test
  void anUnknownBriefIsAUsageError() {
    Cli.Run run = Cli.run("ask", "--brief", "no-such-brief", "When was the ITPP signed?");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo("briefbot: no brief has the id no-such-brief (briefbot outline lists them)\n");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void saysSoWhenTheBriefDoesNotAddressTheQuestion() {
    Cli.Run run = Cli.run("ask", "What did Zorblax say about Quuxland's coffee harvest?");

    assertThat(run.code()).isZero();
    assertThat(run.out())
        .startsWith("The brief does not address this.\n")
        .contains("No brief here mentions Zorblax");
  }

  @Test
  void showsTheCorrectedQuestion() {
    assertThat(Cli.run("ask", "Stoltenbreg visit").out())
        .startsWith("Did you mean: Stoltenberg visit\n");
  }

  @Test
  void withoutAQuestionReadsQuestionsFromStandardInput() {
    Cli.Run run =
        Cli.withInput("When was the ITPP signed?\n\nWho wrote this?\n", "ask", "--limit", "1");

    assertThat(run.code()).isZero();
    assertThat(hitLines(run.out()))
        .containsExactly(
            "1. §1 \"Introduction\" ¶2 [csds-2024-10#s1p2]",
            "1. About this brief [csds-2024-10#meta]");
  }

  @Test
  void warnsThatAVeryLongQuestionIsCut() {
    Cli.Run run = Cli.run("ask", "When was the ITPP signed? ".repeat(400));

    assertThat(run.code()).isZero();
    assertThat(run.err())
        .isEqualTo("briefbot: the question is long; only its first 1000 characters are used\n");
  }

  /** The numbered header line of each hit. */
  private static List<String> hitLines(String out) {
    return out.lines()
        .filter(
            l -> {
              Matcher m = HIT_LINE.matcher(l);
              return m.matches();
            })
        .toList();
  }
}
