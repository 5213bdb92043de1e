package org.briefbot.index.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.briefbot.core.Brief;
import org.briefbot.core.BriefParser;
import org.briefbot.core.Library;
import org.briefbot.core.Passage;
import org.junit.jupiter.api.Test;

/** The words that say what header and footer lines are, so questions about the brief find them. */
class PassageZonesTest {
  private final Brief brief = Library.bundled().briefs().get(0);

  private Passage passage(String id) {
    return brief.passage(id).orElseThrow();
  }

  @Test
  void anAuthorLineIsAboutWhoWroteTheBrief() {
    assertThat(PassageZones.aboutLine("By Ramon Pacheco Pardo")).contains("author", "wrote");
    assertThat(PassageZones.aboutLine("Authors: A. Smith and B. Jones")).contains("author");
  }

  @Test
  void aDateLineIsAboutWhenItWasPublished() {
    for (String line :
        new String[] {
          "15.4.2024", "2024-04-15", "15 April 2024", "April 15, 2024", "Published: spring 2024"
        }) {
      assertThat(PassageZones.aboutLine(line)).as(line).contains("date", "published", "when");
    }
  }

  @Test
  void theTitleIsTheHeaderLineNoOtherAboutWordsFit() {
    Brief titled =
        BriefParser.parse(
            "x.md",
            "---\nId: x\n---\n# Ports of the north\nNORTH BRIEF • 2/2025\nBy Ann Lee\n"
                + "3 May 2025\n\n## Ports\n\nPorts of the north grew.\n");
    Passage header = titled.passages().get(0);
    Passage paragraph = titled.passage("x#s1p1").orElseThrow();

    assertThat(header.text().split("\n"))
        .filteredOn(line -> PassageZones.titleLine(header, line))
        .containsExactly("Ports of the north");
    assertThat(PassageZones.titleLine(paragraph, paragraph.text())).isFalse();
  }

  @Test
  void theSeriesLineIsAboutTheSeriesButNotAboutPublishing() {
    String about = PassageZones.aboutLine("CSDS POLICY BRIEF • 10/2024");

    assertThat(about).contains("series", "number");
    assertThat(about).doesNotContain("publish");
  }

  @Test
  void footerLinesAreAboutTheIssnAndThePublisher() {
    assertThat(PassageZones.aboutLine("ISSN (online): 2983-466X"))
        .contains("issn")
        .doesNotContain("series");
    assertThat(PassageZones.aboutLine("The views expressed are solely those of the author"))
        .contains("disclaimer", "publisher");
  }

  @Test
  void anOrdinaryLineIsAboutNothing() {
    assertThat(PassageZones.aboutLine("South Korea has fallen in love with NATO.")).isEmpty();
  }

  @Test
  void onlyTheHeaderAndFooterHaveAboutWordsOneEntryPerLine() {
    assertThat(PassageZones.aboutLines(passage("csds-2024-10#meta"))).hasSize(3);
    assertThat(PassageZones.aboutLines(passage("csds-2024-10#footer"))).hasSize(2);
    assertThat(PassageZones.aboutLines(passage("csds-2024-10#s1p2"))).isEmpty();
    assertThat(PassageZones.about(passage("csds-2024-10#k1"))).isEmpty();
  }

  @Test
  void theHeadingZoneIsTheHeadingAndForTheHeaderWhatItIs() {
    assertThat(PassageZones.heading(passage("csds-2024-10#s2p1"), brief))
        .isEqualTo("A shared strategic environment?");
    assertThat(PassageZones.heading(passage("csds-2024-10#meta"), brief))
        .contains("about this brief");
  }
}
