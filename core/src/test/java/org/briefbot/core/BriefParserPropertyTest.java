package org.briefbot.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Whatever a brief file holds, the parser gives a valid {@link Brief} or a {@link
 * BriefFormatException} whose message is {@code file:line: reason}, the line within the file; never
 * another exception, never a stack overflow. (BriefParserTest damages the test briefs in fixed
 * ways; these generate the files.)
 */
class BriefParserPropertyTest {
  @Property(tries = 1500)
  void anyTextGivesABriefOrALocatedReason(
      @ForAll("fileNames") String file, @ForAll("anyText") String text) {
    Statistics.label("outcome").collect(outcome(file, text, () -> BriefParser.parse(file, text)));
  }

  @Property(tries = 1500)
  void anyBytesGiveABriefOrALocatedReason(
      @ForAll("fileNames") String file, @ForAll("anyBytes") byte[] bytes) {
    // Lines as the parser counts them; a byte that is not UTF-8 is still within one of them.
    String asText = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    Statistics.label("outcome")
        .collect(outcome(file, asText, () -> BriefParser.parse(file, bytes)));
  }

  @Property(tries = 300)
  void realisticBriefsParse(@ForAll("realistic") String text) {
    String file = text.contains("## ") ? "generated.md" : "generated.txt";

    Brief brief = BriefParser.parse(file, text);

    assertValid(brief);
    assertThat(brief.paragraphCount()).isPositive();
  }

  /** "brief" or "rejected", after checking either outcome. */
  private static String outcome(
      String file, String text, java.util.function.Supplier<Brief> parse) {
    Brief brief;
    try {
      brief = parse.get();
    } catch (BriefFormatException e) {
      assertThat(e.file()).isEqualTo(file);
      assertThat(e.getMessage()).isEqualTo(file + ":" + e.line() + ": " + e.reason());
      assertThat(e.line()).isBetween(1, SourceText.lines(text).size());
      assertThat(e.reason()).isNotBlank().doesNotContain("\n").doesNotContain("\r");
      return "rejected";
    }
    assertValid(brief);
    assertThat(brief.metadata().sourceFile()).isEqualTo(file);
    return "brief";
  }

  /** What every parsed brief promises: unique passage ids, text on every line of every passage. */
  static void assertValid(Brief brief) {
    List<Passage> passages = brief.passages();
    Set<String> ids = new HashSet<>();
    for (Passage p : passages) {
      assertThat(ids.add(p.id())).as("duplicate passage id %s", p.id()).isTrue();
      assertThat(p.text()).isNotBlank();
      assertThat(brief.passage(p.id())).contains(p);
    }
    assertThat(brief.sections()).allSatisfy(s -> assertThat(s.heading()).isNotBlank());
  }

  @Provide
  Arbitrary<String> fileNames() {
    return BriefTexts.fileName();
  }

  @Provide
  Arbitrary<String> anyText() {
    return BriefTexts.anyText();
  }

  @Provide
  Arbitrary<byte[]> anyBytes() {
    return BriefTexts.anyBytes();
  }

  @Provide
  Arbitrary<String> realistic() {
    return net.jqwik.api.Arbitraries.oneOf(BriefTexts.plainBrief(), BriefTexts.markdownBrief());
  }
}
