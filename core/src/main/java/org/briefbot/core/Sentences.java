package org.briefbot.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits passage text into sentences, keeping each verbatim. Written for policy prose rather than
 * taken from {@code java.text.BreakIterator}, which breaks after "e.g.", after initials and inside
 * "US$ 2.3 billion"-style figures followed by abbreviations.
 */
public final class Sentences {
  /** Words that end in a full stop without ending the sentence. Compared in lower case. */
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "e.g", "i.e", "cf", "vs", "viz", "approx", "al", "mr", "mrs", "ms", "dr", "prof", "st",
          "sr", "jr", "gen", "col", "lt", "maj", "capt", "sgt", "adm", "gov", "sen", "rep", "amb",
          "hon", "rev", "pres", "no", "nos", "art", "arts", "fig", "vol", "pp", "p", "ch", "sec",
          "para", "ed", "eds", "inc", "ltd", "co", "corp", "dept", "univ", "est", "jan", "feb",
          "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k",
          "u.n", "e.u", "a.m", "p.m");

  private static final Pattern DOTTED_ACRONYM = Pattern.compile("\\p{L}(?:\\.\\p{L})+");

  private Sentences() {}

  /** The sentences of {@code text} in order; lines of multi-line text never share a sentence. */
  public static List<Sentence> split(String text) {
    List<Sentence> sentences = new ArrayList<>();
    int start = 0;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        add(text, start, i, sentences);
        start = i + 1;
        continue;
      }
      if (c != '.' && c != '?' && c != '!' && c != '…') continue;
      int end = i + 1;
      while (end < length && isCloser(text.charAt(end))) end++;
      if (end < length && !isSpace(text.charAt(end)) && text.charAt(end) != '\n') continue;
      int next = end;
      while (next < length && isSpace(text.charAt(next))) next++;
      boolean atEnd = next >= length || text.charAt(next) == '\n';
      if (!atEnd && !startsSentence(text.charAt(next))) continue;
      if (c == '.' && !atEnd && isAbbreviation(text, i)) continue;
      add(text, start, end, sentences);
      start = end;
      i = end - 1;
    }
    add(text, start, length, sentences);
    return List.copyOf(sentences);
  }

  private static void add(String text, int from, int to, List<Sentence> sentences) {
    while (from < to && (isSpace(text.charAt(from)) || text.charAt(from) == '\n')) from++;
    while (to > from && (isSpace(text.charAt(to - 1)) || text.charAt(to - 1) == '\n')) to--;
    if (to > from) sentences.add(new Sentence(from, to, text.substring(from, to)));
  }

  /** White space within a line: spaces, tabs, no-break spaces, a \r before \n. */
  private static boolean isSpace(char c) {
    return c != '\n' && (Character.isWhitespace(c) || Character.isSpaceChar(c));
  }

  private static boolean isCloser(char c) {
    return c == '"'
        || c == '\''
        || c == '\u201D'
        || c == '\u2019'
        || c == ')'
        || c == ']'
        || c == '\u00BB';
  }

  private static boolean startsSentence(char c) {
    return Character.isUpperCase(c)
        || Character.isDigit(c)
        || c == '"'
        || c == '\u201C'
        || c == '\u2018'
        || c == '('
        || c == '['
        || c == '\''
        || c == '\u00AB'
        || Character.isLetter(c) && !Character.isLowerCase(c);
  }

  /**
   * True when the word ending at {@code dot} is an abbreviation or an initial, not a sentence end.
   */
  private static boolean isAbbreviation(String text, int dot) {
    int from = dot;
    while (from > 0
        && !isSpace(text.charAt(from - 1))
        && text.charAt(from - 1) != '\n'
        && "([\"\u201C\u2018".indexOf(text.charAt(from - 1)) < 0) {
      from--;
    }
    String word = text.substring(from, dot);
    if (word.isEmpty()) return false;
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) return true; // an initial
    // Dotted acronyms such as "U.S.A", but not numbers: "3.1." ends a sentence.
    if (DOTTED_ACRONYM.matcher(word).matches()) return true;
    return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
  }
}
