package org.briefbot.index.analysis;

import java.io.IOException;
import java.io.Reader;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The one analysis chain for passages and questions alike, so both sides meet on the same terms:
 * "U.S."/"US" kept apart from the pronoun "us"; hyphenated prefixes joined (co-operation,
 * cyber-attack); possessives dropped; lower case; accents folded; British spelling made American;
 * English stop words dropped; comparatives and superlatives reduced to the base adjective (which
 * the Porter stemmer keeps apart); Porter stems.
 *
 * <p>Synonyms and question words are not part of the chain: they are applied when a question is
 * turned into concepts, where the user's own words can be weighted above expansions.
 */
public final class BriefAnalyzer extends Analyzer {
  static final CharArraySet STOP_WORDS = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new NormalizingCharFilter(reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream stream = new EnglishPossessiveFilter(source);
    stream = new LowerCaseFilter(stream);
    stream = new ASCIIFoldingFilter(stream);
    stream = new MappingFilter(stream, EnglishWords.britishToAmerican());
    stream = new StopFilter(stream, STOP_WORDS);
    stream = new ComparisonFilter(stream);
    stream = new PorterStemFilter(stream);
    return new TokenStreamComponents(source, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }

  /** Replaces whole terms found in a map, e.g. British spellings with American ones. */
  static final class MappingFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final Map<String, String> mapping;

    MappingFilter(TokenStream input, Map<String, String> mapping) {
      super(input);
      this.mapping = mapping;
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) return false;
      String replacement = mapping.get(term.toString());
      if (replacement != null) term.setEmpty().append(replacement);
      return true;
    }
  }

  /**
   * Reduces comparatives and superlatives to their base adjective ("closest", "closer" -> "close";
   * "biggest" -> "big"), but only when the dictionary knows all three forms, so that "interest" or
   * "power" are left alone.
   */
  static final class ComparisonFilter extends TokenFilter {
    private static final Map<String, String> IRREGULAR =
        Map.of(
            "better",
            "good",
            "best",
            "good",
            "worse",
            "bad",
            "worst",
            "bad",
            "further",
            "far",
            "furthest",
            "far",
            "farther",
            "far",
            "farthest",
            "far",
            "most",
            "many",
            "more",
            "many");
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    ComparisonFilter(TokenStream input) {
      super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) return false;
      String word = term.toString();
      String base = base(word);
      if (base != null) term.setEmpty().append(base);
      return true;
    }

    static String base(String word) {
      String irregular = IRREGULAR.get(word);
      if (irregular != null) return irregular;
      int n = word.length();
      if (n >= 6 && word.endsWith("est")) return confirmed(word.substring(0, n - 3), "est");
      if (n >= 5 && word.endsWith("er")) return confirmed(word.substring(0, n - 2), "er");
      return null;
    }

    /** {@code stem} is the word minus its ending; finds the base whose forms all exist. */
    private static String confirmed(String stem, String ending) {
      // The base with an "e" comes first: where both confirm ("lat"/"late", "fin"/"fine",
      // "cut"/"cute"), the comparative belongs to the adjective ending in "e".
      String[] candidates = {
        stem + "e", // clos-est -> close, lat-est -> late
        stem, // strong-est
        stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)
            ? stem.substring(0, stem.length() - 1)
            : null, // bigg-est -> big
        stem.endsWith("i") ? stem.substring(0, stem.length() - 1) + "y" : null // happi-est
      };
      for (String base : candidates) {
        if (base == null || base.length() < 3 || !EnglishWords.contains(base)) continue;
        String er = formOf(base, stem, "er");
        String est = formOf(base, stem, "est");
        if (EnglishWords.contains(er) && EnglishWords.contains(est)) return base;
      }
      return null;
    }

    private static String formOf(String base, String stem, String ending) {
      if (base.endsWith("e")) return base + ending.substring(1);
      if (base.endsWith("y") && stem.endsWith("i")) return stem + ending;
      if (!base.equals(stem)) return stem + ending; // doubled consonant
      return base + ending;
    }
  }
}
