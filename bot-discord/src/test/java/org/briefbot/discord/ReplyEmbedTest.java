package org.briefbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.entities.MessageEmbed;
import org.briefbot.chat.BriefChat;
import org.briefbot.chat.Quote;
import org.briefbot.chat.Reply;
import org.briefbot.index.Answer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplyEmbedTest {
  @TempDir Path temp;

  private BriefChat chat() {
    return Bundled.chat(temp.resolve("feedback.jsonl"));
  }

  // ---- real answers

  @Test
  void rendersTheBestSentenceAsLeadAndCitedPassagesAsFields() {
    MessageEmbed embed =
        ReplyEmbed.render(chat().ask("When was the ITPP signed?", Optional.empty(), 0));

    assertThat(embed.getTitle()).isEqualTo("When was the ITPP signed?");
    assertThat(embed.getDescription())
        .isEqualTo(
            "NATO even offered South Korea an Individually Tailored Partnership Programme (ITPP), signed in July 2023.");
    assertThat(embed.getFields()).hasSize(3);
    MessageEmbed.Field first = embed.getFields().get(0);
    assertThat(first.getName()).isEqualTo("§1 \"Introduction\" ¶2 · csds-2024-10#s1p2");
    assertThat(first.getValue())
        .startsWith("NATO, for its part, has certainly reciprocated Seoul’s interest.")
        .contains(
            "**NATO even offered South Korea an Individually Tailored Partnership Programme (ITPP), signed in July 2023.**")
        .endsWith(
            "The ITPP is the most comprehensive agreement in the history of their bilateral relationship.");
    assertThat(embed.getFooter().getText())
        .isEqualTo(
            "Ramon Pacheco Pardo, CSDS Policy Brief 10/2024 (Centre for Security, Diplomacy and Strategy, 15 April 2024)");
    assertThat(embed.getColor()).isEqualTo(ReplyEmbed.ANSWER);
  }

  @Test
  void offersTheCorrectedQuestion() {
    MessageEmbed embed =
        ReplyEmbed.render(chat().ask("When was the ITPP signd?", Optional.empty(), 0));

    assertThat(embed.getDescription())
        .startsWith("Did you mean: *When was the ITPP signed?*\n\nNATO even offered");
  }

  @Test
  void saysPlainlyWhenTheBriefDoesNotAddressTheQuestion() {
    MessageEmbed embed =
        ReplyEmbed.render(chat().ask("What is the capital of Peru?", Optional.empty(), 0));

    assertThat(embed.getDescription())
        .isEqualTo(Answer.NOT_ADDRESSED + " No brief here mentions Peru.");
    assertThat(embed.getFields()).isEmpty();
    assertThat(embed.getColor()).isEqualTo(ReplyEmbed.NOT_ADDRESSED);
  }

  @Test
  void marksNearestPassagesAsLowConfidenceWhenAbstaining() {
    Quote quote =
        quote("csds-2024-10#s1p1", "Some text. Nearest sentence. More.", "Nearest sentence.");
    Reply reply =
        Reply.builder(Reply.Kind.NOT_ADDRESSED)
            .title("q")
            .lead(Answer.NOT_ADDRESSED)
            .quotes(List.of(quote))
            .context("ref")
            .answerToken("abc")
            .build();

    MessageEmbed embed = ReplyEmbed.render(reply);

    assertThat(embed.getDescription())
        .isEqualTo(Answer.NOT_ADDRESSED + "\n\nThe nearest passages, low confidence:");
    assertThat(embed.getFields()).hasSize(1);
  }

  @Test
  void showsOnePassageInFull() {
    MessageEmbed embed = ReplyEmbed.render(chat().show("csds-2024-10#s1p2"));

    assertThat(embed.getTitle()).isEqualTo("§1 \"Introduction\" ¶2 · csds-2024-10#s1p2");
    assertThat(embed.getDescription())
        .startsWith("NATO, for its part")
        .endsWith("bilateral relationship.");
  }

  @Test
  void listsTheOutline() {
    MessageEmbed embed = ReplyEmbed.render(chat().outline(Optional.empty()));

    assertThat(embed.getTitle()).isEqualTo("Outline");
    assertThat(embed.getDescription()).contains("§1 Introduction — ");
  }

  // ---- the limits

  @Test
  void cutsAHugeQuestionToTheTitleLimit() {
    Reply reply = answer("@everyone ".repeat(1000), "lead", List.of(), "ref");

    MessageEmbed embed = ReplyEmbed.render(reply);

    assertThat(embed.getTitle())
        .hasSizeLessThanOrEqualTo(256)
        .startsWith("\\@everyone \\@everyone")
        .endsWith("…");
    assertWithinLimits(embed);
  }

  @Test
  void keepsAFieldValueOfExactly1024Whole() {
    String before = "b".repeat(500) + " ";
    String marked = "M".repeat(100);
    String after = " " + "a".repeat(418);
    Quote quote =
        new Quote(
            "x#s1p1",
            "§1 \"X\" ¶1",
            "ref",
            "X",
            before + marked + after,
            before.length(),
            before.length() + marked.length());

    String value = ReplyEmbed.fieldValue(quote);

    assertThat(value).hasSize(1024).isEqualTo(before + "**" + marked + "**" + after);
  }

  @Test
  void cutsAFieldValueOf1025AroundTheBoldSentence() {
    String before = "b".repeat(500) + " ";
    String marked = "M".repeat(100);
    String after = " " + "a ".repeat(210);
    Quote quote =
        new Quote(
            "x#s1p1",
            "§1 \"X\" ¶1",
            "ref",
            "X",
            before + marked + after,
            before.length(),
            before.length() + marked.length());

    String value = ReplyEmbed.fieldValue(quote);

    assertThat(value).hasSizeLessThanOrEqualTo(1024).contains("**" + marked + "**");
    assertThat(value.chars().filter(c -> c == '…').count()).isEqualTo(1);
  }

  @Test
  void cutsHugePassagesOfMarkdownToTheFieldLimit() {
    // every character needs an escape, so the escaped passage is twice as long
    String text = "*".repeat(5000) + " Best sentence here. " + "_".repeat(5000);
    int start = 5001;
    Quote quote =
        new Quote(
            "x#s1p1",
            "§1 \"X\" ¶1",
            "ref",
            "X",
            text,
            start,
            start + "Best sentence here.".length());

    String value = ReplyEmbed.fieldValue(quote);

    assertThat(value)
        .hasSizeLessThanOrEqualTo(1024)
        .contains("**Best sentence here.**")
        .startsWith("…\\*")
        .endsWith("\\_…");
  }

  @Test
  void cutsABestSentenceLongerThanAFieldAndKeepsItBold() {
    String sentence = "Word ".repeat(400).strip() + ".";
    String text = "Before. " + sentence;
    Quote quote = new Quote("x#s1p1", "§1 \"X\" ¶1", "ref", "X", text, 8, text.length());

    String value = ReplyEmbed.fieldValue(quote);

    assertThat(value).hasSizeLessThanOrEqualTo(1024).startsWith("… **Word Word").endsWith("…**");
  }

  @Test
  void boldHugsTheSentenceEvenWhenTheMarkIncludesSpaces() {
    Quote quote = new Quote("x#s1p1", "§1 \"X\" ¶1", "ref", "X", "One. Two. Three.", 4, 9);

    assertThat(ReplyEmbed.fieldValue(quote)).isEqualTo("One. **Two.** Three.");
  }

  @Test
  void keepsEveryPartWithinItsLimitAndTheWholeWithin6000() {
    List<Quote> quotes = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      String text = ("Passage " + i + " says **this** and @everyone <@123>. ").repeat(400);
      quotes.add(
          new Quote("x#s1p" + i, "§1 \"" + "H".repeat(400) + "\" ¶" + i, "ref", "X", text, 0, 40));
    }
    Reply reply =
        Reply.builder(Reply.Kind.ANSWER)
            .title("Q".repeat(10_000))
            .lead("L".repeat(10_000))
            .quotes(quotes)
            .didYouMean(Optional.of("D".repeat(10_000)))
            .context("F".repeat(10_000))
            .answerToken("abc")
            .hasMore(true)
            .build();

    MessageEmbed embed = ReplyEmbed.render(reply);

    assertWithinLimits(embed);
    assertThat(embed.getFields()).hasSize(3);
    for (MessageEmbed.Field field : embed.getFields()) {
      assertThat(field.getName()).hasSizeLessThanOrEqualTo(256);
      assertThat(field.getValue()).hasSizeLessThanOrEqualTo(1024).contains("**");
    }
  }

  @Test
  void keepsAtMost25FieldsAndDropsFieldsRatherThanExceed6000() {
    List<Quote> quotes = new ArrayList<>();
    for (int i = 1; i <= 30; i++)
      quotes.add(quote("x#s1p" + i, "A. " + "w ".repeat(600) + "B.", "B."));

    MessageEmbed embed = ReplyEmbed.render(answer("q", "lead", quotes, "ref"));

    assertWithinLimits(embed);
    assertThat(embed.getFields()).hasSizeLessThan(25).isNotEmpty();
    assertThat(embed.getFields().get(0).getName()).contains("x#s1p1");
  }

  @Test
  void buildsAnEmbedOfExactly6000AndCutsOneOf6001() {
    ReplyEmbed.Parts exact =
        new ReplyEmbed.Parts(
            "t".repeat(256), "d".repeat(4096), List.of(), "f".repeat(1648), ReplyEmbed.INFO);
    ReplyEmbed.Parts over =
        new ReplyEmbed.Parts(
            "t".repeat(256), "d".repeat(4096), List.of(), "f".repeat(1649), ReplyEmbed.INFO);

    MessageEmbed kept = ReplyEmbed.build(exact);
    MessageEmbed cut = ReplyEmbed.build(over);

    assertThat(kept.getLength()).isEqualTo(6000);
    assertThat(kept.getFooter().getText()).hasSize(1648);
    assertThat(cut.getLength()).isLessThanOrEqualTo(6000);
    assertThat(cut.getFooter().getText()).endsWith("…");
    assertThat(cut.getDescription()).hasSize(4096);
  }

  @Test
  void cutsAHugeListingToTheDescriptionLimitAndSaysHowMuchIsLeft() {
    List<String> lines = Collections.nCopies(1000, "§1 A section heading — 3 paragraphs");
    Reply reply = Reply.builder(Reply.Kind.OUTLINE).title("Outline").lines(lines).build();

    MessageEmbed embed = ReplyEmbed.render(reply);

    assertWithinLimits(embed);
    assertThat(embed.getDescription()).matches("(?s).*\n… and \\d+ more lines");
  }

  @Test
  void cutsAHugePassageToTheDescriptionLimit() {
    String text = "<@123> **x** ".repeat(2000);
    Reply reply =
        Reply.builder(Reply.Kind.PASSAGE)
            .title("§1 \"X\" ¶1")
            .quotes(List.of(new Quote("x#s1p1", "§1 \"X\" ¶1", "ref", "X", text, 0, text.length())))
            .context("R".repeat(5000))
            .build();

    MessageEmbed embed = ReplyEmbed.render(reply);

    assertWithinLimits(embed);
    assertThat(embed.getDescription()).hasSizeLessThanOrEqualTo(4096).endsWith("…");
  }

  @Test
  void namesTheBriefInFieldNamesWhenQuotesComeFromSeveralBriefs() {
    Quote a = new Quote("a#s1p1", "§1 \"X\" ¶1", "ref a", "Brief A", "Text.", 0, 5);
    Quote b = new Quote("b#s2p1", "§2 \"Y\" ¶1", "ref b", "Brief B", "Text.", 0, 5);

    MessageEmbed embed = ReplyEmbed.render(answer("q", "Text.", List.of(a, b), "ref a; ref b"));

    assertThat(embed.getFields())
        .extracting(MessageEmbed.Field::getName)
        .containsExactly("Brief A, §1 \"X\" ¶1 · a#s1p1", "Brief B, §2 \"Y\" ¶1 · b#s2p1");
  }

  static Quote quote(String id, String text, String sentence) {
    int start = text.indexOf(sentence);
    return new Quote(id, "§1 \"X\" ¶1", "ref", "X", text, start, start + sentence.length());
  }

  static Reply answer(String question, String lead, List<Quote> quotes, String context) {
    return Reply.builder(Reply.Kind.ANSWER)
        .title(question)
        .lead(lead)
        .quotes(quotes)
        .context(context)
        .answerToken("0123456789ab")
        .build();
  }

  static void assertWithinLimits(MessageEmbed embed) {
    assertThat(embed.getTitle()).hasSizeLessThanOrEqualTo(256);
    if (embed.getDescription() != null)
      assertThat(embed.getDescription()).hasSizeLessThanOrEqualTo(4096);
    assertThat(embed.getFields()).hasSizeLessThanOrEqualTo(25);
    for (MessageEmbed.Field field : embed.getFields()) {
      assertThat(field.getName()).hasSizeLessThanOrEqualTo(256);
      assertThat(field.getValue()).hasSizeLessThanOrEqualTo(1024);
    }
    if (embed.getFooter() != null)
      assertThat(embed.getFooter().getText()).hasSizeLessThanOrEqualTo(2048);
    assertThat(embed.getLength()).isLessThanOrEqualTo(6000);
    assertThat(embed.isSendable()).isTrue();
  }
}
