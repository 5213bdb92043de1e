package org.briefbot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.briefbot.core.Library;
import org.briefbot.index.BriefIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link BriefChat#askAs}: questions that arrive already parsed, still rate limited per user. */
class BriefChatAskAsTest {
  private static BriefIndex index;

  @TempDir Path temp;

  @BeforeAll
  static void buildIndex() {
    index = BriefIndex.build(Library.bundled());
  }

  @AfterAll
  static void closeIndex() {
    index.close();
  }

  private BriefChat chat(int perMinute) {
    Clock frozen = Clock.fixed(Instant.parse("2024-05-01T10:00:00Z"), ZoneOffset.UTC);
    return new BriefChat(
        index,
        new ReplyBudget(3, 900, 3500, 400),
        new RateLimiter(perMinute, frozen),
        new FeedbackLog(temp.resolve("f.jsonl"), false, frozen));
  }

  @Test
  void answersLikeAskWithTheQuestionVerbatim() {
    Reply reply = chat(10).askAs("u1", "show me when the ITPP was signed", Optional.empty());

    assertThat(reply.kind()).isEqualTo(Reply.Kind.ANSWER);
    assertThat(reply.title()).isEqualTo("show me when the ITPP was signed");
    assertThat(reply.answerToken()).isPresent();
  }

  @Test
  void countsAgainstTheSameLimitAsHandle() {
    BriefChat chat = chat(2);
    chat.handle("u1", "When was the ITPP signed?", "/brief");
    chat.askAs("u1", "When was the ITPP signed?", Optional.empty());

    Reply third = chat.askAs("u1", "When was the ITPP signed?", Optional.empty());

    assertThat(third.kind()).isEqualTo(Reply.Kind.RATE_LIMITED);
    assertThat(third.lead())
        .isEqualTo(
            "You're asking faster than I can keep up with. Please wait 30 seconds and ask again.");
    assertThat(chat.askAs("u2", "When was the ITPP signed?", Optional.empty()).kind())
        .isEqualTo(Reply.Kind.ANSWER);
  }

  @Test
  void answersTheRestOfAQuestionWithANoteOnANameNoBriefMentions() {
    Reply reply = chat(10).askAs("u1", "When was the ITPP with Zorblax signed?", Optional.empty());

    assertThat(reply.kind()).isEqualTo(Reply.Kind.ANSWER);
    assertThat(reply.quotes().get(0).text()).contains("July 2023");
    assertThat(reply.lead())
        .endsWith(
            "\n(No brief here mentions Zorblax; these passages answer the rest of the question.)");
  }

  @Test
  void aCautionedAnswerEndsItsLeadWithTheCautionNote() {
    org.briefbot.index.Answer answer =
        index.ask(
            new org.briefbot.index.Question("When was the ITPP signed?", 4, Optional.empty()));
    org.briefbot.index.Answer cautioned =
        new org.briefbot.index.Answer(
            answer.question(),
            answer.hits(),
            answer.suggestion(),
            false,
            answer.unknownTerms(),
            0,
            true);

    Reply plain = chat(10).reply(answer, answer.question(), Optional.empty(), 0);
    Reply flagged = chat(10).reply(cautioned, answer.question(), Optional.empty(), 0);

    assertThat(flagged.kind()).isEqualTo(Reply.Kind.ANSWER);
    assertThat(flagged.lead())
        .isEqualTo(plain.lead() + "\n(" + cautioned.cautionNote().orElseThrow() + ")");
    assertThat(flagged.quotes()).isEqualTo(plain.quotes());
  }

  @Test
  void aQuestionAboutThePaperAskedOfTwoBriefsLeadsWithThatAndQuotesEach() {
    String other =
        "---\nId: tides\n---\n# The tidal energy question\nEXAMPLE INSTITUTE BRIEF • 1/2025\n"
            + "By Ana Lobo\n3 March 2025\n\n## Where things stand\n\n"
            + "Ministers have argued about tidal energy for a decade.\n";
    Library two =
        Library.of(
            List.of(
                Library.bundled().briefs().get(0),
                org.briefbot.core.BriefParser.parse("tides.md", other)));
    try (BriefIndex both = BriefIndex.build(two)) {
      Clock frozen = Clock.fixed(Instant.parse("2024-05-01T10:00:00Z"), ZoneOffset.UTC);
      BriefChat chat =
          new BriefChat(
              both,
              new ReplyBudget(3, 900, 3500, 400),
              new RateLimiter(10, frozen),
              new FeedbackLog(temp.resolve("f.jsonl"), false, frozen));

      Reply reply = chat.askAs("u1", "Who wrote this paper?", Optional.empty());

      assertThat(reply.kind()).isEqualTo(Reply.Kind.ANSWER);
      assertThat(reply.lead())
          .isEqualTo("The question fits 2 briefs alike; here is each one's answer.");
      assertThat(reply.quotes().subList(0, 2))
          .extracting(Quote::text)
          .anyMatch(text -> text.contains("Ana Lobo"))
          .anyMatch(text -> text.contains("Ramon Pacheco Pardo"));
    }
  }

  @Test
  void reportsAnUnknownBrief() {
    Reply reply = chat(10).askAs("u1", "ITPP", Optional.of("no-such-brief"));

    assertThat(reply.kind()).isEqualTo(Reply.Kind.ERROR);
    assertThat(reply.lead())
        .isEqualTo("No brief has the id no-such-brief. Try about to list them.");
  }
}
