package org.briefbot.index;

/**
 * Supplies an {@link Embedder}; found with {@link java.util.ServiceLoader}, so a module on the
 * class path (briefbot-semantic) plugs semantic search into the index without the index depending
 * on it. With no provider on the class path the index answers from words alone.
 */
public interface EmbedderProvider {
  /**
   * The {@link Embedder#modelId()} of the embedder {@link #load()} returns, known without loading
   * it.
   */
  String modelId();

  /**
   * Loads the model: slow (seconds) and memory-hungry, so the index calls it once, on a background
   * thread, and answers from words alone until it returns.
   */
  Embedder load();
}
