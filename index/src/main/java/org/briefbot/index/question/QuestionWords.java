package org.briefbot.index.question;

import java.util.Set;

/**
 * Words that shape a question without saying what it is about ("what", "when", "tell me",
 * "hey"). They are not searched for, so they cannot pull up passages that merely share them.
 */
final class QuestionWords {
  private static final Set<String> WORDS = Set.of(
      // question words and auxiliaries
      "what", "whats", "when", "where", "who", "whom", "whose", "which", "why", "how", "whether",
      "does", "do", "did", "done", "doing", "is", "are", "was", "were", "am", "be", "been", "being",
      "has", "have", "had", "having", "can", "could", "would", "should", "will", "shall", "may",
      "might", "must", "s", "t", "d", "ll", "re", "ve", "m", "isn", "aren", "wasn", "weren", "don",
      "doesn", "didn", "hasn", "haven", "hadn", "won", "wouldn", "couldn", "shouldn",
      // pronouns and determiners
      "i", "me", "my", "mine", "you", "your", "yours", "we", "us", "our", "ours", "it", "its",
      "he", "him", "his", "she", "her", "hers", "they", "them", "their", "theirs", "this", "that",
      "these", "those", "there", "here", "any", "some", "anything", "something", "someone",
      "anyone", "one", "ones", "each", "every", "all", "both", "either", "neither", "very",
      "about", "from", "up", "out", "over", "than", "too", "also", "just", "only", "even", "again",
      "so", "then", "now", "ever", "yet", "still",
      // chat filler and requests
      "hey", "hi", "hello", "hiya", "yo", "ok", "okay", "please", "pls", "plz", "thanks", "thank",
      "thx", "ty", "cheers", "lol", "um", "uh", "hmm", "btw", "fyi", "bot", "briefbot",
      "tell", "know", "knows", "explain", "describe", "say", "says", "said", "saying", "mention",
      "mentions", "mentioned", "according", "give", "show", "find", "get", "got", "like", "wondering", "wonder", "curious", "quick", "question", "help", "remind",
      "exactly", "actually", "really", "basically", "kind", "sort", "thing", "things", "stuff",
      "true", "correct", "right", "indeed", "fact", "much", "many", "happen", "happened",
      "brief", "paper", "report", "article", "piece", "text", "briefs", "papers",
      "mean", "means", "meant", "idea", "point", "main", "etc");

  private QuestionWords() {}

  /** True when the lower-case surface word only frames the question. */
  static boolean isQuestionWord(String word) {
    return WORDS.contains(word);
  }
}
