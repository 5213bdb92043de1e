package org.briefbot.index.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.util.BytesRef;

/**
 * The meaning of a passage and of each of its sentences, as stored beside it: each vector scaled so
 * its largest number is 127 and rounded to signed bytes, with the scale kept (about a quarter of
 * the space of floats; cosines move by about 0.001, far below what separates a good passage from a
 * bad one). Sentences are in {@code Sentences.split} order, so vector {@code i + 1} belongs to
 * sentence {@code i}.
 *
 * @param passage the passage's vector
 * @param sentences one vector per sentence
 */
public record PassageVectors(float[] passage, List<float[]> sentences) {
  public PassageVectors {
    sentences = List.copyOf(sentences);
  }

  /** The cosine of the question with the passage: the vectors are (near) unit length. */
  public double passageCosine(float[] question) {
    return dot(passage, question);
  }

  /** The cosine of the question with each sentence, in order. */
  public double[] sentenceCosines(float[] question) {
    double[] cosines = new double[sentences.size()];
    for (int i = 0; i < cosines.length; i++) cosines[i] = dot(sentences.get(i), question);
    return cosines;
  }

  static double dot(float[] a, float[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException(
          "vectors differ in length: " + a.length + " and " + b.length);
    }
    double sum = 0;
    for (int i = 0; i < a.length; i++) sum += a[i] * b[i];
    return sum;
  }

  /** The vectors as stored: dimension, count, then each vector's scale and numbers as bytes. */
  BytesRef encode() {
    int dimension = passage.length;
    byte[] bytes = new byte[8 + (4 + dimension) * (1 + sentences.size())];
    putInt(bytes, 0, dimension);
    putInt(bytes, 4, 1 + sentences.size());
    int at = 8;
    at = put(bytes, at, passage);
    for (float[] sentence : sentences) at = put(bytes, at, sentence);
    return new BytesRef(bytes);
  }

  static PassageVectors decode(BytesRef ref) {
    byte[] bytes = ref.bytes;
    int offset = ref.offset;
    int dimension = getInt(bytes, offset);
    int count = getInt(bytes, offset + 4);
    if (dimension <= 0 || count <= 0 || 8 + (4L + dimension) * count > ref.length) {
      throw new IllegalStateException(
          "stored vectors are damaged: dimension "
              + dimension
              + ", count "
              + count
              + ", "
              + ref.length
              + " bytes");
    }
    List<float[]> vectors = new ArrayList<>(count);
    int at = offset + 8;
    for (int v = 0; v < count; v++) {
      float scale = Float.intBitsToFloat(getInt(bytes, at));
      at += 4;
      float[] vector = new float[dimension];
      for (int i = 0; i < dimension; i++) vector[i] = bytes[at++] * scale;
      vectors.add(vector);
    }
    return new PassageVectors(vectors.get(0), vectors.subList(1, count));
  }

  /** The vectors stored for a document, or null when it has none (indexed without a model). */
  static PassageVectors read(org.apache.lucene.index.StoredFields stored, int doc)
      throws IOException {
    Document document = stored.document(doc, Set.of(Fields.VECTORS));
    BytesRef ref = document.getBinaryValue(Fields.VECTORS);
    return ref == null ? null : decode(ref);
  }

  private static int put(byte[] bytes, int at, float[] vector) {
    float largest = 0;
    for (float x : vector) largest = Math.max(largest, Math.abs(x));
    float scale = largest == 0 ? 1 : largest / 127f;
    putInt(bytes, at, Float.floatToIntBits(scale));
    at += 4;
    for (float x : vector) {
      bytes[at++] = (byte) Math.max(-127, Math.min(127, Math.round(x / scale)));
    }
    return at;
  }

  private static void putInt(byte[] bytes, int at, int value) {
    bytes[at] = (byte) (value >>> 24);
    bytes[at + 1] = (byte) (value >>> 16);
    bytes[at + 2] = (byte) (value >>> 8);
    bytes[at + 3] = (byte) value;
  }

  private static int getInt(byte[] bytes, int at) {
    return (bytes[at] & 0xff) << 24
        | (bytes[at + 1] & 0xff) << 16
        | (bytes[at + 2] & 0xff) << 8
        | bytes[at + 3] & 0xff;
  }
}
