package org.briefbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SlackTextTest {
  @Test
  void toPlainRemovesTheBotsMentionAndSpellsOutOthers() {
    assertThat(
            SlackText.toPlain("<@UBOT> when did <@U123|ann> and <@W9> join <#C1|general>?", "UBOT"))
        .isEqualTo("when did @ann and @W9 join #general?");
  }

  @Test
  void toPlainTurnsSpecialMentionsIntoWordsThatPingNobody() {
    assertThat(
            SlackText.toPlain(
                "<!channel> <!here|@here> <!subteam^S1|@analysts> <!date^1392734382^{date}|Feb 18>",
                null))
        .isEqualTo("@channel @here @analysts Feb 18");
  }

  @Test
  void toPlainKeepsLinkLabelsOrTheAddress() {
    assertThat(
            SlackText.toPlain(
                "see <https://example.org/a?b=1&amp;c=2|the report> and <mailto:x@example.org>",
                null))
        .isEqualTo("see the report and mailto:x@example.org");
  }

  @Test
  void toPlainDecodesSlacksEscapesOnce() {
    assertThat(SlackText.toPlain("AT&amp;T &lt;b&gt; &amp;amp;", null)).isEqualTo("AT&T <b> &amp;");
  }

  @Test
  void toPlainOfNothingIsEmpty() {
    assertThat(SlackText.toPlain(null, "UBOT")).isEmpty();
    assertThat(SlackText.toPlain("<@UBOT>", "UBOT")).isEmpty();
  }

  @Test
  void escapeEscapesTheThreeMarkupCharacters() {
    assertThat(SlackText.escape("<!channel> & <@U123>"))
        .isEqualTo("&lt;!channel&gt; &amp; &lt;@U123&gt;");
    assertThat(SlackText.escape(null)).isEmpty();
  }

  @Test
  void fitLeavesShortTextAlone() {
    assertThat(SlackText.fit("short", 10)).isEqualTo("short");
  }

  @Test
  void fitCutsAtAWordAndNeverInsideAnEntity() {
    String escaped = SlackText.escape("a".repeat(95) + " &&&&&&&&&&");
    String cut = SlackText.fit(escaped, 100);
    assertThat(cut).hasSizeLessThanOrEqualTo(100).endsWith("…").doesNotContain("&amp");
    String entities = SlackText.escape("&".repeat(100));
    for (int max = 10; max < 30; max++) {
      assertThat(SlackText.fit(entities, max)).hasSizeLessThanOrEqualTo(max).matches("(&amp;)*…");
    }
  }

  @Test
  void fitRejectsATinyLimit() {
    assertThatThrownBy(() -> SlackText.fit("abc", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("max must be at least 2, was 1");
  }

  @Test
  void mentionMentionsOnlyRealUserIds() {
    assertThat(SlackText.mention("U024BE7LH")).isEqualTo("<@U024BE7LH>");
    assertThat(SlackText.mention("U1> <!channel")).isEqualTo("U1&gt; &lt;!channel");
  }
}
