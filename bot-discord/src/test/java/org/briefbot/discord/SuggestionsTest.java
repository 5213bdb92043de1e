package org.briefbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.interactions.commands.Command;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
  private final Suggestions suggestions = new Suggestions(Bundled.index().library());

  private static List<String> values(List<Command.Choice> choices) {
    return choices.stream().map(Command.Choice::getAsString).toList();
  }

  @Test
  void offersHeadingsAndKeyTermsBeforeAnythingIsTyped() {
    List<String> values = values(suggestions.question("", Optional.empty()));

    assertThat(values)
        .startsWith("Introduction")
        .contains("ITPP", "NATO")
        .hasSizeLessThanOrEqualTo(25);
  }

  @Test
  void putsTheTypedQuestionFirstThenCompletesTheLastWord() {
    List<String> values = values(suggestions.question("when was the it", Optional.empty()));

    assertThat(values.get(0)).isEqualTo("when was the it");
    assertThat(values).contains("when was the ITPP");
  }

  @Test
  void completesWithTheBriefsMostUsedWords() {
    assertThat(values(suggestions.question("cyber", Optional.empty())))
        .containsExactly("cyber", "cybersecurity");
  }

  @Test
  void mergesPossessivesIntoTheirName() {
    assertThat(values(suggestions.question("", Optional.empty())))
        .contains("North Korea")
        .doesNotContain("North Korea’s");
  }

  @Test
  void matchesHeadingsOnTheStartsOfTheirWords() {
    assertThat(values(suggestions.question("talk", Optional.empty())))
        .contains("From talking to doing");
  }

  @Test
  void limitsChoicesToWhatDiscordAccepts() {
    List<Command.Choice> choices = suggestions.question("x".repeat(500), Optional.empty());

    assertThat(choices)
        .hasSizeLessThanOrEqualTo(25)
        .allSatisfy(
            c -> {
              assertThat(c.getName()).hasSizeLessThanOrEqualTo(100);
              assertThat(c.getAsString()).hasSizeLessThanOrEqualTo(100);
            });
  }

  @Test
  void offersNothingFromABriefThatIsNotInTheLibrary() {
    assertThat(suggestions.question("", Optional.of("no-such-brief"))).isEmpty();
  }

  @Test
  void offersBriefsByIdAndLabel() {
    assertThat(suggestions.brief("policy"))
        .extracting(Command.Choice::getAsString)
        .containsExactly("csds-2024-10");
    assertThat(suggestions.brief("policy").get(0).getName())
        .isEqualTo("CSDS Policy Brief 10/2024 [csds-2024-10]");
  }

  @Test
  void offersPassagesByIdAndCitation() {
    assertThat(values(suggestions.passage("introduction")))
        .startsWith("csds-2024-10#s1p1", "csds-2024-10#s1p2");
    assertThat(suggestions.passage(""))
        .hasSize(Math.min(25, Bundled.index().library().passages().size()));
  }
}
