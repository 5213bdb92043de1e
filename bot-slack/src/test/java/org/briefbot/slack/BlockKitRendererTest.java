package org.briefbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.slack.api.util.json.GsonFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.briefbot.chat.Quote;
import org.briefbot.chat.Reply;
import org.briefbot.index.Answer;
import org.junit.jupiter.api.Test;

class BlockKitRendererTest {
  static final Gson GSON = GsonFactory.createSnakeCase();

  static Quote quote(String id, String text, int markStart, int markEnd) {
    return new Quote(
        id,
        "§1 \"Introduction\" ¶2",
        "A. Author, Brief 1/2024, §1 \"Introduction\" ¶2",
        "Brief 1/2024",
        text,
        markStart,
        markEnd);
  }

  static Reply answer(String title, String lead, List<Quote> quotes) {
    return Reply.builder(Reply.Kind.ANSWER)
        .title(title)
        .lead(lead)
        .quotes(quotes)
        .context("A. Author, Brief 1/2024")
        .answerToken("0123456789ab")
        .build();
  }

  static JsonArray json(SlackMessage m) {
    return GSON.toJsonTree(m.blocks()).getAsJsonArray();
  }

  static List<String> texts(JsonElement element) {
    List<String> out = new ArrayList<>();
    collect(element, out);
    return out;
  }

  private static void collect(JsonElement e, List<String> out) {
    if (e.isJsonArray()) for (JsonElement x : e.getAsJsonArray()) collect(x, out);
    if (e.isJsonObject()) {
      JsonObject o = e.getAsJsonObject();
      if (o.has("type") && o.get("type").getAsString().equals("mrkdwn"))
        out.add(o.get("text").getAsString());
      for (String key : o.keySet()) collect(o.get(key), out);
    }
  }

  @Test
  void putsTheBestSentenceFirstThenEachQuoteWithItsCitationAndAShowButton() {
    String text = "First sentence. The best sentence. Last one.";
    SlackMessage m =
        BlockKitRenderer.render(
            answer(
                "q?",
                "The best sentence.",
                List.of(quote("b#s1p2", text, 16, 34), quote("b#s1p3", "Another passage.", 0, 16))),
            BlockKitRenderer.Audience.ASKER);

    JsonArray blocks = json(m);
    assertThat(blocks.get(0).getAsJsonObject().getAsJsonObject("text").get("text").getAsString())
        .isEqualTo("The best sentence.");
    JsonObject first = blocks.get(1).getAsJsonObject();
    assertThat(first.getAsJsonObject("text").get("text").getAsString())
        .isEqualTo("*§1 \"Introduction\" ¶2*\n>First sentence. *The best sentence.* Last one.");
    assertThat(first.getAsJsonObject("accessory").get("action_id").getAsString())
        .isEqualTo("brief_show_1");
    assertThat(first.getAsJsonObject("accessory").get("value").getAsString()).isEqualTo("b#s1p2");
    assertThat(
            blocks
                .get(2)
                .getAsJsonObject()
                .getAsJsonObject("accessory")
                .get("action_id")
                .getAsString())
        .isEqualTo("brief_show_2");
    assertThat(texts(blocks.get(3)))
        .containsExactly("Source: A. Author, Brief 1/2024", "Asked: “q?”");
    assertThat(m.text()).isEqualTo("The best sentence.");
  }

  @Test
  void offersShareInChannelToTheAskerOnly() {
    Reply reply = answer("q?", "Lead.", List.of(quote("b#s1p2", "Lead.", 0, 5)));
    JsonArray asker = json(BlockKitRenderer.render(reply, BlockKitRenderer.Audience.ASKER));
    JsonArray channel =
        json(BlockKitRenderer.render(reply, BlockKitRenderer.Audience.CHANNEL, Optional.of("U42")));

    assertThat(actionIds(asker)).containsExactly("brief_share", "brief_vote_up", "brief_vote_down");
    assertThat(actionIds(channel)).containsExactly("brief_vote_up", "brief_vote_down");
    assertThat(channel.toString()).contains("shared by <@U42>");
  }

  private static List<String> actionIds(JsonArray blocks) {
    JsonObject actions = blocks.get(blocks.size() - 1).getAsJsonObject();
    assertThat(actions.get("type").getAsString()).isEqualTo("actions");
    List<String> ids = new ArrayList<>();
    for (JsonElement e : actions.getAsJsonArray("elements"))
      ids.add(e.getAsJsonObject().get("action_id").getAsString());
    return ids;
  }

