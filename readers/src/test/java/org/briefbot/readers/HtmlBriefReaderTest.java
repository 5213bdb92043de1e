package org.briefbot.readers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.briefbot.core.Brief;
import org.briefbot.core.BriefParser;
import org.briefbot.core.ImportedBrief;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlBriefReaderTest {
  @TempDir Path folder;

  @Test
  void everyBriefsWebPageReadsBackAsItsText() throws IOException {
    for (Brief text : Fixtures.briefs()) {
      Path page =
          Files.writeString(folder.resolve(Fixtures.stem(text) + ".html"), WebPage.of(text, 1));

      ImportedBrief imported = BriefParser.importFile(page);

      assertThat(BriefComparison.differences(text, imported.brief())).as(page.toString()).isEmpty();
      assertThat(imported.dropped()).contains("1 footnote", "1 footnote mark in the text");
    }
  }

  @Test
  void malformedMarkupIsRepairedAsABrowserWould() {
    String page =
        "<html><body><article><p class=series>EPC POLICY NOTE • 2/2025"
            + "<h1>Ports <b>and</b> power</h1><p>By Ana Silva<h2>Why ports</h2><p>Ports move 80% of trade."
            + "<p>They need power.<h2>What next</h2><ul><li>Build grids<li>Share <i>data</ul>"
            + "<footer><p>ISSN 1234-5678";

    Brief brief = new HtmlBriefReaderTestHelper().read("ports.html", page);

    assertThat(brief.metadata().title()).isEqualTo("Ports and power");
    assertThat(brief.metadata().seriesAndNumber()).isEqualTo("EPC Policy Note 2/2025");
    assertThat(brief.metadata().authors()).containsExactly("Ana Silva");
    assertThat(brief.metadata().issn()).isEqualTo("1234-5678");
    assertThat(BriefComparison.paragraphs(brief))
        .containsExactly(
            "Ports move 80% of trade.", "They need power.", "Build grids", "Share data");
  }

  @Test
  void aFileThatIsNoWebPageOrHasNoTextIsOneLine() {
    byte[] binary = {'<', 'h', 't', 'm', 'l', '>', 0, 1, 2, 3};

    assertThatThrownBy(() -> new HtmlBriefReader().read("x.html", binary))
        .hasMessage("x.html: not a web page (it holds binary data)");
    assertThatThrownBy(
            () ->
                new HtmlBriefReader()
                    .read(
                        "empty.htm",
                        "<html><head><title>Nothing</title></head><body> <script>x()</script></body></html>"
                            .getBytes(StandardCharsets.UTF_8)))
        .hasMessage("empty.htm: no text on the page");
  }

  /** Reads a page from a string, as a file of that name would be read. */
  private static final class HtmlBriefReaderTestHelper {
    Brief read(String name, String html) {
      try {
        Path dir = Files.createTempDirectory("html");
        Path file = Files.writeString(dir.resolve(name), html);
        return BriefParser.read(file);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }
}
