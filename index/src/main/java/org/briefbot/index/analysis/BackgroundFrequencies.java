package org.briefbot.index.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * How common each analyzed term is in general political English (the English part of the Europarl
 * sample, see tools/MakeBackgroundFrequencies.java). A library of one brief is too small to tell
 * that "go" or "gain" are everyday words while "Stoltenberg" is a name; this tells it.
 */
public final class BackgroundFrequencies {
  private static final BackgroundFrequencies INSTANCE = load();

  private final int documents;
  private final Map<String, Integer> frequencies;
  private final double maxIdf;

  private BackgroundFrequencies(int documents, Map<String, Integer> frequencies) {
    this.documents = documents;
    this.frequencies = frequencies;
    this.maxIdf = Math.log((documents + 1) / 0.5);
  }

  public static BackgroundFrequencies instance() {
    return INSTANCE;
  }

  /**
   * How specific the terms are, from 0 (in every document) to 1 (in none): the mean over the terms
   * of their inverse document frequency, scaled by its maximum.
   */
  public double specificity(List<String> terms) {
    if (terms.isEmpty()) return 1;
    double sum = 0;
    for (String term : terms) {
      int df = frequencies.getOrDefault(term, 0);
      sum += Math.log((documents + 1) / (df + 0.5)) / maxIdf;
    }
    return Math.min(1, sum / terms.size());
  }

  private static BackgroundFrequencies load() {
    Map<String, Integer> frequencies = new HashMap<>(16_000);
    int documents = 1;
    try (InputStream raw =
        BackgroundFrequencies.class.getResourceAsStream("background-df.txt.gz")) {
      if (raw == null)
        throw new IllegalStateException("missing analysis/background-df.txt.gz in briefbot-index");
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
      for (String line; (line = in.readLine()) != null; ) {
        String[] fields = line.split("\t");
        if (fields.length != 2) continue;
        if (fields[0].equals("# documents")) {
          documents = Integer.parseInt(fields[1]);
        } else {
          frequencies.put(fields[0], Integer.parseInt(fields[1]));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled background frequencies", e);
    }
    return new BackgroundFrequencies(documents, Map.copyOf(frequencies));
  }
}
