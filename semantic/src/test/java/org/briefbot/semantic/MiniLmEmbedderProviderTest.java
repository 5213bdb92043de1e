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
class MiniLmEmbedderProviderTest {
  private static Embedder embedder;

  @BeforeAll
  static void load() {
    embedder = new MiniLmEmbedderProvider().load();
  }

  @Test
  void theIndexFindsThisProviderThroughServiceLoader() {
    assertThat(ServiceLoader.load(EmbedderProvider.class).findFirst())
        .containsInstanceOf(MiniLmEmbedderProvider.class);
  }

  @Test
  void theModelIdNamesTheModelAndTheVersionOfItsJar() {
    assertThat(new MiniLmEmbedderProvider().modelId()).isEqualTo("all-minilm-l6-v2-q@1.19.0-beta29");
    assertThat(embedder.modelId()).isEqualTo(new MiniLmEmbedderProvider().modelId());
  }

  @Test
  void everyLoadReturnsTheOneModelOfTheProcess() {
    assertThat(new MiniLmEmbedderProvider().load()).isSameAs(embedder);
  }

  @Test
  void vectorsHave384NumbersAndUnitLength() {
    float[] vector = embedder.embed("When was the ITPP signed?");

    assertThat(vector).hasSize(384);
    assertThat(embedder.dimension()).isEqualTo(384);
    assertThat(dot(vector, vector)).isCloseTo(1.0, within(1e-4));
  }

  @Test
  void aParaphraseIsNearerThanAnUnrelatedSentence() {
    float[] question = embedder.embed("Why did Seoul and NATO start talking to each other?");
    float[] answer = embedder.embed("The two sides launched their dialogue in 2005, in the wake of"
        + " their participation in the US-led invasion of Afghanistan.");
    float[] unrelated = embedder.embed("The disclaimer says the views expressed are the author's own.");

    assertThat(dot(question, answer)).isGreaterThan(dot(question, unrelated) + 0.1);
  }

  @Test
  void embeddingManyAtOnceGivesTheVectorsOfEachAlone() {
    List<String> texts = List.of("NATO", "South Korea's artillery shells", "", "Key issues");
    List<float[]> together = embedder.embedAll(texts);

    assertThat(together).hasSize(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      assertThat(dot(together.get(i), embedder.embed(texts.get(i)))).isCloseTo(1.0, within(1e-4));
    }
  }

  static double dot(float[] a, float[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) sum += a[i] * b[i];
    return sum;
  }
}
