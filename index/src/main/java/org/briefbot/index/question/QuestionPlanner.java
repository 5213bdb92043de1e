package org.briefbot.index.question;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefbot.index.analysis.EnglishWords;
import org.briefbot.index.analysis.SynonymTable;
import org.briefbot.index.analysis.TextAnalysis;
import org.briefbot.index.analysis.Token;
import org.briefbot.index.analysis.Vocabulary;

/**
 * Turns a chat question into a {@link QuestionPlan}. Nothing a user types is syntax here: quotes
 * and a leading minus are the only operators, and both degrade to plain words when unbalanced.
 */
public final class QuestionPlanner {
  /** A synonym counts for less than the user's own word, so rare own words lead. */
  static final double SYNONYM_WEIGHT = 0.7;

  /** A misspelling's correction is what the user meant, nearly as good as their own word. */
  static final double CORRECTION_WEIGHT = 0.9;

  /** Another form of the word ("budget" for "budgetary") is weaker evidence still. */
  static final double RELATED_WEIGHT = 0.5;

  /**
   * A question is a sentence or two; past this many concepts it is a pasted paragraph, and the rest
   * would only swell the query (each concept is searched in three fields).
   */
  static final int MAX_CONCEPTS = 24;

  /** Other names per concept, the user's own first; enough for any synonym group. */
  static final int MAX_FORMS = 12;

  private static final Pattern QUOTED =
      Pattern.compile(
          "[\"“”„]([^\"“”„]{1,200})[\"“”„]|(?<![\\p{L}\\p{N}])['‘]([^'‘’\"]{2,200}?)['’](?![\\p{L}\\p{N}])");

  /** "the author argues/thinks": the brief's own voice, not a question about its author. */
  private static final Pattern AUTHORIAL_VOICE =
      Pattern.compile(
          "(?i)\\b(?:the |this |these )?(?:authors?|writers?|brief|paper)(?:'s|’s|s'|s’)?(?= (?:argue|think|say|conclude|believe|suggest|recommend|claim|expect|predict|see|view|make|mean|propose|call|want|urge|warn|worry|note)|'s view|’s view|s' view| views?)");

  private static final Pattern EXCLUDED =
      Pattern.compile("(?<![\\p{L}\\p{N}-])-(\\p{L}[\\p{L}\\p{N}]*)");

  private final TextAnalysis analysis;
  private final SynonymTable synonyms;

  public QuestionPlanner(TextAnalysis analysis, SynonymTable synonyms) {
    this.analysis = analysis;
    this.synonyms = synonyms;
  }

  public QuestionPlan plan(String rawQuestion, Vocabulary vocabulary) {
    String cleaned = ChatCleaner.clean(rawQuestion);
    String text = cleaned;

    List<List<String>> phrases = new ArrayList<>();
    Matcher quoted = QUOTED.matcher(text);
    StringBuilder unquoted = new StringBuilder();
    while (quoted.find()) {
      String inside = quoted.group(1) != null ? quoted.group(1) : quoted.group(2);
      List<String> terms = analysis.terms(inside);
      if (terms.size() > 1) phrases.add(terms);
      quoted.appendReplacement(unquoted, Matcher.quoteReplacement(" " + inside + " "));
    }
    quoted.appendTail(unquoted);
    text = unquoted.toString();

    List<String> excluded = new ArrayList<>();
    Matcher minus = EXCLUDED.matcher(text);
    StringBuilder kept = new StringBuilder();
    while (minus.find()) {
      excluded.addAll(analysis.terms(minus.group(1)));
      minus.appendReplacement(kept, " ");
    }
    minus.appendTail(kept);
    text = kept.toString();

    // "the author concludes" is the brief's own voice, not a question about its author; read
    // before the part of the brief is taken out, as "concludes" also names the conclusion.
    text = AUTHORIAL_VOICE.matcher(text).replaceAll(" ");
    Optional<BriefPart.Reference> part = BriefPart.find(text);
    if (part.isPresent()) {
      // The words naming the part are not a topic to search for.
      text = part.get().strip(text);
    }

    List<Word> words = words(text, vocabulary);
    Map<String, String> corrections = new LinkedHashMap<>();
    for (Word word : words) {
      if (word.correction != null) corrections.put(word.surface, word.correction);
    }
    List<Concept> concepts = concepts(text, words, vocabulary);
    if (concepts.size() > MAX_CONCEPTS) concepts = concepts.subList(0, MAX_CONCEPTS);
    Optional<String> suggestion =
        corrections.isEmpty() ? Optional.empty() : Optional.of(corrected(cleaned, corrections));
    return new QuestionPlan(
        cleaned,
        AnswerType.of(cleaned),
        concepts,
        phrases,
        excluded,
        suggestion,
        part,
        BriefPart.asksForOpening(cleaned));
  }

