package org.briefbot.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.briefbot.core.Brief;
import org.briefbot.core.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EuroparlBriefsTest {
  @Test
  void turnsEuroparlDocumentsIntoBriefsWithNumberedIds() {
    List<Brief> briefs = EuroparlBriefs.briefs(50);

    assertThat(briefs).hasSize(50);
    assertThat(briefs)
        .extracting(Brief::id)
        .doesNotHaveDuplicates()
        .allMatch(id -> id.matches("europarl-\\d{5}"));
    assertThat(briefs)
        .allSatisfy(
            brief -> {
              assertThat(brief.paragraphCount()).isPositive();
              assertThat(brief.metadata().series()).isEqualTo("Europarl");
            });
  }

  @Test
  void writtenFilesLoadAsTheSameBriefs(@TempDir Path folder) throws IOException {
    EuroparlBriefs.write(folder, 30);

    assertThat(Library.load(folder).briefs())
        .extracting(Brief::id, Brief::sections)
        .containsExactlyElementsOf(
            EuroparlBriefs.briefs(30).stream()
                .map(b -> org.assertj.core.groups.Tuple.tuple(b.id(), b.sections()))
                .toList());
  }

  @Test
  void rejectsCountsOutsideTheCorpus() {
    assertThatThrownBy(() -> EuroparlBriefs.files(EuroparlBriefs.ALL + 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("count must be 0 to 17597, was 17598");
  }
}
