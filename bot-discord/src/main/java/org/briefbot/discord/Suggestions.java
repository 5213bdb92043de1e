package org.briefbot.discord;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import org.briefbot.core.Brief;
import org.briefbot.core.Library;
import org.briefbot.core.Passage;
import org.briefbot.core.Section;

/**
 * Autocomplete choices, from the briefs themselves: for a question, what the user typed, then the
 * brief's section headings and key terms (acronyms such as ITPP, names used more than once such as
 * Jens Stoltenberg, then the brief's most used words) that match it, the last word completed. Not
 * from questions asked before: those would show one user's questions to everyone, on every server
 * the bot is in, and the briefs' own words are what the index answers best. Computed once; each
 * keystroke only filters.
 */
final class Suggestions {
  static final int MAX_CHOICES = OptionData.MAX_CHOICES; // 25
  static final int MAX_TEXT = OptionData.MAX_CHOICE_VALUE_LENGTH; // 100, for names and values

  private static final Pattern ACRONYM =
      Pattern.compile("\\b[A-Z][A-Z0-9]*[A-Z][A-Z0-9]*\\b|\\b[A-Z]{1,5}[0-9]+\\b");
  private static final Pattern NAME =
      Pattern.compile("\\b[A-Z][\\p{L}’'-]+(?:[ -](?:[A-Z][\\p{L}’'-]+))+");
  private static final Set<String> NOT_NAME_STARTS =
      Set.of(
          "The", "A", "An", "In", "On", "At", "For", "And", "But", "Or", "This", "That", "These",
          "Those", "It", "Its", "As", "By", "With", "From", "Both", "However", "Also", "Yet",
          "While", "When", "Since", "If", "To", "Of", "So");
  private static final Set<String> NOT_TERMS = Set.of("CSDS", "POLICY", "BRIEF", "ISSN", "VUB");
  private static final Pattern WORD = Pattern.compile("\\b\\p{Ll}{6,}\\b");

  /** Long words that say nothing about what a brief covers. */
  private static final Set<String> NOT_TOPICS =
      Set.of(
          "although",
          "another",
          "because",
          "become",
          "becoming",
          "before",
          "between",
          "beyond",
          "cannot",
          "certain",
          "during",
          "either",
          "especially",
          "example",
          "further",
          "however",
          "including",
          "instead",
          "itself",
          "little",
          "mainly",
          "others",
          "perhaps",
          "rather",
          "really",
          "recent",
          "several",
          "should",
          "similar",
          "single",
          "something",
          "still",
          "themselves",
          "therefore",
          "though",
          "through",
          "together",
          "toward",
          "towards",
          "various",
          "whether",
          "within",
          "without",
          "would",
          "already",
          "always",
          "around",
          "across",
          "against",
          "almost",
          "amongst",
          "particular",
          "particularly",
          "previously",
          "regularly",
          "significantly",
          "which",
          "whose",
          "years",
          "indeed",
          "moreover",
          "likely");

  private static final Pattern POSSESSIVE = Pattern.compile("[’']s$");

  private final Library library;

  /** Per brief id: headings then key terms, best first. */
  private final Map<String, List<String>> topics = new LinkedHashMap<>();

  Suggestions(Library library) {
    this.library = library;
    for (Brief brief : library.briefs()) topics.put(brief.id(), topics(brief));
  }

  /** Choices for the question option, for {@code typed} so far, within one brief if given. */
  List<Command.Choice> question(String typed, Optional<String> briefId) {
    String text = typed == null ? "" : typed.strip().replaceAll("\\s+", " ");
    Set<String> out = new LinkedHashSet<>();
    if (!text.isEmpty() && text.length() <= MAX_TEXT) out.add(text);
    List<String> candidates = new ArrayList<>();
    for (Map.Entry<String, List<String>> entry : topics.entrySet()) {
      if (briefId.isEmpty() || briefId.get().equals(entry.getKey()))
        candidates.addAll(entry.getValue());
    }
    List<String> words = words(text);
    if (!words.isEmpty()) {
      // complete the word being typed: "when was the it" -> "when was the ITPP"
      String last = words.get(words.size() - 1);
      String head = text.substring(0, text.length() - last.length());
      if (!head.isEmpty()) {
        for (String topic : candidates) {
          if (out.size() >= MAX_CHOICES / 2) break;
          if (!topic.contains(" ")
              && topic.toLowerCase(Locale.ROOT).startsWith(last)
              && !topic.equalsIgnoreCase(last)
              && head.length() + topic.length() <= MAX_TEXT) {
            out.add(head + topic);
          }
        }
      }
    }
    for (String topic : candidates) {
      if (out.size() >= MAX_CHOICES) break;
      if (matches(topic, words) || words.isEmpty()) out.add(topic);
    }
    if (words.size() > 1) {
      // nothing matched every word: offer what matches the last one
      for (String topic : candidates) {
        if (out.size() >= MAX_CHOICES) break;
        if (matches(topic, words.subList(words.size() - 1, words.size()))) out.add(topic);
      }
    }
    return choices(out);
  }