  /** A content word of the question, with its analyzed term and, if misspelled, the fix. */
  private record Word(
      String surface,
      int start,
      int end,
      String term,
      boolean salient,
      String correction,
      String correctedTerm) {
    String searchTerm() {
      return correctedTerm != null ? correctedTerm : term;
    }
  }

  private List<Word> words(String text, Vocabulary vocabulary) {
    List<Word> words = new ArrayList<>();
    List<Token> tokens = analysis.tokens(text);
    boolean[] capitalized = new boolean[tokens.size()];
    int first = firstLetter(text);
    for (int i = 0; i < tokens.size(); i++) {
      String surface = text.substring(tokens.get(i).start(), tokens.get(i).end());
      capitalized[i] = Character.isUpperCase(surface.charAt(0)) && tokens.get(i).start() != first;
    }
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      String surface = text.substring(token.start(), token.end());
      String lower = fold(surface);
      if (QuestionWords.isQuestionWord(lower)) continue;
      boolean english =
          EnglishWords.contains(lower) || EnglishWords.contains(EnglishWords.american(lower));
      boolean acronym =
          surface.length() >= 2
              && surface.equals(surface.toUpperCase(Locale.ROOT))
              && surface.chars().anyMatch(Character::isLetter);
      boolean number = surface.chars().anyMatch(Character::isDigit);
      // A capital mid-question marks a name even when the word is also English ("Patriot", "the
      // Quad"), unless it is one word of a longer name the library knows ("Free University of
      // Brussels"), where it is more likely a loose rendering of that name.
      boolean name = capitalized[i] && !partOfKnownName(text, tokens, capitalized, i, vocabulary);
      String bare = lower.replaceFirst("'s$", "");
      // A lower-case word one typing slip from an English word ("comback") is that word
      // misspelled, not a name the library lacks.
      boolean typo =
          !english
              && !capitalized[i]
              && !acronym
              && bare.length() >= 6
              && EnglishWords.isOneEditFromWord(bare);
      boolean salient = number || acronym || (!english && !typo) || name;
      String correction = null;
      String correctedTerm = null;
      // Names the synonym table knows ("Spain", "Iraq", both words of "Addis Ababa") are spelled
      // right even when the library lacks them: correcting them would answer a different question.
      if (!english
          && !number
          && !vocabulary.contains(token.term())
          && bare.length() >= 4
          && !synonyms.namesWord(token.term())) {
        Optional<String> fix = vocabulary.correction(bare);
        if (fix.isPresent()) {
          List<String> fixedTerms = analysis.terms(fix.get());
          if (fixedTerms.size() == 1 && !fixedTerms.get(0).equals(token.term())) {
            correction = fix.get();
            correctedTerm = fixedTerms.get(0);
          }
        }
      }
      words.add(
          new Word(
              surface,
              token.start(),
              token.end(),
              token.term(),
              salient,
              correction,
              correctedTerm));
    }
    return words;
  }

  private static final Pattern NAME_JOINER =
      Pattern.compile("[\\s-]+(?:(?:of|the|and|for|de|du|von|van|der)[\\s-]+)*");

  /**
   * True when token {@code i} belongs to a run of capitalised words one of which the library uses.
   */
  private static boolean partOfKnownName(
      String text, List<Token> tokens, boolean[] capitalized, int i, Vocabulary vocabulary) {
    int from = i;
    while (from > 0 && capitalized[from - 1] && joined(text, tokens, from - 1)) from--;
    int to = i;
    while (to + 1 < tokens.size() && capitalized[to + 1] && joined(text, tokens, to)) to++;
    for (int j = from; j <= to; j++) {
      if (j != i && vocabulary.contains(tokens.get(j).term())) return true;
    }
    return false;
  }

  private static boolean joined(String text, List<Token> tokens, int left) {
    String between = text.substring(tokens.get(left).end(), tokens.get(left + 1).start());
    return NAME_JOINER.matcher(between).matches();
  }

  /** Greedy longest match of the words against synonym entries; the rest become single concepts. */
  private List<Concept> concepts(String text, List<Word> words, Vocabulary vocabulary) {
    List<Concept> concepts = new ArrayList<>();
    int longest = Math.max(1, synonyms.longestEntry());
    for (int i = 0; i < words.size(); ) {
      int n = Math.min(longest, words.size() - i);
      while (n > 1 && !isKnownName(searchTerms(words, i, n), vocabulary)) n--;
      concepts.add(concept(text, words.subList(i, i + n), searchTerms(words, i, n), vocabulary));
      i += n;
    }
    return mergeDuplicates(concepts);
  }

  /**
   * A run of words is taken as one name when the synonym table knows it and the library uses it or
   * one of its other names; "NATO summit" in a library that only says "summits" is two words.
   */
  private boolean isKnownName(List<String> terms, Vocabulary vocabulary) {
    var alternatives = synonyms.alternatives(terms);
    if (alternatives.isEmpty()) return false;
    if (vocabulary.containsPhrase(terms)) return true;
    for (List<String> alternative : alternatives) {
      if (vocabulary.containsPhrase(alternative)) return true;
    }
    return false;
  }

  private static List<String> searchTerms(List<Word> words, int from, int count) {
    List<String> terms = new ArrayList<>(count);
    for (int j = from; j < from + count; j++) terms.add(words.get(j).searchTerm());
    return terms;
  }

  private Concept concept(String text, List<Word> span, List<String> terms, Vocabulary vocabulary) {
    List<Concept.Alternative> alternatives = new ArrayList<>();
    boolean corrected = span.stream().anyMatch(w -> w.correctedTerm != null);
    alternatives.add(
        new Concept.Alternative(
            terms,
            corrected ? CORRECTION_WEIGHT : 1.0,
            corrected ? Concept.Source.CORRECTION : Concept.Source.OWN));
    for (List<String> synonym : synonyms.alternatives(terms)) {
      alternatives.add(new Concept.Alternative(synonym, SYNONYM_WEIGHT, Concept.Source.SYNONYM));
    }
    if (terms.size() == 1 && !vocabulary.contains(terms.get(0))) {
      for (String related : vocabulary.related(terms.get(0))) {
        alternatives.add(
            new Concept.Alternative(List.of(related), RELATED_WEIGHT, Concept.Source.RELATED));
      }
    }
    if (alternatives.size() > MAX_FORMS)
      alternatives = new ArrayList<>(alternatives.subList(0, MAX_FORMS));
    String surface = text.substring(span.get(0).start(), span.get(span.size() - 1).end());
    boolean salient = span.stream().anyMatch(Word::salient);
    return new Concept(surface, alternatives, salient);
  }

  /** "Seoul ... South Korea" in one question is one concept asked twice, not two. */
  private static List<Concept> mergeDuplicates(List<Concept> concepts) {
    List<Concept> merged = new ArrayList<>();
    outer:
    for (Concept concept : concepts) {
      for (Concept existing : merged) {
        for (Concept.Alternative a : existing.alternatives()) {
          if (a.terms().equals(concept.ownTerms())) continue outer;
        }
      }
      merged.add(concept);
    }
    return merged;
  }

  private static String corrected(String cleaned, Map<String, String> corrections) {
    String result = cleaned;
    for (Map.Entry<String, String> fix : corrections.entrySet()) {
      result =
          result.replaceAll(
              "(?i)(?<![\\p{L}\\p{N}])" + Pattern.quote(fix.getKey()) + "(?![\\p{L}\\p{N}])",
              Matcher.quoteReplacement(matchCase(fix.getKey(), fix.getValue())));
    }
    return result;
  }

  private static String matchCase(String typed, String fix) {
    if (!typed.isEmpty() && Character.isUpperCase(typed.charAt(0))) {
      return Character.toUpperCase(fix.charAt(0)) + fix.substring(1);
    }
    return fix;
  }

  private static int firstLetter(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) return i;
    }
    return 0;
  }

  static String fold(String word) {
    return Normalizer.normalize(word, Normalizer.Form.NFKD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .replace("’", "'");
  }
}
