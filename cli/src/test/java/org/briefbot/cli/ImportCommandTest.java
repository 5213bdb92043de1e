package org.briefbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.briefbot.core.BriefParser;
import org.briefbot.core.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
  /** Chromium's print of the bundled brief's web page, committed in the readers module. */
  private static final Path PDF =
      Path.of("../readers/src/test/resources/produced/csds-2024-10-south-korea-nato.pdf");

  @TempDir Path folder;

  @Test
  void writesTheRecoveredBriefAsMarkdownAndSaysWhatItFound() throws IOException {
    Path md = folder.resolve("csds.md");

    Cli.Run run = Cli.run("import", PDF.toString(), "--out", md.toString());

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.outLines())
        .contains(
            PDF + ": csds-2024-10",
            "  series: CSDS Policy Brief 10/2024",
            "  authors: Ramon Pacheco Pardo",
            "  date: 2024-04-15",
            "  key issues: 3",
            "  sections: 4, paragraphs: 18",
            "    2. A shared strategic environment? (5)",
            "  footer: 2 lines, ISSN 2983-466X",
            "  left out: 1 footnote",
            "  wrote " + md);
    assertThat(BriefParser.read(md).passages())
        .extracting(p -> p.id() + " " + p.text())
        .containsAll(
            Library.bundled().briefs().get(0).passages().stream()
                .filter(p -> !p.id().endsWith("#meta"))
                .map(p -> p.id() + " " + p.text())
                .toList());
    assertThat(run.err()).isEmpty();
  }

  @Test
  void withoutOutTheMarkdownGoesToStandardOutputAndTheReportToStandardError() {
    Cli.Run run = Cli.run("import", PDF.toString());

    assertThat(run.code()).isZero();
    assertThat(run.out()).startsWith("CSDS POLICY BRIEF • 10/2024\n").contains("## Key issues");
    assertThat(run.err()).contains("  sections: 4, paragraphs: 18").doesNotContain("importing");
  }

  @Test
  void aFileThatIsNoBriefIsOneLineAndTheOthersAreStillImported() throws IOException {
    Path bad = Files.writeString(folder.resolve("bad.pdf"), "hello");
    Path out = folder.resolve("out");

    Cli.Run run = Cli.run("import", bad.toString(), PDF.toString(), "--out", out.toString());

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo("briefbot: " + bad + ": not a PDF file (it does not start with %PDF-)\n");
    assertThat(out.resolve("csds-2024-10-south-korea-nato.md")).exists();
  }

  @Test
  void severalFilesNeedAFolderAndAnExistingFileIsKept() throws IOException {
    Path existing = Files.writeString(folder.resolve("kept.md"), "mine");

    assertThat(Cli.run("import", PDF.toString(), PDF.toString()).code()).isEqualTo(2);
    Cli.Run run = Cli.run("import", PDF.toString(), "--out", existing.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("briefbot: " + existing + " exists (--force overwrites it)\n");
    assertThat(existing).hasContent("mine");
  }

  @Test
  void aFolderWithThePdfAnswersAndCitesAsTheBundledBriefDoes() throws IOException {
    Files.copy(PDF, folder.resolve("csds.pdf"));
    Files.writeString(folder.resolve("broken.pdf"), "%PDF-1.4");

    Cli.Run fromPdf = Cli.run("ask", "--briefs", folder.toString(), "When was the ITPP signed?");
    Cli.Run bundled = Cli.run("ask", "When was the ITPP signed?");

    assertThat(fromPdf.code()).isZero();
    // The skipped file is a log warning (one line on the real stderr), not in-process output.
    assertThat(fromPdf.out()).isEqualTo(bundled.out());
  }
}
