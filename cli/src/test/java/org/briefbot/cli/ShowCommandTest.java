package org.briefbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code briefbot show ID}: one passage in full, with its citation. */
class ShowCommandTest {
  @Test
  void printsThePassageWithItsLocationAndCitation() {
    Cli.Run run = Cli.run("show", "csds-2024-10#s1p2");

    assertThat(run.code()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.outLines().get(0)).isEqualTo("§1 \"Introduction\" ¶2 [csds-2024-10#s1p2]");
    String flowed = run.out().replaceAll("\\s+", " ");
    assertThat(flowed)
        .contains("NATO, for its part, has certainly reciprocated Seoul’s interest.")
        .contains(
            "The ITPP is the most comprehensive agreement in the history of their bilateral "
                + "relationship.")
        .contains(
            "Cite as: Ramon Pacheco Pardo, CSDS Policy Brief 10/2024 (Centre for Security, "
                + "Diplomacy and Strategy, 15 April 2024), §1 \"Introduction\" ¶2");
    assertThat(run.outLines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
  }

  @Test
  void printsTheHeaderLineByLine() {
    Cli.Run run = Cli.run("show", "csds-2024-10#meta");

    assertThat(run.code()).isZero();
    assertThat(run.outLines())
        .containsSequence(
            "   CSDS POLICY BRIEF • 10/2024", "   By Ramon Pacheco Pardo", "   15.4.2024");
  }

  @Test
  void acceptsAnIdWithSurroundingSpace() {
    assertThat(Cli.run("show", "  csds-2024-10#k1 ").code()).isZero();
  }

  @Test
  void anUnknownIdFailsWithAClearMessage() {
    Cli.Run run = Cli.run("show", "csds-2024-10#s9p9");

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "briefbot: no passage has the id \"csds-2024-10#s9p9\"; ids look "
                + "like csds-2024-10#s2p3 (briefbot outline lists sections)\n");
  }

  @Test
  void anIdOfAnUnknownBriefFailsTheSameWay() {
    Cli.Run run = Cli.run("show", "nope");

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).startsWith("briefbot: no passage has the id \"nope\";");
  }

  @Test
  void aMissingIdIsAUsageError() {
    Cli.Run run = Cli.run("show");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .startsWith("Missing required parameter: 'ID'")
        .contains("Usage: briefbot show");
  }
}
