package org.briefbot.index.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.briefbot.index.store.Fields;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Passages and questions meet on the same terms, however each side spells them. */
class BriefAnalyzerTest {
  private final TextAnalysis analysis = new TextAnalysis(new BriefAnalyzer());

  private List<String> terms(String text) {
    return analysis.terms(text);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
      defence                | defense
      organisation           | organization
      programme              | program
      prioritise             | prioritize
      centre                 | center
      """)
  void britishAndAmericanSpellingsMeet(String british, String american) {
    assertThat(terms(british)).isEqualTo(terms(american)).hasSize(1);
  }

  @Test
  void possessivesAreDropped() {
    assertThat(terms("Korea's allies")).isEqualTo(terms("Korea allies"));
    assertThat(terms("Pyongyang’s missiles")).isEqualTo(terms("Pyongyang missiles"));
  }

  @Test
  void accentsAreFolded() {
    assertThat(terms("Café Zürich naïve")).isEqualTo(terms("cafe zurich naive"));
  }

  @Test
  void upperCaseUsAndDottedUsMeanTheUnitedStates() {
    assertThat(terms("US policy")).containsExactly("usa", "polici");
    assertThat(terms("U.S. policy")).containsExactly("usa", "polici");
    assertThat(terms("USA policy")).containsExactly("usa", "polici");
    assertThat(terms("the US's allies")).containsExactly("usa", "alli");
  }

  @Test
  void lowerCaseUsIsThePronounNotTheCountry() {
    assertThat(terms("let us talk")).doesNotContain("usa");
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
      co-operation        | cooperation
      cyber-attack        | cyberattack
      non-proliferation   | nonproliferation
      counter-terrorism   | counterterrorism
      """)
  void hyphenatedPrefixesAreJoined(String hyphenated, String joined) {
    assertThat(terms(hyphenated)).isEqualTo(terms(joined)).hasSize(1);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
      closest   | close
      closer    | close
      biggest   | big
      strongest | strong
      happiest  | happy
      latest    | late
      finest    | fine
      best      | good
      worse     | bad
      """)
  void comparativesAndSuperlativesMeetTheirBaseAdjective(String form, String base) {
    assertThat(terms(form)).isEqualTo(terms(base));
  }

  @Test
  void wordsThatOnlyLookLikeComparativesAreLeftAlone() {
    assertThat(BriefAnalyzer.ComparisonFilter.base("interest")).isNull();
    assertThat(BriefAnalyzer.ComparisonFilter.base("power")).isNull();
    assertThat(BriefAnalyzer.ComparisonFilter.base("forest")).isNull();
    assertThat(BriefAnalyzer.ComparisonFilter.base("minister")).isNull();
    assertThat(terms("interest")).isNotEqualTo(terms("inter"));
  }

  @Test
  void abbreviatedAmountsMeetAmountsWrittenOut() {
    assertThat(terms("$2.3bn")).isEqualTo(terms("2.3 billion")).containsExactly("2.3", "billion");
    assertThat(terms("US$ 40m")).isEqualTo(terms("US$ 40 million"));
    assertThat(terms("1.2tn")).isEqualTo(terms("1.2 trillion"));
    assertThat(terms("5k troops")).isEqualTo(terms("5 thousand troops"));
  }

  @Test
  void percentagesMeetHoweverWritten() {
    List<String> percent = terms("2.7 percent");
    assertThat(percent).containsExactly("2.7", "percent");
    assertThat(terms("2.7%")).isEqualTo(percent);
    assertThat(terms("2.7 %")).isEqualTo(percent);
    assertThat(terms("2.7 per cent")).isEqualTo(percent);
  }

  @Test
  void stopWordsAreDroppedAndStemsShared() {
    assertThat(terms("the sanctions of the alliance")).isEqualTo(terms("sanction alliance"));
  }

  @Test
  void normalisesSingleTermsForPrefixAndWildcardQueries() {
    BriefAnalyzer analyzer = new BriefAnalyzer();
    assertThat(analyzer.normalize(Fields.BODY, "Zürich").utf8ToString()).isEqualTo("zurich");
  }
}
