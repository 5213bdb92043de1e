package org.briefbot.index;

import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small, deterministic stand-in for a sentence-embedding model: each word is hashed into one of
 * 64 dimensions, so texts sharing words have a high cosine. It counts the texts it embeds, so tests
 * can tell vectors computed from vectors reused.
 */
final class TestEmbedder implements Embedder {
  static final int DIMENSION = 64;
  private final String modelId;
  final AtomicInteger embedded = new AtomicInteger();

  TestEmbedder(String modelId) {
    this.modelId = modelId;
  }

  @Override
  public String modelId() {
    return modelId;
  }

  @Override
  public int dimension() {
    return DIMENSION;
  }

  @Override
  public float[] embedQuery(String question) {
    return embed(question);
  }

  @Override
  public java.util.List<float[]> embedPassages(java.util.List<String> texts) {
    java.util.List<float[]> vectors = new java.util.ArrayList<>();
    for (String text : texts) vectors.add(embed(text));
    return vectors;
  }

  float[] embed(String text) {
    embedded.incrementAndGet();
    float[] vector = new float[DIMENSION];
    for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (word.length() > 3) vector[Math.floorMod(word.hashCode(), DIMENSION)] += 1;
    }
    vector[0] += 0.01f; // never the zero vector
    double norm = 0;
    for (float x : vector) norm += x * x;
    for (int i = 0; i < DIMENSION; i++) vector[i] /= (float) Math.sqrt(norm);
    return vector;
  }

  /**
   * A provider of fresh test embedders, counting loads; {@code gate} holds a load back until
   * opened.
   */
  static final class Provider implements EmbedderProvider {
    private final String modelId;
    private final CountDownLatch gate;
    final AtomicInteger loads = new AtomicInteger();
    volatile TestEmbedder last;

    Provider(String modelId) {
      this(modelId, new CountDownLatch(0));
    }

    Provider(String modelId, CountDownLatch gate) {
      this.modelId = modelId;
      this.gate = gate;
    }

    @Override
    public String modelId() {
      return modelId;
    }

    @Override
    public Embedder load() {
      loads.incrementAndGet();
      try {
        gate.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while loading", e);
      }
      last = new TestEmbedder(modelId);
      return last;
    }
  }
}
