package org.briefbot.chat.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.briefbot.core.Brief;
import org.briefbot.core.Library;
import org.briefbot.index.BriefIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index both bots answer from, opened one way: from the settings, watched while it runs. */
class LibrarySettingsTest {
  @TempDir Path tmp;

  @Test
  void nothingSetAnswersFromTheBundledBrief() {
    LibrarySettings settings = new LibrarySettings(Optional.empty(), Optional.empty(), false);

    try (BriefIndex index = settings.openWatched()) {
      assertThat(index.library().briefs())
          .extracting(Brief::id)
          .containsExactlyElementsOf(Library.bundled().briefs().stream().map(Brief::id).toList());
    }
  }

  @Test
  void aBriefsFolderIsReadKeptInTheIndexFolderAndWatched() throws Exception {
    Path briefs = Files.createDirectories(tmp.resolve("briefs"));
    write(briefs, "harbour-pilots", "HARBOUR NOTES • 2/2025", "Pilots board ships by ladder.");
    Path folder = tmp.resolve("index");
    LibrarySettings settings = new LibrarySettings(Optional.of(briefs), Optional.of(folder), false);

    try (BriefIndex index = settings.openWatched()) {
      assertThat(index.library().briefs()).hasSize(1);
      assertThat(folder).isNotEmptyDirectory();

      write(briefs, "ferry-timetables", "HARBOUR NOTES • 3/2025", "Ferries cross four times.");
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (index.library().briefs().size() < 2) {
        assertThat(System.nanoTime()).as("the added brief picked up").isLessThan(deadline);
        Thread.sleep(50);
      }
      assertThat(index.ask("How often do ferries cross?").hits().get(0).passage().text())
          .isEqualTo("Ferries cross four times.");
    }
  }

  private static void write(Path folder, String name, String series, String text)
      throws IOException {
    Files.writeString(
        folder.resolve(name + ".md"),
        String.join(
            "\n",
            "# " + name.replace('-', ' '),
            "",
            "**" + series + "**",
            "By Ines Varga",
            "3 March 2025",
            "",
            "## The facts",
            "",
            text,
            ""));
  }
}
