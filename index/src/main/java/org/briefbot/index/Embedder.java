package org.briefbot.index;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns text into a vector whose dot product with another says how close their meanings are.
 * The index uses one, when a module supplies it (see {@link EmbedderProvider}), to find passages
 * that answer a question in other words than the question's.
 *
 * <p>Implementations are thread-safe: answers run on many threads at once.
 */
public interface Embedder {
  /**
   * Names the model (and its version): an on-disk index records it beside its vectors and is
   * rebuilt when it changes, so vectors of two models are never compared.
   */
  String modelId();

  /** The length of every vector. */
  int dimension();

  /** The text's vector: {@link #dimension()} numbers, of unit length. */
  float[] embed(String text);

  /** The vectors of many texts, in order; implementations may spread the work over cores. */
  default List<float[]> embedAll(List<String> texts) {
    List<float[]> vectors = new ArrayList<>(texts.size());
    for (String text : texts) vectors.add(embed(text));
    return vectors;
  }
}
