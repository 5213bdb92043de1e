package org.briefbot.semantic;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.briefbot.index.Embedder;

/**
 * An {@link Embedder} running a {@link SentenceModel} in process with ONNX Runtime; unit vectors.
 */
final class OnnxEmbedder implements Embedder {
  private final SentenceModel model;
  private final String modelId;
  private final JarModel onnx;
  private final int dimension;

  private OnnxEmbedder(SentenceModel model, JarModel onnx) {
    this.model = model;
    this.modelId = model.id();
    this.onnx = onnx;
    this.dimension = onnx.dimension();
  }

  /**
   * Loads the model's files from the class path (seconds: tens of megabytes are read and compiled
   * by ONNX Runtime).
   *
   * @param workers threads that embed a batch's texts in parallel
   * @throws IllegalStateException when the model's files are not on the class path
   */
  static OnnxEmbedder load(SentenceModel model, Executor workers) {
    ClassLoader loader = OnnxEmbedder.class.getClassLoader();
    try (InputStream onnxFile = loader.getResourceAsStream(model.onnxResource());
        InputStream tokenizer = loader.getResourceAsStream(model.tokenizerResource())) {
      if (onnxFile == null || tokenizer == null) {
        throw new IllegalStateException(
            "the files of "
                + model.name()
                + " ("
                + model.onnxResource()
                + ", "
                + model.tokenizerResource()
                + ") are not on the class path");
      }
      return new OnnxEmbedder(
          model,
          new JarModel(new OnnxBertBiEncoder(onnxFile, tokenizer, model.pooling()), workers));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the files of " + model.name(), e);
    }
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
  public float[] embedQuery(String question) {
    return normalized(onnx.embed(model.queryPrefix() + orDot(question)).content().vector());
  }

  @Override
  public List<float[]> embedPassages(List<String> texts) {
    List<TextSegment> segments = new ArrayList<>(texts.size());
    for (String text : texts) segments.add(TextSegment.from(model.passagePrefix() + orDot(text)));
    List<float[]> vectors = new ArrayList<>(texts.size());
    for (Embedding embedding : onnx.embedAll(segments).content()) {
      vectors.add(normalized(embedding.vector()));
    }
    return vectors;
  }

  /** The model refuses blank text; a blank one still gets a (meaningless) vector. */
  private static String orDot(String text) {
    return text.isBlank() ? "." : text;
  }

  /** Pooled vectors are near unit length; this makes it a guarantee for dot products. */
  static float[] normalized(float[] vector) {
    double sum = 0;
    for (float x : vector) sum += x * x;
    double norm = Math.sqrt(sum);
    if (norm == 0) return vector;
    float[] unit = new float[vector.length];
    for (int i = 0; i < vector.length; i++) unit[i] = (float) (vector[i] / norm);
    return unit;
  }

  /**
   * langchain4j's in-process model (batching, parallel embedding) over an encoder we load
   * ourselves: its own loader reads through the thread's context class loader, which in a
   * background thread of an application server or a test runner may not see our jar.
   */
  private static final class JarModel extends AbstractInProcessEmbeddingModel {
    private final OnnxBertBiEncoder encoder;

    JarModel(OnnxBertBiEncoder encoder, Executor workers) {
      super(workers);
      this.encoder = encoder;
    }

    @Override
    protected OnnxBertBiEncoder model() {
      return encoder;
    }
  }
}