  /** Choices for the brief option: id and label, matched on either. */
  List<Command.Choice> brief(String typed) {
    String text = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    List<Command.Choice> out = new ArrayList<>();
    for (Brief brief : library.briefs()) {
      if (out.size() >= MAX_CHOICES) break;
      String name = brief.label() + " [" + brief.id() + "]";
      if (text.isEmpty() || name.toLowerCase(Locale.ROOT).contains(text)) {
        out.add(new Command.Choice(DiscordText.cut(name, MAX_TEXT), brief.id()));
      }
    }
    return out;
  }

  /** Choices for the passage id option: ids with their citations, matched on either. */
  List<Command.Choice> passage(String typed) {
    String text = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    List<Command.Choice> out = new ArrayList<>();
    for (Passage passage : library.passages()) {
      if (out.size() >= MAX_CHOICES) break;
      if (passage.id().length() > MAX_TEXT) continue;
      String name = passage.id() + " · " + passage.citation().location();
      if (text.isEmpty() || name.toLowerCase(Locale.ROOT).contains(text)) {
        out.add(new Command.Choice(DiscordText.cut(name, MAX_TEXT), passage.id()));
      }
    }
    return out;
  }

  private static List<Command.Choice> choices(Set<String> texts) {
    List<Command.Choice> out = new ArrayList<>();
    for (String text : texts) {
      if (out.size() >= MAX_CHOICES) break;
      String value = DiscordText.cut(text, MAX_TEXT);
      out.add(new Command.Choice(value, value));
    }
    return out;
  }

  /** Every typed word is the start of a word of the topic. */
  private static boolean matches(String topic, List<String> words) {
    List<String> topicWords = words(topic);
    for (String word : words) {
      if (topicWords.stream().noneMatch(t -> t.startsWith(word))) return false;
    }
    return true;
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) words.add(w);
    }
    return words;
  }

  private static List<String> topics(Brief brief) {
    Set<String> out = new LinkedHashSet<>();
    for (Section section : brief.sections()) out.add(DiscordText.cut(section.heading(), MAX_TEXT));
    Map<String, Integer> counts = new HashMap<>();
    for (Passage passage : brief.passages()) {
      Matcher acronym = ACRONYM.matcher(passage.text());
      while (acronym.find()) {
        if (!NOT_TERMS.contains(acronym.group())) counts.merge(acronym.group(), 2, Integer::sum);
      }
      Matcher name = NAME.matcher(passage.text());
      while (name.find()) {
        String phrase = name.group();
        String first = phrase.split("[ -]", 2)[0];
        if (NOT_NAME_STARTS.contains(first)) {
          int space = phrase.indexOf(' ');
          if (space < 0 || !phrase.substring(space + 1).contains(" ")) continue;
          phrase = phrase.substring(space + 1);
        }
        phrase = POSSESSIVE.matcher(phrase).replaceFirst("");
        if (phrase.length() <= MAX_TEXT) counts.merge(phrase, 1, Integer::sum);
      }
    }
    // then the words the brief uses most, for what a question is about ("cyber" -> cybersecurity)
    Map<String, Integer> words = new HashMap<>();
    for (Passage passage : brief.passages()) {
      Matcher word = WORD.matcher(passage.text());
      while (word.find()) {
        if (!NOT_TOPICS.contains(word.group())) words.merge(word.group(), 1, Integer::sum);
      }
    }
    for (Map<String, Integer> terms : List.of(counts, words)) {
      terms.entrySet().stream()
          .filter(e -> e.getValue() >= (terms == counts ? 2 : 3))
          .sorted(
              Map.Entry.<String, Integer>comparingByValue()
                  .reversed()
                  .thenComparing(Map.Entry.comparingByKey()))
          .limit(200)
          .forEach(e -> out.add(e.getKey()));
    }
    return List.copyOf(out);
  }
}
