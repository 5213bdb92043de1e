package org.briefbot.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.briefbot.core.Brief;
import org.briefbot.core.BriefParser;
import org.briefbot.core.Passage;
import org.briefbot.core.PassageKind;
import org.briefbot.core.Sentence;
import org.junit.jupiter.api.Test;

/** {@link Evaluation}: how an answer is scored against a question's gold. */
class EvaluationTest {
  private static final Evaluation.Case WHO_WROTE_SALT =
      new Evaluation.Case("q1", "meta", "Who wrote this paper?", List.of("By Ben Okoro"));

  @Test
  void anAnswerForEachBriefIsJudgedByItsBriefsAnswerWhereverItStands() {
    List<Hit> headers = headers();
    Answer forEach =
        new Answer("Who wrote this paper?", headers, Optional.empty(), false, List.of(), 3);

    Evaluation.Outcome outcome = Evaluation.outcome(WHO_WROTE_SALT, forEach);

    assertThat(outcome.rank()).isEqualTo(1);
    assertThat(outcome.amongEachBrief()).isTrue();
    assertThat(outcome.sentenceRight()).isTrue();
    assertThat(outcome.topId()).isEqualTo("salt#meta");
    Evaluation.Scores scores = Evaluation.scores(List.of(outcome));
    assertThat(scores.hitAt1()).isEqualTo(1.0);
    assertThat(scores.amongEachBrief()).isEqualTo(1);
    assertThat(scores.strictHitAt1()).isEqualTo(0.0);
    assertThat(scores.format()).contains("1 answered for each brief").contains("hit@1 0.000 if");
  }

  @Test
  void aSingleRankingIsJudgedByItsOrder() {
    Answer ranked =
        new Answer("Who wrote this paper?", headers(), Optional.empty(), false, List.of());

    Evaluation.Outcome outcome = Evaluation.outcome(WHO_WROTE_SALT, ranked);

    assertThat(outcome.rank()).isEqualTo(2);
    assertThat(outcome.amongEachBrief()).isFalse();
    assertThat(outcome.sentenceRight()).isFalse();
    assertThat(Evaluation.scores(List.of(outcome)).format()).doesNotContain("for each brief");
  }

  @Test
  void aRightAnswerBeyondTheBriefsAnsweredForEachIsNotMovedUp() {
    List<Hit> hits = headers();
    Answer twoOfThree =
        new Answer("Who wrote this paper?", hits, Optional.empty(), false, List.of(), 1);

    assertThat(twoOfThree.answersEachBrief()).isFalse();
    assertThat(Evaluation.outcome(WHO_WROTE_SALT, twoOfThree).rank()).isEqualTo(2);
  }

  @Test
  void cautionedAnswersAreCountedByWhetherTheBriefAnswers() {
    Answer cautioned =
        new Answer("Who wrote this paper?", headers(), Optional.empty(), false, List.of(), 0, true);
    Evaluation.Case unanswerable =
        new Evaluation.Case("q2", "unanswerable", "Who edited this paper?", List.of());

    Evaluation.Scores scores =
        Evaluation.scores(
            List.of(
                Evaluation.outcome(WHO_WROTE_SALT, cautioned),
                Evaluation.outcome(unanswerable, cautioned),
                Evaluation.outcome(
                    unanswerable,
                    new Answer("Who edited it?", headers(), Optional.empty(), false, List.of()))));

    assertThat(scores.cautionedAnswerable()).isEqualTo(1);
    assertThat(scores.cautionedUnanswerable()).isEqualTo(1);
    assertThat(scores.format())
        .contains("caution: 1 of 2 unanswerable and 1 of 1 answerable answered with a note");
  }

  @Test
  void anAnswerNotingANameNoBriefMentionsCountsAsCautioned() {
    Answer noted =
        new Answer(
            "Who wrote Zorblax's paper?", headers(), Optional.empty(), false, List.of("Zorblax"));
    Answer refused =
        new Answer(
            "Who wrote Zorblax's paper?", headers(), Optional.empty(), true, List.of("Zorblax"));

    assertThat(Evaluation.outcome(WHO_WROTE_SALT, noted).cautioned()).isTrue();
    assertThat(Evaluation.outcome(WHO_WROTE_SALT, refused).cautioned()).isFalse();
  }

  /** The headers of three briefs, the one the question is about second. */
  private static List<Hit> headers() {
    return List.of(
        header(TestBriefs.published("tides", "tidal energy", "Ana Lobo", "3 March 2025")),
        header(TestBriefs.published("salt", "salt marsh", "Ben Okoro", "9 May 2025")),
        header(TestBriefs.published("kites", "kite surveillance", "Cy Tan", "1 June 2025")));
  }

  private static Hit header(String markdown) {
    Brief brief = BriefParser.parse("brief.md", markdown);
    Passage header =
        brief.passages().stream()
            .filter(p -> p.kind() == PassageKind.HEADER)
            .findFirst()
            .orElseThrow();
    int start = header.text().indexOf("By ");
    int end = header.text().indexOf('\n', start);
    Sentence byline =
        new Sentence(
            start,
            end < 0 ? header.text().length() : end,
            header.text().substring(start, end < 0 ? header.text().length() : end));
    return new Hit(header, byline, 1.0);
  }
}
