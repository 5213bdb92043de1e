package org.briefbot.index.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class NormalizingCharFilterTest {
  private static final TextAnalysis ANALYSIS = new TextAnalysis(new BriefAnalyzer());

  private static String filtered(String text) throws IOException {
    try (NormalizingCharFilter filter = new NormalizingCharFilter(new StringReader(text))) {
      StringBuilder out = new StringBuilder();
      char[] buffer = new char[3];
      for (int n; (n = filter.read(buffer, 0, buffer.length)) != -1; ) out.append(buffer, 0, n);
      return out.toString();
    }
  }

  @Test
  void rewritesEveryFormInOnePass() throws IOException {
    assertThat(filtered("The US and us; co-operation; US$ 2.3bn, 40m, 1tn, 5k; 2.7% per cent"))
        .isEqualTo(
            "The USA and us; cooperation; USA$ 2.3 billion, 40 million, 1 trillion, 5 thousand;"
                + " 2.7 percent percent");
  }

  @Test
  void leavesOtherTextAlone() throws IOException {
    String text = "Seoul’s “polycrisis” – a bus, a common-sense view, 2024.";
    assertThat(filtered(text)).isEqualTo(text);
  }

  @Test
  void tokensPointAtTheirSurfaceWordsAfterLongerAndShorterRewrites() {
    String text = "co-operation worth $2.3bn with the U.S. since 2014";
    List<Token> tokens = ANALYSIS.tokens(text);
    for (Token token : tokens) {
      String surface = text.substring(token.start(), token.end());
      assertThat(surface).as("surface of %s", token.term()).doesNotStartWith(" ").isNotBlank();
    }
    assertThat(tokens)
        .extracting(t -> text.substring(t.start(), t.end()))
        .contains("co-operation", "2.3", "U.S.", "2014");
  }
}
