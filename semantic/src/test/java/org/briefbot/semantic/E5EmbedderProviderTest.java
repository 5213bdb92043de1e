package org.briefbot.semantic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.ServiceLoader;
import org.briefbot.index.Embedder;
import org.briefbot.index.EmbedderProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real model, as the index finds and uses it. */
class E5EmbedderProviderTest {
  private static Embedder embedder;

  @BeforeAll
  static void load() {
    embedder = new E5EmbedderProvider().load();
  }

  @Test
  void theIndexFindsThisProviderThroughServiceLoader() {
    assertThat(ServiceLoader.load(EmbedderProvider.class).findFirst())
        .containsInstanceOf(E5EmbedderProvider.class);
  }

  @Test
  void theModelIdNamesTheModelAndTheVersionOfItsJar() {
    assertThat(new E5EmbedderProvider().modelId()).isEqualTo("e5-small-v2-q@0.36.2");
    assertThat(embedder.modelId()).isEqualTo(new E5EmbedderProvider().modelId());
  }

  @Test
  void everyLoadReturnsTheOneModelOfTheProcess() {
    assertThat(new E5EmbedderProvider().load()).isSameAs(embedder);
  }

  @Test
  void vectorsHave384NumbersAndUnitLength() {
    float[] vector = embedder.embedQuery("When was the ITPP signed?");

    assertThat(vector).hasSize(384);
    assertThat(embedder.dimension()).isEqualTo(384);
    assertThat(dot(vector, vector)).isCloseTo(1.0, within(1e-4));
  }

  @Test
  void aParaphraseIsNearerThanAnUnrelatedSentence() {
    float[] question = embedder.embedQuery("Why did Seoul and NATO start talking to each other?");
    List<float[]> passages =
        embedder.embedPassages(
            List.of(
                "The two sides launched their dialogue in 2005, in the wake of their participation in the"
                    + " US-led invasion of Afghanistan.",
                "The disclaimer says the views expressed are the author's own."));
    float[] answer = passages.get(0);
    float[] unrelated = passages.get(1);

    assertThat(dot(question, answer)).isGreaterThan(dot(question, unrelated) + 0.1);
  }

  @Test
  void embeddingManyAtOnceGivesTheVectorsOfEachAlone() {
    List<String> texts = List.of("NATO", "South Korea's artillery shells", "", "Key issues");
    List<float[]> together = embedder.embedPassages(texts);

    assertThat(together).hasSize(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      float[] alone = embedder.embedPassages(List.of(texts.get(i))).get(0);
      assertThat(dot(together.get(i), alone)).isCloseTo(1.0, within(1e-4));
    }
  }

  @Test
  void aQuestionAndTheSameTextAsAPassageAreEmbeddedDifferently() {
    // e5 is trained with "query: " and "passage: " prefixes; without them it ranks worse.
    String text = "When was the ITPP signed?";
    float[] asQuestion = embedder.embedQuery(text);
    float[] asPassage = embedder.embedPassages(List.of(text)).get(0);

    assertThat(dot(asQuestion, asPassage)).isLessThan(0.999).isGreaterThan(0.5);
  }

  static double dot(float[] a, float[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) sum += a[i] * b[i];
    return sum;
  }
}
