package org.briefbot.readers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.briefbot.core.Brief;
import org.briefbot.core.BriefParser;
import org.briefbot.core.Library;
import org.briefbot.index.BriefIndex;
import org.briefbot.index.Evaluation;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code briefbot eval} on the bundled brief read from its PDFs scores as it does on the text: the
 * same answers and citations, whichever way the brief arrived.
 */
class EvaluationFromPdfTest {
  /** The index module's question sets about the bundled brief. */
  private static final Path EVAL = Path.of("../index/src/test/resources/eval");

  @TempDir Path folder;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"report", "two-columns", "plain", "newsletter", "chromium"})
  void scoresWithinTwoHundredthsOfTheTextVersion(String layout) throws IOException {
    Path pdf = folder.resolve("csds-2024-10-south-korea-nato.pdf");
    if (layout.startsWith("chromium")) {
      Files.copy(Fixtures.PRODUCED.resolve("csds-2024-10-south-korea-nato.pdf"), pdf);
    } else {
      PublisherLayout publisher =
          PublisherLayout.ALL.stream()
              .filter(l -> l.name().equals(layout))
              .findFirst()
              .orElseThrow();
      Files.write(pdf, PublishedPdf.of(Fixtures.bundled(), publisher));
    }
    Brief fromPdf = BriefParser.read(pdf);
    assertThat(fromPdf.id()).isEqualTo("csds-2024-10");

    for (String set : List.of("dev.tsv", "paraphrase.tsv", "holdout.tsv")) {
      List<Evaluation.Case> cases = Evaluation.read(EVAL.resolve(set));
      Evaluation.Scores text;
      Evaluation.Scores published;
      try (BriefIndex index = BriefIndex.build(Library.bundled())) {
        text = Evaluation.run(index, cases).overall();
      }
      try (BriefIndex index = BriefIndex.build(Library.of(List.of(fromPdf)))) {
        published = Evaluation.run(index, cases).overall();
      }
      assertThat(published.hitAt1()).as(set + " hit@1").isCloseTo(text.hitAt1(), within(0.02));
      assertThat(published.hitAt3()).as(set + " hit@3").isCloseTo(text.hitAt3(), within(0.02));
      assertThat(published.mrr()).as(set + " MRR").isCloseTo(text.mrr(), within(0.02));
      assertThat(published.sentenceAt1())
          .as(set + " sentence@1")
          .isCloseTo(text.sentenceAt1(), within(0.02));
    }
  }
}
