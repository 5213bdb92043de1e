package org.briefbot.index.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The English language at large, as word lists bundled with the index module (SCOWL, see
 * NOTICE-english-words.txt): which words exist, and British spellings with their American forms.
 */
public final class EnglishWords {
  private static final Set<String> WORDS = load();
  private static final Map<String, String> BRITISH_TO_AMERICAN = loadVariants();

  private EnglishWords() {}

  /** True when {@code word} (lower case) is an English dictionary word. */
  public static boolean contains(String word) {
    return WORDS.contains(word);
  }

  /**
   * True when one deletion, insertion, substitution or swap of adjacent letters turns {@code word}
   * into a dictionary word: the mark of an everyday typo.
   */
  public static boolean isOneEditFromWord(String word) {
    String letters = "abcdefghijklmnopqrstuvwxyz";
    for (int i = 0; i <= word.length(); i++) {
      String head = word.substring(0, i);
      String tail = word.substring(i);
      if (!tail.isEmpty() && WORDS.contains(head + tail.substring(1))) return true;
      if (tail.length() > 1
          && WORDS.contains(head + tail.charAt(1) + tail.charAt(0) + tail.substring(2))) {
        return true;
      }
      for (int c = 0; c < letters.length(); c++) {
        char letter = letters.charAt(c);
        if (WORDS.contains(head + letter + tail)) return true;
        if (!tail.isEmpty()
            && tail.charAt(0) != letter
            && WORDS.contains(head + letter + tail.substring(1))) {
          return true;
        }
      }
    }
    return false;
  }

  /** The American spelling of a British-spelled word, or the word itself. */
  public static String american(String word) {
    return BRITISH_TO_AMERICAN.getOrDefault(word, word);
  }

  static Map<String, String> britishToAmerican() {
    return BRITISH_TO_AMERICAN;
  }

  private static Set<String> load() {
    Set<String> words = new HashSet<>(160_000);
    try (InputStream raw = resource("english-words.txt.gz");
        BufferedReader in =
            new BufferedReader(
                new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.US_ASCII))) {
      for (String line; (line = in.readLine()) != null; ) {
        if (!line.isEmpty()) words.add(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled English word list", e);
    }
    return Set.copyOf(words);
  }

  private static Map<String, String> loadVariants() {
    Map<String, String> variants = new HashMap<>();
    try (InputStream raw = resource("spelling-variants.txt");
        BufferedReader in =
            new BufferedReader(new InputStreamReader(raw, StandardCharsets.US_ASCII))) {
      for (String line; (line = in.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] pair = line.strip().split("\\s+");
        if (pair.length == 2) variants.put(pair[0], pair[1]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled spelling variants", e);
    }
    return Map.copyOf(variants);
  }

  private static InputStream resource(String name) {
    InputStream in = EnglishWords.class.getResourceAsStream(name);
    if (in == null)
      throw new IllegalStateException("missing resource " + name + " in briefbot-index");
    return in;
  }
}
