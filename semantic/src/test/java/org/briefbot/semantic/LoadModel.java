package org.briefbot.semantic;

import org.briefbot.index.Embedder;

/** Loads the model and embeds one sentence: what every run of briefbot with semantic search does. */
final class LoadModel {
  private LoadModel() {}

  public static void main(String[] args) {
    Embedder embedder = new E5EmbedderProvider().load();
    System.out.println("dimension " + embedder.embedQuery("When was the ITPP signed?").length);
  }
}
