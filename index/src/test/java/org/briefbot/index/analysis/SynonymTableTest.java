package org.briefbot.index.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.briefbot.core.BriefParser;
import org.briefbot.core.Library;
import org.briefbot.index.Answer;
import org.briefbot.index.BriefIndex;
import org.briefbot.index.BriefIndexException;
import org.briefbot.index.IndexOptions;
import org.briefbot.index.TestBriefs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Other names for the same thing, from the bundled file and from a user's file in its format. */
class SynonymTableTest {
  private final TextAnalysis analysis = new TextAnalysis(new BriefAnalyzer());

  @TempDir Path folder;

  private List<String> terms(String text) {
    return analysis.terms(text);
  }

  private SynonymTable parse(String text) throws IOException {
    return SynonymTable.parse("test.conf", new StringReader(text), analysis, SynonymTable.empty());
  }

  private Path userFile(String text) throws IOException {
    Path file = folder.resolve("synonyms.conf");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void theBundledFileParsesAndNamesTheSameActorsTogether() {
    SynonymTable table = SynonymTable.defaults(analysis);

    assertThat(table.size()).isGreaterThan(100);
    assertThat(table.alternatives(terms("ROK")))
        .contains(terms("South Korea"), terms("Republic of Korea"));
    // A capital stands for its country, one way: "Madrid" in "the Madrid summit" is no answer
    // to a question about Spain.
    assertThat(table.alternatives(terms("Pyongyang"))).contains(terms("North Korea"));
    assertThat(table.alternatives(terms("Seoul"))).contains(terms("South Korea"));
    assertThat(table.alternatives(terms("Spain"))).doesNotContain(terms("Madrid"));
    assertThat(table.alternatives(terms("the Atlantic alliance"))).contains(terms("NATO"));
    assertThat(table.longestEntry()).isGreaterThanOrEqualTo(terms("Republic of Korea").size());
  }

  @Test
  void aGroupMakesEveryTermAnAlternativeOfEveryOther() throws IOException {
    SynonymTable table = parse("harbour master, port captain, HM\n");

    assertThat(table.alternatives(terms("HM")))
        .containsExactlyInAnyOrder(terms("harbour master"), terms("port captain"));
    assertThat(table.alternatives(terms("port captain")))
        .containsExactlyInAnyOrder(terms("harbour master"), terms("HM"));
    assertThat(table.longestEntry()).isEqualTo(2);
  }

  @Test
  void anArrowMapsOneWayOnly() throws IOException {
    SynonymTable table = parse("trawler, dragger => fishing boat\n");

    assertThat(table.alternatives(terms("trawler"))).containsExactly(terms("fishing boat"));
    assertThat(table.alternatives(terms("dragger"))).containsExactly(terms("fishing boat"));
    assertThat(table.alternatives(terms("fishing boat"))).isEmpty();
  }

  @Test
  void entriesMatchWhateverTheCaseSpellingOrInflection() throws IOException {
    SynonymTable table = parse("Harbour Masters, port captain\n");

    assertThat(table.alternatives(terms("harbor master"))).containsExactly(terms("port captain"));
  }

  @Test
  void commentsBlankLinesAndStopWordOnlyTermsAreIgnored() throws IOException {
    SynonymTable table =
        parse("# names of the port\n\n   \n  # indented comment\nthe, port, harbour\n");

    assertThat(table.size()).isEqualTo(2);
    assertThat(table.alternatives(terms("port"))).containsExactly(terms("harbour"));
  }

  @Test
  void aMalformedLineIsReportedWithFileLineAndReason() {
    assertThatThrownBy(() -> parse("a, b\n\nkelvar => port => harbour\n"))
        .isInstanceOf(BriefIndexException.class)
        .hasMessage("test.conf:3: more than one =>");
    assertThatThrownBy(() -> parse("lonely\n"))
        .isInstanceOf(BriefIndexException.class)
        .hasMessage("test.conf:1: a group needs two or more terms separated by commas");
    assertThatThrownBy(() -> parse("# ok\nport =>\n"))
        .isInstanceOf(BriefIndexException.class)
        .hasMessage("test.conf:2: => needs terms on both sides");
    assertThatThrownBy(() -> parse("the, a, of\n"))
        .isInstanceOf(BriefIndexException.class)
        .hasMessage("test.conf:1: no searchable word in \"the, a, of\"");
  }

  @Test
  void aMalformedUserFileFailsNamingThatFile() throws IOException {
    Path file = userFile("kelvar, harbour town\nbroken line\n");

    assertThatThrownBy(() -> SynonymTable.withUserFile(file, analysis))
        .isInstanceOf(BriefIndexException.class)
        .hasMessage(file + ":2: a group needs two or more terms separated by commas");
  }

  @Test
  void aMissingUserFileFailsNamingThatFile() {
    Path missing = folder.resolve("nope.conf");

    assertThatThrownBy(() -> SynonymTable.withUserFile(missing, analysis))
        .isInstanceOf(BriefIndexException.class)
        .hasMessageStartingWith("cannot read synonyms file " + missing + ": ");
  }

  @Test
  void aUserFileExtendsTheBundledList() throws IOException {
    SynonymTable table = SynonymTable.withUserFile(userFile("kelvar, harbour town\n"), analysis);

    assertThat(table.alternatives(terms("harbour town"))).containsExactly(terms("kelvar"));
    assertThat(table.alternatives(terms("ROK"))).contains(terms("South Korea"));
  }

  @Test
  void aUserFileCanAddNamesToABundledGroup() throws IOException {
    SynonymTable table =
        SynonymTable.withUserFile(userFile("ROK, the peninsula's south\n"), analysis);

    assertThat(table.alternatives(terms("ROK")))
        .contains(terms("South Korea"), terms("the peninsula's south"));
  }

  @Test
  void replaceDefaultsDropsTheBundledList() throws IOException {
    SynonymTable table =
        SynonymTable.withUserFile(userFile("kelvar, harbour town\n@replace-defaults\n"), analysis);

    assertThat(table.alternatives(terms("harbour town"))).containsExactly(terms("kelvar"));
    assertThat(table.alternatives(terms("ROK"))).isEmpty();
    assertThat(table.size()).isEqualTo(2);
  }

  @Test
  void anIndexOpenedWithAUserFileFindsPassagesThroughItsSynonyms() throws IOException {
    Library library =
        Library.of(
            List.of(BriefParser.parse("kelvar.md", TestBriefs.harbour("kelvar", "Kelvar", 1))));
    String question = "When do the trawlers go out?";

    try (BriefIndex plain = BriefIndex.build(library)) {
      assertThat(plain.ask(question).hits())
          .noneMatch(hit -> hit.passage().text().startsWith("Fishing boats"));
    }
    IndexOptions options =
        IndexOptions.defaults().withSynonyms(userFile("trawler => fishing boat\n"));
    try (BriefIndex withSynonyms = BriefIndex.open(library, options)) {
      Answer answer = withSynonyms.ask(question);
      assertThat(answer.abstained()).isFalse();
      assertThat(answer.hits().get(0).passage().text()).startsWith("Fishing boats leave Kelvar");
    }
  }

  @Test
  void anIndexWillNotOpenWithAMalformedUserFile() throws IOException {
    Path file = userFile("=> harbour\n");
    IndexOptions options = IndexOptions.defaults().withSynonyms(file);

    assertThatThrownBy(() -> BriefIndex.open(Library.bundled(), options))
        .isInstanceOf(BriefIndexException.class)
        .hasMessage(file + ":1: => needs terms on both sides");
  }
}
