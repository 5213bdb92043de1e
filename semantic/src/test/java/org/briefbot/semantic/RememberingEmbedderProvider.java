package org.briefbot.semantic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.briefbot.index.Embedder;
import org.briefbot.index.EmbedderProvider;

/**
 * The real e5 model, remembering the vector of every text it embeds. The corpus guards ask each
 * brief alone and then every brief at once, which embeds each passage, sentence and question twice;
 * remembering the first vector makes the second free without changing a number, so the guards can
 * grow with the held-out corpus and the suite stay within its time.
 */
final class RememberingEmbedderProvider implements EmbedderProvider {
  private final EmbedderProvider model = new E5EmbedderProvider();
  private volatile Embedder remembering;

  @Override
  public String modelId() {
    return model.modelId();
  }

  @Override
  public synchronized Embedder load() {
    if (remembering == null) remembering = new Remembering(model.load());
    return remembering;
  }

  private static final class Remembering implements Embedder {
    private final Embedder model;
    private final Map<String, float[]> queries = new ConcurrentHashMap<>();
    private final Map<String, float[]> passages = new ConcurrentHashMap<>();

    Remembering(Embedder model) {
      this.model = model;
    }

    @Override
    public String modelId() {
      return model.modelId();
    }

    @Override
    public int dimension() {
      return model.dimension();
    }

    @Override
    public float[] embedQuery(String question) {
      return queries.computeIfAbsent(question, model::embedQuery).clone();
    }

    @Override
    public List<float[]> embedPassages(List<String> texts) {
      // The texts not seen yet go to the model in one call, so it can still spread them over cores.
      List<String> unseen =
          texts.stream().distinct().filter(t -> !passages.containsKey(t)).toList();
      if (!unseen.isEmpty()) {
        List<float[]> vectors = model.embedPassages(unseen);
        for (int i = 0; i < unseen.size(); i++) passages.put(unseen.get(i), vectors.get(i));
      }
      List<float[]> out = new ArrayList<>(texts.size());
      for (String text : texts) out.add(passages.get(text).clone());
      return out;
    }
  }
}
