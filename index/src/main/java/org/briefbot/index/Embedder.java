package org.briefbot.index;

import java.util.List;

/**
 * Turns text into a vector whose dot product with another says how close their meanings are. The
 * index uses one, when a module supplies it (see {@link EmbedderProvider}), to find passages and
 * sentences that answer a question in other words than the question's.
 *
 * <p>Questions and passages are embedded by two methods because retrieval models such as e5 read
 * them differently (a "query: " or "passage: " prefix): a question is short and asks, a passage is
 * long and states.
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

  /** The question's vector: {@link #dimension()} numbers, of unit length. */
  float[] embedQuery(String question);

  /**
   * The vectors of passages or sentences of a brief, in order, each of unit length; implementations
   * may spread the work over cores.
   */
  List<float[]> embedPassages(List<String> texts);
}
