package org.briefbot.index.analysis;

import java.io.IOException;
import java.io.Reader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * Rewrites what people write in several ways into one form before tokenizing, in a single pass (a
 * chain of pattern filters re-read the whole text once per pattern, most of indexing time):
 * "US"/"U.S." (the country, kept apart from the pronoun "us") to "USA"; hyphenated prefixes joined
 * ("co-operation", "cyber-attack"); "$2.3bn", "40m", "1tn", "5k" and "2.7%"/"per cent" written out.
 * Offsets are corrected, so tokens still point at the surface words.
 */
final class NormalizingCharFilter extends BaseCharFilter {
  private static final Pattern REWRITES =
      Pattern.compile(
          "(?<usa>\\bU\\.S\\.(?:A\\.)?|\\bUS\\b|\\bUSA\\b)"
              + "|(?i:\\b(?<prefix>co|non|anti|counter|cyber|multi|inter|pre|post|semi|sub|trans|geo|bi)-(?=\\p{L}))"
              + "|(?i:(?<bn>\\d)\\s?(?:bn|b)\\b)"
              + "|(?i:(?<mn>\\d)\\s?(?:mn|m)\\b)"
              + "|(?i:(?<tn>\\d)\\s?(?:tn|trn)\\b)"
              + "|(?i:(?<k>\\d)\\s?k\\b)"
              + "|(?<pct>\\d)\\s?%"
              + "|(?<percent>(?i:\\bper\\s+cent\\b))");

  private final Reader source;
  private String output;
  private int position;

  NormalizingCharFilter(Reader in) {
    super(in);
    this.source = in;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (output == null) output = rewrite(readAll(source));
    if (position >= output.length()) return -1;
    int count = Math.min(length, output.length() - position);
    output.getChars(position, position + count, buffer, offset);
    position += count;
    return count;
  }

  private static String readAll(Reader in) throws IOException {
    StringBuilder text = new StringBuilder();
    char[] chunk = new char[4096];
    for (int n; (n = in.read(chunk)) != -1; ) text.append(chunk, 0, n);
    return text.toString();
  }

  /** The rewritten text, recording for every change how output offsets map back to the input. */
  private String rewrite(String input) {
    Matcher m = REWRITES.matcher(input);
    StringBuilder out = new StringBuilder(input.length() + 16);
    int cumulative = 0;
    int last = 0;
    while (m.find()) {
      out.append(input, last, m.start());
      last = m.end();
      int before = out.length();
      out.append(replacement(m));
      int replaced = out.length() - before;
      int original = m.end() - m.start();
      if (replaced < original) {
        // Shorter: the characters after the replacement sit further back in the input.
        cumulative += original - replaced;
        addOffCorrectMap(before + replaced, cumulative);
      } else {
        // Longer: each added character points at the last character of the original.
        for (int i = original; i < replaced; i++) addOffCorrectMap(before + i, --cumulative);
      }
    }
    out.append(input, last, input.length());
    return out.toString();
  }

  private static String replacement(Matcher m) {
    if (m.group("usa") != null) return "USA";
    if (m.group("prefix") != null) return m.group("prefix");
    if (m.group("bn") != null) return m.group("bn") + " billion";
    if (m.group("mn") != null) return m.group("mn") + " million";
    if (m.group("tn") != null) return m.group("tn") + " trillion";
    if (m.group("k") != null) return m.group("k") + " thousand";
    if (m.group("pct") != null) return m.group("pct") + " percent";
    return "percent";
  }
}
