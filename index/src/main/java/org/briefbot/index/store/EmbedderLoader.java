package org.briefbot.index.store;

import java.lang.System.Logger.Level;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
import org.briefbot.index.Embedder;
import org.briefbot.index.EmbedderProvider;
import org.briefbot.index.IndexOptions;

/**
 * Loads an embedder on a background thread, so that nothing that answers has to wait for the model:
 * until it is ready (or if it never loads) the index answers from words alone.
 */
public final class EmbedderLoader {
  private static final System.Logger LOG = System.getLogger(EmbedderLoader.class.getName());

  private final String expectedModel;
  private final CompletableFuture<Embedder> loaded = new CompletableFuture<>();

  private EmbedderLoader(EmbedderProvider provider) {
    this.expectedModel = provider.modelId();
    Thread thread = new Thread(() -> load(provider), "briefbot-embedder-load");
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * A loader for the options' embedder, or the first provider on the class path; empty when the
   * options switch semantic search off or there is no provider.
   */
  public static Optional<EmbedderLoader> start(IndexOptions options) {
    if (!options.semantic()) return Optional.empty();
    Optional<EmbedderProvider> provider = options.embedder();
    if (provider.isEmpty()) {
      try {
        provider =
            ServiceLoader.load(EmbedderProvider.class, EmbedderProvider.class.getClassLoader())
                .findFirst();
      } catch (java.util.ServiceConfigurationError e) {
        LOG.log(
            Level.WARNING,
            "semantic search is off: its provider cannot be created ({0})",
            e.getMessage());
        return Optional.empty();
      }
    }
    return provider.map(EmbedderLoader::new);
  }

  private void load(EmbedderProvider provider) {
    long start = System.nanoTime();
    try {
      Embedder embedder = provider.load();
      if (embedder == null) throw new IllegalStateException("the provider returned no embedder");
      LOG.log(
          Level.INFO,
          "embedding model {0} loaded in {1} ms",
          embedder.modelId(),
          (System.nanoTime() - start) / 1_000_000);
      loaded.complete(embedder);
    } catch (RuntimeException | LinkageError e) {
      // A missing native library is a LinkageError; either way the index keeps answering by words.
      LOG.log(
          Level.WARNING,
          "semantic search is off: the embedding model " + expectedModel + " did not load",
          e);
      loaded.completeExceptionally(e);
    }
  }

  /** The model the embedder will have, known before it has loaded. */
  public String expectedModel() {
    return expectedModel;
  }

  /** The embedder once loaded; null while loading or when it failed to load. */
  public Embedder embedder() {
    return loaded.isDone() && !loaded.isCompletedExceptionally() ? loaded.join() : null;
  }

  /** True while the model is still loading. */
  public boolean loading() {
    return !loaded.isDone();
  }

  /** Completes with the embedder once loaded, or exceptionally if it does not load. */
  public CompletableFuture<Embedder> whenLoaded() {
    return loaded;
  }
}
