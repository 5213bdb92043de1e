package org.briefbot.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SentencesTest {
  @Test
  void splitsAtFullStopsFollowedByACapital() {
    assertThat(texts("South Korea has fallen in love with NATO. The feeling is mutual."))
        .containsExactly("South Korea has fallen in love with NATO.", "The feeling is mutual.");
  }

  @Test
  void keepsCurrencyAmountsWhole() {
    assertThat(texts("Seoul pledged US$ 2.3 billion in aid. Most of it went to Ukraine."))
        .containsExactly("Seoul pledged US$ 2.3 billion in aid.", "Most of it went to Ukraine.");
  }

  @Test
  void keepsDecimalsWhole() {
    assertThat(texts("Growth was 2.5 per cent in 2023, down from 3.1. Few expected that."))
        .containsExactly("Growth was 2.5 per cent in 2023, down from 3.1.", "Few expected that.");
  }

  @Test
  void keepsParenthesisedAbbreviationsWhole() {
    assertThat(
            texts(
                "They joined the United States (US)-led invasion of Afghanistan. Seoul "
                    + "sent medics."))
        .containsExactly(
            "They joined the United States (US)-led invasion of Afghanistan.",
            "Seoul sent medics.");
  }

  @Test
  void doesNotSplitAfterEgOrIe() {
    assertThat(
            texts(
                "Some partners, e.g. Japan, joined early. Others, i.e. Australia and New "
                    + "Zealand, followed. The rest waited (e.g. NATO members)."))
        .containsExactly(
            "Some partners, e.g. Japan, joined early.",
            "Others, i.e. Australia and New Zealand, followed.",
            "The rest waited (e.g. NATO members).");
  }

  @Test
  void doesNotSplitAfterInitials() {
    assertThat(texts("J. F. Kennedy spoke in Berlin. He was cheered."))
        .containsExactly("J. F. Kennedy spoke in Berlin.", "He was cheered.");
  }

  @Test
  void doesNotSplitAfterTitlesOrDottedAcronyms() {
    assertThat(texts("Dr. Lee met the U.S. Secretary of State. Mr. Blinken agreed."))
        .containsExactly("Dr. Lee met the U.S. Secretary of State.", "Mr. Blinken agreed.");
  }

  @Test
  void keepsClosingQuotesWithTheirSentence() {
    assertThat(
            texts(
                "He called it “a new era.” Others disagreed. She said \"never.\" "
                    + "“Why now?” asked one."))
        .containsExactly(
            "He called it “a new era.”",
            "Others disagreed.",
            "She said \"never.\"",
            "“Why now?” asked one.");
  }

  @Test
  void splitsBeforeAnOpeningQuote() {
    assertThat(texts("Officials agreed. “Polycrisis” became the word of the year."))
        .containsExactly("Officials agreed.", "“Polycrisis” became the word of the year.");
  }

  @Test
  void splitsAtQuestionAndExclamationMarks() {
    assertThat(texts("A shared strategic environment? Perhaps. Not yet! Time will tell."))
        .containsExactly(
            "A shared strategic environment?", "Perhaps.", "Not yet!", "Time will tell.");
  }

  @Test
  void doesNotSplitBeforeALowerCaseWord() {
    assertThat(texts("The so-called ‘AP4’ partners et al. were invited. Who? the ministers."))
        .containsExactly(
            "The so-called ‘AP4’ partners et al. were invited.", "Who? the ministers.");
  }

  @Test
  void linesNeverShareASentence() {
    assertThat(texts("CSDS POLICY BRIEF • 10/2024\nBy Ramon Pacheco Pardo\n15.4.2024"))
        .containsExactly("CSDS POLICY BRIEF • 10/2024", "By Ramon Pacheco Pardo", "15.4.2024");
    assertThat(texts("First line ends here.\r\nSecond line.\n\nThird."))
        .containsExactly("First line ends here.", "Second line.", "Third.");
  }

  @Test
  void splitsAfterTabsAndNoBreakSpaces() {
    assertThat(texts("One.\tTwo.\u00A0Three.")).containsExactly("One.", "Two.", "Three.");
  }

  @Test
  void trimsSurroundingWhiteSpace() {
    List<Sentence> sentences = Sentences.split("  One sentence.   Two.  ");

    assertThat(sentences).extracting(Sentence::text).containsExactly("One sentence.", "Two.");
    assertThat(sentences.get(0).start()).isEqualTo(2);
    assertThat(sentences.get(1).end()).isEqualTo(22);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\n\n", " \t "})
  void blankTextHasNoSentences(String text) {
    assertThat(Sentences.split(text)).isEmpty();
  }

  @Test
  void textWithoutFinalPunctuationIsOneSentence() {
    assertThat(texts("From talking to doing")).containsExactly("From talking to doing");
  }

  @ParameterizedTest
  @MethodSource("everyPassageText")
  void eachSentenceIsItsPassageTextBetweenItsOffsets(String text) {
    List<Sentence> sentences = Sentences.split(text);

    assertThat(sentences).isNotEmpty();
    int previousEnd = 0;
    for (Sentence sentence : sentences) {
      assertThat(sentence.text()).isEqualTo(text.substring(sentence.start(), sentence.end()));
      assertThat(sentence.text()).isEqualTo(sentence.text().strip()).isNotBlank();
      assertThat(sentence.start()).isGreaterThanOrEqualTo(previousEnd);
      previousEnd = sentence.end();
    }
    // Nothing but white space is lost between sentences.
    String rebuilt = String.join("", sentences.stream().map(Sentence::text).toList());
    assertThat(rebuilt.replaceAll("\\s+", "")).isEqualTo(text.replaceAll("\\s+", ""));
  }

  @Test
  void splitsBundledParagraphsIntoTheirSentences() {
    Library bundled = Library.bundled();

    assertThat(texts(bundled.passage("csds-2024-10#s1p3").orElseThrow().text()))
        .hasSize(6)
        .element(1)
        .isEqualTo(
            "The two sides launched their dialogue in 2005, in the wake of "
                + "their participation in the United States (US)-led invasion of Afghanistan.");
    assertThat(texts(bundled.passage("csds-2024-10#s2p2").orElseThrow().text()))
        .hasSize(7)
        .last()
        .isEqualTo(
            "Seoul has also announced that it will provide a US$ 2.3 billion aid "
                + "package to Ukraine starting from this year.");
  }

  static List<String> everyPassageText() {
    List<Brief> briefs = new java.util.ArrayList<>(Library.bundled().briefs());
    for (String resource : Fixtures.TEST_BRIEFS) briefs.add(Fixtures.parse(resource));
    return briefs.stream().flatMap(b -> b.passages().stream()).map(Passage::text).toList();
  }

  private static List<String> texts(String text) {
    return Sentences.split(text).stream().map(Sentence::text).toList();
  }
}
