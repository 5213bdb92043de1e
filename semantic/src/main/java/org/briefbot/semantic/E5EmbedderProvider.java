package org.briefbot.semantic;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.briefbot.index.Embedder;
import org.briefbot.index.EmbedderProvider;

/**
 * The embedder of this module, found by the index through {@link java.util.ServiceLoader}:
 * e5-small-v2, quantized, 384 dimensions, shipped inside a jar and run on the CPU with ONNX
 * Runtime. Nothing is downloaded. One model serves every index of the process.
 */
public final class E5EmbedderProvider implements EmbedderProvider {
  static final String MODEL_ID = SentenceModel.E5_SMALL_V2_Q.id();

  /** Public, with no arguments, for ServiceLoader. */
  public E5EmbedderProvider() {}

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
      return OnnxEmbedder.load(SentenceModel.E5_SMALL_V2_Q, workers());
    }
  }

  /**
   * Threads that embed a batch in parallel at index time: one per core, daemons, so they never keep
   * a finished program alive.
   */
  private static ExecutorService workers() {
    AtomicInteger count = new AtomicInteger();
    return Executors.newFixedThreadPool(
        Math.max(1, Runtime.getRuntime().availableProcessors()),
        task -> {
          Thread thread = new Thread(task, "briefbot-embedder-" + count.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
  }
}
