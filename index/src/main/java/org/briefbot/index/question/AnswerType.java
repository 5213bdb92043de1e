package org.briefbot.index.question;

import java.util.regex.Pattern;

/**
 * The kind of answer a question asks for, read from its wording. It decides which sentence of a
 * paragraph carries the answer ("when" wants the one with a date) and nudges ranking.
 */
public enum AnswerType {
  DATE(
      Pattern.compile(
          "(?i)^(?:when|since when|until when|by when|what (?:year|date|month|time)|in what year|which (?:year|month))\\b"
              + "|\\b(?:what year|which year|what date|when)\\b")),
  NUMBER(
      Pattern.compile(
          "(?i)\\b(?:how (?:much|many|large|big|high|low|long|far)|what (?:percentage|share|proportion|amount|figure|number|size|level)|what per ?cent)\\b")),
  PERSON(
      Pattern.compile(
          "(?i)^(?:who|whom|whose)\\b|\\b(?:which|what)(?: (?!(?:does|do|did|is|are|was|were|has|have|had|will|would|can|could)\\b)\\S+){0,3}? (?:person|people|presidents?|ministers?|officials?|leaders?|authors?|secretary|politicians?)\\b")),
  PLACE(
      Pattern.compile(
          "(?i)^where\\b|\\b(?:which|what) (?:city|place|country|countries|capital|region|location)\\b")),
  REASON(
      Pattern.compile(
          "(?i)^(?:why|how come)\\b|\\b(?:what (?:reason|reasons|drives|drove|explains|motivates|led)|for what reason|because of what)\\b")),
  LIST(
      Pattern.compile(
          "(?i)\\b(?:what are the|which are the|list|name the|what (?:areas|fields|sectors|priorities|countries|partners))\\b")),
  DEFINITION(
      Pattern.compile(
          "(?i)\\b(?:stands? for|acronym|abbreviation|short for|full (?:name|form)|spelled out|spell(?:ed)? out|meaning of|what does \\S+ mean|\\S+ meaning)\\b")),
  VERIFY(
      Pattern.compile(
          "(?i)^(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should)\\b|\\b(?:is it true|true that|correct that|right that)\\b")),
  ANY(Pattern.compile("(?!)"));

  private final Pattern cue;

  AnswerType(Pattern cue) {
    this.cue = cue;
  }

  static AnswerType of(String question) {
    for (AnswerType type : values()) {
      if (type != ANY && type.cue.matcher(question).find()) return type;
    }
    return ANY;
  }

  private static final Pattern YEAR_OR_DATE =
      Pattern.compile(
          "\\b(?:1[89]\\d\\d|20\\d\\d)\\b|\\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b"
              + "|\\b(?:last|this|next) year\\b|\\b\\d{1,2}\\.\\d{1,2}\\.\\d{4}\\b");
  private static final Pattern FIGURE =
      Pattern.compile(
          "(?<![\\d.])(?!(?:19|20)\\d\\d\\b)\\d|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred|thousand|million|billion|trillion|half|percent|per cent)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern NAME =
      Pattern.compile("(?<!^)(?<![.!?]\\s)\\b\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+)+");
  private static final Pattern REASONING =
      Pattern.compile(
          "(?i)\\b(?:because|reason|reasons|due to|driven by|driver|drivers|explains?|thanks to|in order to|so as to|since|as a result|led|leads? to|helps? to|motivat\\w*|in the wake of)\\b");
  private static final Pattern EXPANSION =
      Pattern.compile("\\(\\p{Lu}[\\p{Lu}\\d&]+\\)|\\bstands? for\\b|\\bknown as\\b");
  private static final Pattern ENUMERATION =
      Pattern.compile("\\d\\)|;|:|\\b(?:as follows|include|includes|including|such as)\\b");

  /**
   * True when {@code text} has what this type of question asks for, and it is news: a date, figure
   * or name the question itself does not already mention ("Which South Korean presidents" is not
   * answered by a sentence whose only names are "South Korea" and "NATO").
   */
  public boolean satisfiedBy(String text, String question) {
    String asked = question.toLowerCase(java.util.Locale.ROOT);
    return switch (this) {
      case DATE -> findsNew(YEAR_OR_DATE, text, asked);
      case NUMBER -> findsNew(FIGURE, text, asked);
      case PERSON, PLACE -> findsNew(NAME, text, asked);
      case REASON -> REASONING.matcher(text).find();
      case LIST -> ENUMERATION.matcher(text).find();
      case DEFINITION -> EXPANSION.matcher(text).find();
      case VERIFY, ANY -> false;
    };
  }

  private static boolean findsNew(Pattern pattern, String text, String asked) {
    java.util.regex.Matcher m = pattern.matcher(text);
    while (m.find()) {
      boolean news = false;
      for (String word : m.group().toLowerCase(java.util.Locale.ROOT).split("[\\s-]+")) {
        if (!word.isEmpty() && !asked.contains(word)) news = true;
      }
      if (news) return true;
    }
    return false;
  }
}
