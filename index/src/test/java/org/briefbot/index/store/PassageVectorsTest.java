package org.briefbot.index.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Vectors kept as bytes in the index give the cosines the floats gave, to a hundredth. */
class PassageVectorsTest {
  private static float[] unit(Random random, int dimension) {
    float[] v = new float[dimension];
    double norm = 0;
    for (int i = 0; i < dimension; i++) {
      v[i] = (float) random.nextGaussian();
      norm += v[i] * v[i];
    }
    for (int i = 0; i < dimension; i++) v[i] /= (float) Math.sqrt(norm);
    return v;
  }

  @Test
  void storedVectorsKeepTheirCosines() {
    Random random = new Random(7);
    float[] question = unit(random, 384);
    PassageVectors vectors =
        new PassageVectors(
            unit(random, 384), List.of(unit(random, 384), unit(random, 384), question));

    PassageVectors read = PassageVectors.decode(vectors.encode());

    assertThat(read.sentences()).hasSize(3);
    assertThat(read.passageCosine(question))
        .isCloseTo(vectors.passageCosine(question), org.assertj.core.data.Offset.offset(0.01));
    double[] before = vectors.sentenceCosines(question);
    double[] after = read.sentenceCosines(question);
    for (int i = 0; i < before.length; i++) {
      assertThat(after[i]).isCloseTo(before[i], org.assertj.core.data.Offset.offset(0.01));
    }
    assertThat(after[2]).isGreaterThan(0.98);
  }
}
