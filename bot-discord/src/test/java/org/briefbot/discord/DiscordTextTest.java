package org.briefbot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DiscordTextTest {
  @Test
  void leavesOrdinaryProseAlone() {
    String prose =
        "NATO even offered South Korea an Individually Tailored Partnership Programme (ITPP), "
            + "signed in July 2023. The South Korea-NATO relationship is “not new”.";

    assertThat(DiscordText.escape(prose)).isEqualTo(prose);
  }

  @Test
  void escapesEveryMarkdownMark() {
    assertThat(DiscordText.escape("**bold** __under__ *it* _it_ ~~strike~~ `code` ||spoiler|| \\"))
        .isEqualTo(
            "\\*\\*bold\\*\\* \\_\\_under\\_\\_ \\*it\\* \\_it\\_ \\~\\~strike\\~\\~ \\`code\\` "
                + "\\|\\|spoiler\\|\\| \\\\");
    assertThat(DiscordText.escape("[click](https://example.org)"))
        .isEqualTo("\\[click\\](https://example.org)");
  }

  @Test
  void escapesLineStartMarksOnlyAtTheStartOfALine() {
    assertThat(
            DiscordText.escape(
                "# Heading\n- item\n+ item\n-# small\n> quote\n1. first\nSouth Korea-NATO #1"))
        .isEqualTo(
            "\\# Heading\n\\- item\n\\+ item\n\\-# small\n\\> quote\n1\\. first\nSouth Korea-NATO #1");
  }

  @Test
  void escapesMentionsSoTheyShowAsTyped() {
    assertThat(
            DiscordText.escape(
                "@everyone @here <@123> <@!123> <@&456> <#789> <t:1700000000:R> </brief ask:1>"))
        .isEqualTo(
            "\\@everyone \\@here \\<\\@123\\> \\<\\@!123\\> \\<\\@&456\\> \\<#789\\> "
                + "\\<t:1700000000:R\\> \\</brief ask:1\\>");
  }

  @Test
  void escapesAtSignsEverywhere() {
    assertThat(DiscordText.escape("<@123>")).isEqualTo("\\<\\@123\\>");
    assertThat(DiscordText.escape("@everyone")).isEqualTo("\\@everyone");
  }

  @Test
  void keepsTextThatFitsWhole() {
    String text = "a".repeat(100);

    assertThat(DiscordText.escapePrefix(text, 100)).isEqualTo(text);
    assertThat(DiscordText.escapeSuffix(text, 100)).isEqualTo(text);
  }

  @Test
  void cutsTheBeginningAtAWordWithAnEllipsis() {
    String cut = DiscordText.escapePrefix("one two three four five six", 14);

    assertThat(cut).isEqualTo("one two three…");
    assertThat(cut.length()).isLessThanOrEqualTo(14);
  }

  @Test
  void cutsTheEndingAtAWordWithAnEllipsis() {
    String cut = DiscordText.escapeSuffix("one two three four five six", 14);

    assertThat(cut).isEqualTo("…four five six");
  }

  @Test
  void countsEscapesAgainstTheLimit() {
    String marks = "*".repeat(3000);

    String prefix = DiscordText.escapePrefix(marks, 1024);
    String suffix = DiscordText.escapeSuffix(marks, 1024);

    assertThat(prefix).hasSizeLessThanOrEqualTo(1024).startsWith("\\*\\*").endsWith("\\*…");
    assertThat(suffix).hasSizeLessThanOrEqualTo(1024).startsWith("…\\*").endsWith("\\*");
  }

  @Test
  void neverSplitsASurrogatePair() {
    String emoji = "😀".repeat(50); // 100 UTF-16 units

    String prefix = DiscordText.escapePrefix(emoji, 10);
    String suffix = DiscordText.escapeSuffix(emoji, 10);
    String cut = DiscordText.cut(emoji, 10);

    for (String s : new String[] {prefix, suffix, cut}) {
      assertThat(s).hasSizeLessThanOrEqualTo(10);
      assertThat(s.replace("…", "")).matches("(😀)*");
    }
  }

  @Test
  void cutsPlainTextWithoutEscaping() {
    assertThat(DiscordText.cut("**not markdown here**", 100)).isEqualTo("**not markdown here**");
    assertThat(DiscordText.cut("x".repeat(3000), 2048)).hasSize(2048).endsWith("…");
  }

  @Test
  void rejectsLimitsBelowOne() {
    assertThatThrownBy(() -> DiscordText.escapePrefix("x", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("max must be at least 1, was 0");
  }
}