  @Test
  void escapesEverythingQuotedOrEchoedAndMarksItVerbatim() {
    String passage = "Ask <!channel> & <@U1> about <https://x.test|this>.";
    Reply reply =
        Reply.builder(Reply.Kind.ANSWER)
            .title("<!here> & <@U2>?")
            .lead("Lead <!everyone>.")
            .quotes(List.of(quote("b#s1p2", passage, 0, passage.length())))
            .didYouMean(Optional.of("<!channel> fixed"))
            .context("Ref <b>")
            .answerToken("0123456789ab")
            .build();
    SlackMessage m = BlockKitRenderer.render(reply, BlockKitRenderer.Audience.ASKER);

    String all = json(m) + m.text();
    assertThat(all)
        .doesNotContain("<!")
        .doesNotContain("<@")
        .doesNotContain("<http")
        .doesNotContain("<b>");
    assertThat(all)
        .contains("&lt;!channel&gt; &amp; &lt;@U1&gt;")
        .contains("&lt;!here&gt; &amp; &lt;@U2&gt;?");
    assertThat(m.text()).isEqualTo("Lead &lt;!everyone&gt;.");
    for (JsonElement block : json(m)) {
      assertThat(block.toString()).doesNotContain("\"verbatim\":false");
    }
    assertThat(json(m).toString()).doesNotContain("\"type\":\"mrkdwn\",\"text\":\"\"");
  }

  @Test
  void saysTheBriefDoesNotAddressAQuestionWithoutQuotingNearMisses() {
    Reply reply =
        Reply.builder(Reply.Kind.NOT_ADDRESSED)
            .title("GDP of Peru?")
            .lead(Answer.NOT_ADDRESSED)
            .quotes(List.of(quote("b#s3p6", "Unrelated.", 0, 10)))
            .answerToken("0123456789ab")
            .build();
    JsonArray blocks = json(BlockKitRenderer.render(reply, BlockKitRenderer.Audience.ASKER));

    assertThat(texts(blocks.get(0))).containsExactly(Answer.NOT_ADDRESSED);
    assertThat(blocks.toString()).doesNotContain("Unrelated").doesNotContain("brief_show_");
  }

  @Test
  void showsDidYouMean() {
    Reply reply =
        Reply.builder(Reply.Kind.ANSWER)
            .title("sigend?")
            .lead("Lead.")
            .didYouMean(Optional.of("When was it signed?"))
            .build();
    assertThat(texts(json(BlockKitRenderer.render(reply, BlockKitRenderer.Audience.ASKER))))
        .contains("Did you mean: _When was it signed?_?");
  }

  @Test
  void keepsEverySectionWithinThreeThousandCharactersEvenWhenEscapingGrowsIt() {
    String passage = "&".repeat(2_900);
    Reply reply =
        answer(
            "&".repeat(200),
            "<".repeat(600),
            List.of(quote("b#s1p2", passage, 0, passage.length())));
    for (String text :
        texts(json(BlockKitRenderer.render(reply, BlockKitRenderer.Audience.ASKER)))) {
      assertThat(text.length()).isLessThanOrEqualTo(SlackText.SECTION_LIMIT);
    }
  }

  @Test
  void keepsAnyReplyWithinFiftyBlocks() {
    List<String> lines = Collections.nCopies(400, "§9 A heading — " + "x".repeat(1_000));
    Reply outline = Reply.builder(Reply.Kind.OUTLINE).title("Outline").lines(lines).build();
    SlackMessage m = BlockKitRenderer.render(outline, BlockKitRenderer.Audience.ASKER);

    assertThat(m.blocks()).hasSize(SlackMessage.MAX_BLOCKS);
    assertThat(texts(json(m)))
        .last()
        .asString()
        .endsWith("more parts left out to fit in one Slack message.");
    assertThat(texts(json(m))).allMatch(t -> t.length() <= SlackText.SECTION_LIMIT);
  }

  @Test
  void listsHelpLinesAsBullets() {
    Reply help =
        Reply.builder(Reply.Kind.HELP)
            .title("How to ask briefbot")
            .lead("Ask a question in plain words.")
            .lines(List.of("/brief QUESTION — ask", "/brief show ID — one passage"))
            .build();
    assertThat(texts(json(BlockKitRenderer.render(help, BlockKitRenderer.Audience.ASKER))))
        .containsExactly(
            "*How to ask briefbot*\nAsk a question in plain words.",
            "• /brief QUESTION — ask\n• /brief show ID — one passage");
  }
}
