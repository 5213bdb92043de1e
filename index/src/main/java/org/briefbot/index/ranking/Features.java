package org.briefbot.index.ranking;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The names of what the fitted models read, in one place: a model file lists weights by these
 * names, so a feature added later is simply absent (weight 0) from an older file.
 */
public final class Features {
  private Features() {}

  /** What makes one candidate passage a better answer than another to the same question. */
  public enum Passage {
    /** BM25 over the text, per concept, weighted by rarity; a share of the question's weight. */
    BM25,
    /** The share of the question mentioned anywhere in the passage (text, heading, header). */
    COVERAGE,
    /** The largest share found within one phrase-sized window of the text. */
    WINDOW,
    /** The share mentioned in the passage's section heading. */
    HEADING,
    /** The share mentioned in the about-words of header and footer lines (author, date, ISSN). */
    ABOUT,
    /** The largest share one sentence of the passage mentions. */
    SENTENCE_SHARE,
    /** Some sentence mentioning the question also holds the kind of answer asked for. */
    TYPE_MET,
    /** The passage lies in the part of the brief the question names ("the conclusion"). */
    IN_PART,
    /** The question asks how a part opens, and this is its first paragraph. */
    OPENS,
    /** A key issue (or summary bullet), which restates the body. */
    KEY_ISSUE,
    /** The header or the footer: facts about the brief, not its argument. */
    ABOUT_THE_BRIEF,
    /** Lucene's BM25 score for the whole question, over the best candidate's. */
    LUCENE,
    /** The share of the question the passage's brief mentions across its candidates. */
    BRIEF_COVERAGE,
    /** Cosine of the question with the passage (0 without a model). */
    COSINE,
    /** The largest cosine of the question with one of the passage's sentences. */
    SENTENCE_COSINE,
    /** The largest cosine of the question with a passage of the same brief. */
    BRIEF_COSINE,
    /**
     * For the header and footer, the chance that the question asks about a brief itself ({@link
     * AnswerModels#aboutByMeaning()}); 0 for other passages and by words alone.
     */
    ABOUT_ASKED
  }

  /** What makes one sentence of a passage its best answer to the question. */
  public enum Sentence {
    /** The share of the question the sentence mentions. */
    SHARE,
    /** It holds the kind of answer asked for (a date for "when", a figure for "how much"). */
    TYPE_MET,
    /** Cosine of the question with the sentence (0 without a model). */
    COSINE,
    /** The passage's first sentence, which often states its point. */
    FIRST,
    /** Natural logarithm of its length in characters. */
    LOG_LENGTH,
    /**
     * The share of the question its about-words mention, for a line of the header or footer: the
     * byline for "who wrote it?", though the title matches the brief's subject named beside.
     */
    ABOUT,
    /**
     * The header's title line: it matches a question naming the brief's subject ("who wrote the
     * brief on X?") without answering it, unless the title is what is asked for.
     */
    TITLE
  }

  /** What says the library answers the question at all, read off the best passage. */
  public enum Question {
    /** The best passage's share of the question mentioned. */
    COVERAGE,
    /** The best passage's phrase-window share. */
    WINDOW,
    /** The best sentence's share. */
    SENTENCE_SHARE,
    /** The best passage's cosine with the question (0 without a model). */
    COSINE,
    /** The best sentence's cosine with the question (0 without a model). */
    SENTENCE_COSINE,
    /** How far the best passage's score is ahead of the second's. */
    MARGIN,
    /**
     * The share of the question's weight in names, acronyms and numbers no brief mentions, each
     * weighing as much as the rarest word the library has.
     */
    UNKNOWN_SHARE,
    /** Names, acronyms and numbers no brief mentions, counted up to 3. */
    UNKNOWN_NAMES,
    /** A date, figure, person or place is asked for, and the best sentence holds none. */
    TYPE_UNMET,
    /** The question names a part of the brief. */
    NAMES_PART,
    /** Natural logarithm of 1 + the number of concepts in the question. */
    LOG_CONCEPTS,
    /**
     * The question's words no brief mentions, names or not, each counted by how rare it is in
     * English at large (0 to 1), up to 3: "envoy" asked of briefs that never say it.
     */
    UNMENTIONED,
    /** The share of the question's weight the best passage's brief never mentions. */
    BRIEF_MISSING,
    /** The largest share of the question's weight one concept holds that the best passage lacks. */
    PASSAGE_MISSING,
    /**
     * How far the best sentence's cosine stands above the tenth best sentence's among the
     * candidates: a question the library answers finds one sentence, not many alike.
     */
    SENTENCE_COSINE_GAP,
    /** How far the best passage's cosine stands above the fifth best passage's. */
    COSINE_GAP,
    /**
     * A date, figure, person or place is asked for, and no sentence of the best passage has one.
     */
    PASSAGE_TYPE_UNMET,
    /**
     * The log-odds, from the question's embedding alone, that a question so worded is answered by a
     * brief ({@link AnswerModels#askedByMeaning()}); 0 by words alone.
     */
    ASKED,
    /**
     * The log-odds, from the embedding of the question's words the best passage does not contain,
     * that a question asking so much beyond its passage is answered ({@link
     * AnswerModels#leftOutByMeaning()}); 0 by words alone.
     */
    LEFT_OUT,
    /**
     * The log-odds, from the question's embedding times its best sentence's component by component,
     * that a question matched so is answered ({@link AnswerModels#matchedByMeaning()}): a cosine
     * whose parts are weighed by how well they tell answers from near misses; 0 by words alone.
     */
    MATCHED
  }

  /** The names of an enum's constants in lower case, as model files write them. */
  public static List<String> names(Class<? extends Enum<?>> features) {
    List<String> names = new ArrayList<>();
    for (Enum<?> feature : features.getEnumConstants()) {
      names.add(feature.name().toLowerCase(Locale.ROOT));
    }
    return names;
  }
}
