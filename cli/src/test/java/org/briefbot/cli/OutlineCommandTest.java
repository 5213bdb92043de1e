package org.briefbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code briefbot outline}: each brief's metadata, key issues and sections. */
class OutlineCommandTest {
  @Test
  void outlinesTheBundledBrief() {
    Cli.Run run = Cli.run("outline");

    assertThat(run.code()).isZero();
    assertThat(run.err()).isEmpty();
    List<String> lines = run.outLines();
    assertThat(lines)
        .startsWith(
            "CSDS Policy Brief 10/2024  [csds-2024-10]",
            "Author:    Ramon Pacheco Pardo",
            "Published: 2024-04-15",
            "Publisher: Centre for Security, Diplomacy and Strategy",
            "ISSN:      2983-466X");
    assertThat(lines)
        .containsSubsequence(
            "Key issues:",
            "Sections:",
            "   §1 Introduction (4 paragraphs) [csds-2024-10#s1p1..]",
            "   §2 A shared strategic environment? (5 paragraphs) [csds-2024-10#s2p1..]",
            "   §3 From talking to doing (6 paragraphs) [csds-2024-10#s3p1..]",
            "   §4 Conclusion (3 paragraphs) [csds-2024-10#s4p1..]");
  }

  @Test
  void numbersTheThreeKeyIssues() {
    List<String> lines = Cli.run("outline").outLines();

    assertThat(lines)
        .filteredOn(l -> l.matches("   \\d\\. .*"))
        .extracting(l -> l.substring(3, 5))
        .containsExactly("1.", "2.", "3.");
    assertThat(lines)
        .contains(
            "   1. The South Korea-NATO relationship is moving from dialogue to " + "practical");
  }

  @Test
  void outlinesEveryBriefOfAFolderWithSingularCounts() {
    Cli.Run run = Cli.run("outline", "--briefs", Cli.resource("briefs/two").toString());

    assertThat(run.code()).isZero();
    assertThat(run.outLines())
        .contains(
            "BSRI Brief 4/2024  [bsri-2024-4]",
            "NIAS Policy Paper 3/2024  [nias-2024-3]",
            "   §3 Repair capacity (1 paragraph) [bsri-2024-4#s3p1..]");
    assertThat(run.outLines()).filteredOn(String::isEmpty).hasSize(1);
  }
}
