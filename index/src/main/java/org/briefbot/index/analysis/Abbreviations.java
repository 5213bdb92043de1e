package org.briefbot.index.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Abbreviations a text defines, as briefs do on first use: "the Individually Tailored Partnership
 * Programme (ITPP)". Found with Schwartz and Hearst's algorithm (2003): the short form in brackets,
 * and the shortest run of words before it in which the short form's letters occur in order, its
 * first letter starting a word. Read from the library itself, so a question using either form finds
 * passages using the other, in any brief, with no list to keep.
 */
public final class Abbreviations {
  /** A short form: 2 to 10 characters, one word, with a capital letter. */
  private static final Pattern BRACKETED = Pattern.compile("\\(([^()\\s]{2,10})\\)");

  private static final Pattern WORD_BREAK = Pattern.compile("[\\s]+");

  private Abbreviations() {}

  /** A short form and the long form it stands for, as written. */
  public record Definition(String shortForm, String longForm) {}

  /** Every definition in {@code text}, first occurrence of each short form first. */
  public static List<Definition> in(String text) {
    Map<String, Definition> found = new LinkedHashMap<>();
    Matcher m = BRACKETED.matcher(text);
    while (m.find()) {
      String shortForm = m.group(1);
      if (!isShortForm(shortForm)) continue;
      String before = sentenceBefore(text, m.start());
      String longForm =
          longForm(
              shortForm,
              lastWords(before, Math.min(shortForm.length() + 5, shortForm.length() * 2)));
      if (longForm != null)
        found.putIfAbsent(shortForm.toLowerCase(Locale.ROOT), new Definition(shortForm, longForm));
    }
    return List.copyOf(found.values());
  }

  private static boolean isShortForm(String candidate) {
    if (!Character.isLetterOrDigit(candidate.codePointAt(0))) return false;
    boolean capital = false;
    int letters = 0;
    for (int i = 0; i < candidate.length(); i++) {
      char c = candidate.charAt(i);
      if (Character.isUpperCase(c)) capital = true;
      if (Character.isLetter(c)) letters++;
    }
    return capital && letters >= 2;
  }

  /** The text of the sentence up to {@code end}: a long form does not cross a full stop. */
  private static String sentenceBefore(String text, int end) {
    int start =
        Math.max(
            Math.max(text.lastIndexOf(". ", end), text.lastIndexOf('\n', end)),
            Math.max(text.lastIndexOf("; ", end), text.lastIndexOf(": ", end)));
    return text.substring(start < 0 ? 0 : start + 1, end).strip();
  }

  private static String lastWords(String text, int count) {
    String[] words = WORD_BREAK.split(text.strip());
    int from = Math.max(0, words.length - count);
    return String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
  }

  /**
   * The shortest end of {@code candidate} whose characters contain the short form's letters and
   * digits in order, the first at the start of a word; null when there is none.
   */
  static String longForm(String shortForm, String candidate) {
    String s = shortForm.toLowerCase(Locale.ROOT);
    String l = candidate.toLowerCase(Locale.ROOT);
    int si = s.length() - 1;
    int li = l.length() - 1;
    while (si >= 0) {
      char c = s.charAt(si);
      if (!Character.isLetterOrDigit(c)) {
        si--;
        continue;
      }
      while (li >= 0
          && (l.charAt(li) != c
              || si == 0 && li > 0 && Character.isLetterOrDigit(l.charAt(li - 1)))) {
        li--;
      }
      if (li < 0) return null;
      li--;
      si--;
    }
    int start = l.lastIndexOf(' ', li) + 1;
    String longForm = candidate.substring(start).strip();
    // "(ITPP)" after "the ITPP" is a repetition, not a definition.
    if (longForm.equalsIgnoreCase(shortForm)
        || !longForm.contains(" ") && longForm.length() <= shortForm.length() + 2) {
      return null;
    }
    return longForm.replaceAll("^[\"“‘']+|[\"”’',]+$", "");
  }

  /** A run of capitalised words, with the small words official names hold between them. */
  private static final Pattern PROPER_NAME =
      Pattern.compile(
          "\\p{Lu}[\\p{L}’'-]*(?:\\s+(?:(?:of|and|for|on|the|de|in)\\s+)*\\p{Lu}[\\p{L}’'-]*)+");

  private static final Pattern AND = Pattern.compile("\\s+and\\s+(?:the\\s+)?");
  private static final Pattern SMALL_WORD = Pattern.compile("of|and|for|on|the|de|in");

  /**
   * The short forms a reader may use for names the text only spells out: "Nuclear Consultative
   * Group" gives NCG, "Cooperative Cyber Defence Centre of Excellence" both CCDCE and CCDCOE. Only
   * initials of three letters or more that are not English words, so that no ordinary word of a
   * question is taken for a name.
   */
  public static List<Definition> initialisms(String text) {
    Map<String, Definition> found = new LinkedHashMap<>();
    Matcher m = PROPER_NAME.matcher(text);
    while (m.find()) {
      // "the Nuclear Planning Group and the Nuclear Consultative Group" is two names, but
      // "Organisation for Security and Co-operation in Europe" one: take the run and its pieces.
      List<String> names = new ArrayList<>();
      names.add(m.group());
      String[] pieces = AND.split(m.group());
      if (pieces.length > 1) names.addAll(List.of(pieces));
      for (String name : names) addInitialisms(name, found);
    }
    return List.copyOf(found.values());
  }

  private static void addInitialisms(String run, Map<String, Definition> found) {
    String name = run.replaceFirst("^(The|A|An|the)\\s+", "");
    String[] words = WORD_BREAK.split(name);
    if (words.length < 2) return;
    StringBuilder capitals = new StringBuilder();
    StringBuilder every = new StringBuilder();
    for (String word : words) {
      for (String part : word.split("-")) {
        if (part.isEmpty()) continue;
        every.append(part.charAt(0));
        if (!SMALL_WORD.matcher(part).matches()) capitals.append(part.charAt(0));
      }
    }
    for (String initials : List.of(capitals.toString(), every.toString())) {
      String key = initials.toLowerCase(Locale.ROOT);
      if (initials.length() < 3 || EnglishWords.contains(key)) continue;
      found.putIfAbsent(key, new Definition(initials.toUpperCase(Locale.ROOT), name));
    }
  }

  /**
   * The definitions of every text, and the initials of the names it spells out, as groups of
   * analyzed forms for a {@link SynonymTable}.
   */
  public static List<List<List<String>>> groups(List<String> texts, TextAnalysis analysis) {
    List<List<List<String>>> groups = new ArrayList<>();
    for (String text : texts) {
      List<Definition> definitions = new ArrayList<>(in(text));
      definitions.addAll(initialisms(text));
      for (Definition d : definitions) {
        List<String> shortTerms = analysis.terms(d.shortForm());
        List<String> longTerms = analysis.terms(d.longForm());
        if (shortTerms.isEmpty() || longTerms.isEmpty() || shortTerms.equals(longTerms)) continue;
        groups.add(List.of(shortTerms, longTerms));
      }
    }
    return groups;
  }
}
