package org.briefbot.index.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tokens carry the analyzed term, its position, and where its surface word stands in the text. */
class TextAnalysisTest {
  private final TextAnalysis analysis = new TextAnalysis(new BriefAnalyzer());

  private static List<String> surfaces(String text, List<Token> tokens) {
    return tokens.stream().map(t -> text.substring(t.start(), t.end())).toList();
  }

  @Test
  void offsetsPointAtTheSurfaceWords() {
    String text = "The organisation’s closest partners signed the programme in July 2023.";
    List<Token> tokens = analysis.tokens(text);

    assertThat(tokens)
        .extracting(Token::term)
        .containsExactly("organ", "close", "partner", "sign", "program", "juli", "2023");
    assertThat(surfaces(text, tokens))
        .containsExactly(
            "organisation’s", "closest", "partners", "signed", "programme", "July", "2023");
  }

  @Test
  void offsetsSurviveTheRewritesBeforeTokenizing() {
    String text = "U.S. co-operation rose 2.7% or 3 per cent, US$ 2.3 billion.";
    List<Token> tokens = analysis.tokens(text);

    assertThat(tokens)
        .extracting(Token::term)
        .containsExactly(
            "usa", "cooper", "rose", "2.7", "percent", "3", "percent", "usa", "2.3", "billion");
    assertThat(surfaces(text, tokens))
        .containsExactly(
            "U.S.", "co-operation", "rose", "2.7", "%", "3", "per cent", "US", "2.3", "billion");
  }

  @Test
  void stopWordsLeaveGapsInPositionsAsInTheIndex() {
    List<Token> tokens = analysis.tokens("invasion of Ukraine");
    assertThat(tokens).extracting(Token::term).containsExactly("invas", "ukrain");
    assertThat(tokens).extracting(Token::position).containsExactly(0, 2);
  }

  @Test
  void emptyAndPunctuationOnlyTextHasNoTokens() {
    assertThat(analysis.tokens("")).isEmpty();
    assertThat(analysis.tokens("?! … — ()")).isEmpty();
  }

  @Test
  void termsAreTheAnalyzedFormsInOrder() {
    assertThat(analysis.terms("Republic of Korea")).containsExactly("republ", "korea");
  }
}
