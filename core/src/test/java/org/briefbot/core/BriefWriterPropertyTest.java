package org.briefbot.core;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * A parsed brief written back with {@link BriefWriter} and parsed again is the same brief, and
 * writing it again gives the same text: for generated briefs of both formats (header, key issues,
 * opening paragraphs, headings, wrapped paragraphs, bullets, rules, footer) and for any line soup
 * that happens to parse.
 */
class BriefWriterPropertyTest {
  @Property(tries = 500)
  void plainTextBriefsRoundTrip(@ForAll("plainBriefs") String text) {
    assertRoundTrips("generated.txt", BriefParser.parse("generated.txt", text));
  }

  @Property(tries = 500)
  void markdownBriefsRoundTrip(@ForAll("markdownBriefs") String text) {
    assertRoundTrips("generated.md", BriefParser.parse("generated.md", text));
  }

  @Property(tries = 1000)
  void anyTextThatParsesRoundTrips(@ForAll("soup") String text, @ForAll boolean markdown) {
    String file = markdown ? "soup.md" : "soup.txt";
    Brief brief;
    try {
      brief = BriefParser.parse(file, text);
    } catch (BriefFormatException e) {
      Statistics.label("parsed").collect(false);
      return; // rejected: BriefParserPropertyTest checks the message
    }
    Statistics.label("parsed").collect(true);
    assertRoundTrips(file, brief);
  }

  private static void assertRoundTrips(String file, Brief brief) {
    String written = BriefWriter.plainText(brief);

    Brief again = BriefParser.parse(file, written);

    assertThat(again).isEqualTo(brief);
    assertThat(BriefWriter.plainText(again)).isEqualTo(written);
  }

  @Provide
  Arbitrary<String> plainBriefs() {
    return BriefTexts.plainBrief();
  }

  @Provide
  Arbitrary<String> markdownBriefs() {
    return BriefTexts.markdownBrief();
  }

  @Provide
  Arbitrary<String> soup() {
    return net.jqwik.api.Arbitraries.oneOf(BriefTexts.lineSoup(), BriefTexts.damagedBrief());
  }
}
