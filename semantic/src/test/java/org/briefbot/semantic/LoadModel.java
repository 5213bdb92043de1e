package org.briefbot.semantic;

import org.briefbot.index.Embedder;

/**
 * Loads the model and embeds one sentence, as every run of briefbot with semantic search does, then
 * says which folder ONNX Runtime's libraries were loaded from.
 */
final class LoadModel {
  private LoadModel() {}

  public static void main(String[] args) {
    Embedder embedder = new E5EmbedderProvider().load();
    System.out.println("dimension " + embedder.embedQuery("When was the ITPP signed?").length);
    System.out.println("onnxruntime from " + System.getProperty("onnxruntime.native.path"));
  }
}
