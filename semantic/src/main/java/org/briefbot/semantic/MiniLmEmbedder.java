package org.briefbot.semantic;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import org.briefbot.index.Embedder;

/** An {@link Embedder} over a langchain4j embedding model, giving unit vectors. */
final class MiniLmEmbedder implements Embedder {
  private final EmbeddingModel model;
  private final String modelId;
  private final int dimension;

  MiniLmEmbedder(EmbeddingModel model, String modelId) {
    this.model = model;
    this.modelId = modelId;
    this.dimension = model.dimension();
  }

  @Override
  public String modelId() {
    return modelId;
  }

  @Override
  public int dimension() {
    return dimension;
  }

  @Override
  public float[] embed(String text) {
    // The model refuses blank text; a blank question still gets a (meaningless) vector.
    return normalized(model.embed(text.isBlank() ? "." : text).content().vector());
  }

  @Override
  public List<float[]> embedAll(List<String> texts) {
    List<TextSegment> segments = new ArrayList<>(texts.size());
    for (String text : texts) segments.add(TextSegment.from(text.isBlank() ? "." : text));
    List<float[]> vectors = new ArrayList<>(texts.size());
    for (Embedding embedding : model.embedAll(segments).content()) {
      vectors.add(normalized(embedding.vector()));
    }
    return vectors;
  }

  /** The model's vectors are of unit length already; this makes it a guarantee. */
  static float[] normalized(float[] vector) {
    double sum = 0;
    for (float x : vector) sum += x * x;
    double norm = Math.sqrt(sum);
    if (norm == 0) return vector;
    float[] unit = new float[vector.length];
    for (int i = 0; i < vector.length; i++) unit[i] = (float) (vector[i] / norm);
    return unit;
  }
}
