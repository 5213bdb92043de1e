package org.briefbot.readers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.briefbot.core.Brief;
import org.briefbot.core.BriefParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paragraph-level precision and recall over every fixture: a recovered paragraph (or key issue)
 * counts only when it equals one of the text version's exactly, white space folded. The table is
 * written to target/paragraph-scores.md (the README quotes it); the floors are the issue's.
 */
class ParagraphScoresTest {
  @TempDir Path folder;

  private record Score(String fixture, int expected, int recovered, int exact) {}

  @Test
  void recoversNearlyEveryParagraphExactly() throws IOException {
    List<Score> scores = new ArrayList<>();
    for (Brief text : Fixtures.briefs()) {
      for (PublisherLayout layout : PublisherLayout.ALL) {
        Path pdf = folder.resolve(layout.name()).resolve(Fixtures.stem(text) + ".pdf");
        Files.createDirectories(pdf.getParent());
        Files.write(pdf, PublishedPdf.of(text, layout));
        scores.add(score(Fixtures.stem(text) + " (" + layout + ")", text, BriefParser.read(pdf)));
      }
      Path page = folder.resolve(Fixtures.stem(text) + ".html");
      Files.writeString(page, WebPage.of(text, 1));
      scores.add(score(Fixtures.stem(text) + " (web page)", text, BriefParser.read(page)));
    }
    try (var produced = Files.list(Fixtures.PRODUCED)) {
      for (Path pdf : produced.filter(p -> p.toString().endsWith(".pdf")).sorted().toList()) {
        String stem = pdf.getFileName().toString().replaceAll("(-2col)?\\.pdf$", "");
        Brief text =
            Fixtures.briefs().stream()
                .filter(b -> Fixtures.stem(b).equals(stem))
                .findFirst()
                .orElseThrow();
        scores.add(score(pdf.getFileName() + " (Chromium)", text, BriefParser.read(pdf)));
      }
    }

    Score all = total("all fixtures", scores);
    Score bundled =
        total(
            "the bundled brief",
            scores.stream().filter(s -> s.fixture().startsWith("csds-2024-10")).toList());
    StringBuilder table =
        new StringBuilder(
            "| fixture | paragraphs | recovered | exact | precision | recall |\n|---|---:|---:|---:|---:|---:|\n");
    for (Score s : scores) table.append(row(s));
    table.append(row(bundled)).append(row(all));
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/paragraph-scores.md"), table);

    // The bars are 98% for the bundled brief and 95% over all; today all 147 and 354 of
    // 355 come back (the miss: "start-ups" broken at its hyphen), so a slip shows here.
    assertThat(recall(bundled)).as(table.toString()).isGreaterThanOrEqualTo(0.99);
    assertThat(recall(all)).as(table.toString()).isGreaterThanOrEqualTo(0.99);
    assertThat(precision(all)).as(table.toString()).isGreaterThanOrEqualTo(0.99);
  }

  private static Score score(String fixture, Brief text, Brief read) {
    return new Score(
        fixture,
        BriefComparison.paragraphs(text).size(),
        BriefComparison.paragraphs(read).size(),
        BriefComparison.exactMatches(text, read));
  }

  private static Score total(String name, List<Score> scores) {
    return new Score(
        name,
        scores.stream().mapToInt(Score::expected).sum(),
        scores.stream().mapToInt(Score::recovered).sum(),
        scores.stream().mapToInt(Score::exact).sum());
  }

  private static double precision(Score s) {
    return s.recovered() == 0 ? 0 : s.exact() / (double) s.recovered();
  }

  private static double recall(Score s) {
    return s.expected() == 0 ? 0 : s.exact() / (double) s.expected();
  }

  private static String row(Score s) {
    return String.format(
        Locale.ROOT,
        "| %s | %d | %d | %d | %.3f | %.3f |%n",
        s.fixture(),
        s.expected(),
        s.recovered(),
        s.exact(),
        precision(s),
        recall(s));
  }
}
