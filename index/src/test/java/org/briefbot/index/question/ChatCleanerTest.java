package org.briefbot.index.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What chat wraps around a question is removed; what the user asked stays, in their words. */
class ChatCleanerTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = " => ",
      quoteCharacter = '"',
      textBlock =
          """
      <@U123> when was the ITPP signed? => when was the ITPP signed?
      <@U123|alice> when was the ITPP signed? => when was the ITPP signed?
      <!channel> when was the ITPP signed? => when was the ITPP signed?
      <!here> when was the ITPP signed? => when was the ITPP signed?
      <!subteam^S123|@analysts> what is the AP4? => what is the AP4?
      <#C024BE7LR|general> what is the AP4? => what is the AP4?
      """)
  void removesSlackMentionsAndChannelReferences(String typed, String cleaned) {
    assertThat(ChatCleaner.clean(typed)).isEqualTo(cleaned);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = " => ",
      quoteCharacter = '"',
      textBlock =
          """
      <@123456789012345678> what is the AP4? => what is the AP4?
      <@!123456789012345678> what is the AP4? => what is the AP4?
      <@&123456789012345678> what is the AP4? => what is the AP4?
      <#123456789012345678> what is the AP4? => what is the AP4?
      what is the AP4? <:thinking_nato:1234> => what is the AP4?
      what is the AP4? <a:spinning:1234> => what is the AP4?
      """)
  void removesDiscordMentionsChannelsRolesAndCustomEmoji(String typed, String cleaned) {
    assertThat(ChatCleaner.clean(typed)).isEqualTo(cleaned);
  }

  @Test
  void removesPlainAtMentionsButNotEmailAddresses() {
    assertThat(ChatCleaner.clean("@briefbot who wrote the brief?"))
        .isEqualTo("who wrote the brief?");
    assertThat(ChatCleaner.clean("who is author@example.org?"))
        .isEqualTo("who is author@example.org?");
  }

  @Test
  void removesEmojiCodesIncludingSkinTones() {
    assertThat(ChatCleaner.clean(":wave: when did Seoul open its mission? :thumbsup::skin-tone-3:"))
        .isEqualTo("when did Seoul open its mission?");
  }

  @Test
  void removesUnicodeEmojiFlagsAndModifiers() {
    assertThat(ChatCleaner.clean("🇰🇷🤝 NATO ties? 👍🏽 ❤️ 🧑‍💻")).isEqualTo("NATO ties?");
  }

  @Test
  void keepsTheLabelOfASlackLinkAndDropsBareUrls() {
    assertThat(ChatCleaner.clean("what does <https://example.org/brief?id=10|the CSDS brief> say"))
        .isEqualTo("what does the CSDS brief say");
    assertThat(ChatCleaner.clean("what does <https://example.org/brief> say"))
        .isEqualTo("what does say");
    assertThat(ChatCleaner.clean("what does https://example.org/brief?id=10&x=y say"))
        .isEqualTo("what does say");
  }

  @Test
  void removesBoldItalicStrikeAndCodeMarksButKeepsTheWords() {
    assertThat(ChatCleaner.clean("*when* was the _ITPP_ ~really~ `signed`?"))
        .isEqualTo("when was the ITPP really signed ?");
  }

  @Test
  void keepsUnderscoresAndHyphensInsideWords() {
    assertThat(ChatCleaner.clean("South Korea-NATO ties and snake_case"))
        .isEqualTo("South Korea-NATO ties and snake_case");
  }

  @Test
  void removesQuotePrefixesOnEveryLine() {
    assertThat(ChatCleaner.clean("> when was the ITPP signed?\n>> and by whom?"))
        .isEqualTo("when was the ITPP signed? and by whom?");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = " => ",
      quoteCharacter = '"',
      textBlock =
          """
      hey bot, who is in the AP4? => who is in the AP4?
      Hi all: who is in the AP4? => who is in the AP4?
      ok so who is in the AP4? => who is in the AP4?
      Hello there! who is in the AP4? => who is in the AP4?
      thanks - who is in the AP4? => who is in the AP4?
      hey briefbot, ok so, who is in the AP4? => who is in the AP4?
      """)
  void removesGreetingsAndFillerAtTheStart(String typed, String cleaned) {
    assertThat(ChatCleaner.clean(typed)).isEqualTo(cleaned);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = " => ",
      quoteCharacter = '"',
      textBlock =
          """
      can you tell me who is in the AP4? => who is in the AP4?
      Could you please tell me who is in the AP4? => who is in the AP4?
      I'd like to know who is in the AP4 => who is in the AP4
      I’d like to know who is in the AP4 => who is in the AP4
      I want to know who is in the AP4 => who is in the AP4
      do you know who is in the AP4? => who is in the AP4?
      """)
  void removesRequestsWrappedAroundTheQuestion(String typed, String cleaned) {
    assertThat(ChatCleaner.clean(typed)).isEqualTo(cleaned);
  }

  @Test
  void leavesAPlainQuestionAsItIs() {
    String question = "When did South Korea establish its mission to NATO?";
    assertThat(ChatCleaner.clean(question)).isEqualTo(question);
  }

  @Test
  void turnsNullAndNoiseOnlyIntoEmptyText() {
    assertThat(ChatCleaner.clean(null)).isEmpty();
    assertThat(ChatCleaner.clean("<@U123> :wave: 👍")).isEmpty();
    assertThat(ChatCleaner.clean("\u0000\u0007\u001b")).isEmpty();
  }

  @Test
  void boundsAVeryLongInputAtAWordBoundary() {
    String cleaned = ChatCleaner.clean("NATO cooperation ".repeat(600)); // 10,200 characters
    assertThat(cleaned.length()).isLessThanOrEqualTo(ChatCleaner.MAX_CHARS);
    assertThat(cleaned).startsWith("NATO cooperation NATO").doesNotEndWith(" ");
    assertThat(cleaned.split(" ")).allMatch(w -> w.equals("NATO") || w.equals("cooperation"));
  }

  @Test
  void boundsAVeryLongInputWithoutSpaces() {
    assertThat(ChatCleaner.clean("x".repeat(10_000))).hasSize(ChatCleaner.MAX_CHARS);
  }

  @Test
  void removesThousandsOfFillerWordsWithoutOverflowingTheStack() {
    // A run of greetings used to be one repeated regex group, one stack frame per repetition.
    // (Found by BriefIndexPropertyTest.)
    String typed = "um ".repeat(1300) + "hey, hi there! When was the ITPP signed?";

    assertThat(ChatCleaner.clean(typed)).isEqualTo("When was the ITPP signed?");
  }
}
