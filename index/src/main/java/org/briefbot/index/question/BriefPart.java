package org.briefbot.index.question;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefbot.core.Brief;
import org.briefbot.core.Passage;
import org.briefbot.core.PassageKind;

/**
 * A part of a brief a question can name instead of a topic: "the summary at the top", "the intro",
 * "the conclusion", "the recommendations section", "the footer", or one item of a part: "the last
 * recommendation", "the second key issue". Recognised from general words for the parts of any
 * document, and matched by a passage's place in its brief, never by its wording.
 */
public enum BriefPart {
  SUMMARY(
      "key (?:issues?|points?|takeaways?|messages?|findings?)|summary|bullet(?:s| points?)"
          + "|at the top|top of the (?:brief|paper|page)|overview|tl;? ?dr|abstract|highlights|(?:main |key )?takeaways?"),
  INTRODUCTION(
      "intro|introduction|introductory|opening section|first section"
          + "|(?:start|beginning) of the (?:brief|paper|report)"),
  CONCLUSION(
      "conclusions?|concluding|concludes?|final section|last section|closing section"
          + "|end of the (?:brief|paper|report)|closing remarks|wrap(?:s|ping)?[ -]up"),
  /**
   * The section headed with recommendations; a brief without one keeps them, as briefs do, in its
   * last section ("Outlook", "Conclusions").
   */
  RECOMMENDATIONS(
      "recommendations? section|section (?:on|of|with) (?:the |its |their )?recommendations"
          + "|list of recommendations"),
  FOOTER("footer|fine print|small print|bottom of the (?:brief|paper|page)"),
  /**
   * A section the question names by words of its heading ("the outlook section", "the section on
   * mediation"); {@link Reference#heading()} holds the words.
   */
  HEADED("(?!)");

  private static final String ORDINALS =
      "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
          + "|1st|2nd|3rd|4th|5th|6th|7th|8th|9th|10th|last|final|closing";

  /** "rec" and "recs" are how chat shortens recommendations ("what does rec 4 want?"). */
  private static final String ITEMS =
      "(?:policy )?(?:recommendations?|recs?)|proposals?|key (?:issues?|points?|takeaways?|messages?)"
          + "|bullets?(?: points?)?|takeaways?";

  /** One item named by its place: "the last recommendation", "the 2nd of the key issues". */
  private static final Pattern ORDINAL_ITEM =
      Pattern.compile(
          "(?i)\\b(?<ordinal>"
              + ORDINALS
              + ")\\s+(?:one\\s+)?(?:of\\s+(?:the|its|their)\\s+)?(?<item>"
              + ITEMS
              + ")\\b");

  /** A section named by one or two words of its heading. */
  private static final Pattern HEADED_SECTION =
      Pattern.compile(
          "(?i)\\b(?:the|its|their)\\s+(?<name>[a-z][\\w'-]*(?:\\s+[a-z][\\w'-]*)?)\\s+(?<word>section)\\b"
              + "|\\b(?<word2>section)\\s+(?:on|about|called|titled|headed)\\s+(?:the\\s+)?"
              + "(?<name2>[a-z][\\w'-]*(?:\\s+[a-z][\\w'-]*)?)");

  /** Words of a heading too general to name one section. */
  private static final Pattern GENERAL_WORD =
      Pattern.compile(
          "(?i)the|a|an|this|that|which|what|whole|same|next|other|previous|brief|paper|report|"
              + "and|of|in|on|about");

  /** One item named by its number: "recommendation 3", "key issue no. 2", "proposal #4". */
  private static final Pattern NUMBERED_ITEM =
      Pattern.compile(
          "(?i)\\b(?<item>" + ITEMS + ")\\s+(?:no\\.?\\s*|number\\s+|#)?(?<number>\\d{1,2})\\b");

  private static final Pattern RECOMMENDATIONS_HEADING = Pattern.compile("(?i)\\brecommend");

  /** {@link Reference#item()} for the last item of a part, whatever their number. */
  public static final int LAST = -1;

  private final Pattern cue;

  BriefPart(String cue) {
    this.cue = Pattern.compile("(?i)\\b(?:" + cue + ")\\b");
  }

  /** Words that point inside a part: "how does the section open", "the last paragraph". */
  private static final Pattern OPENING =
      Pattern.compile(
          "(?i)\\b(?:opens?|opening|begins?|beginning|starts?|first (?:paragraph|sentence|part)|lead(?:s| paragraph)?)\\b");

  private static final Pattern PART_WORD =
      Pattern.compile(
          "(?i)\\b(?:section|paragraph|part|chapter|brief|paper|intro|introduction|conclusion)\\b");

  /**
   * The part a question names, and the span of words that named it.
   *
   * @param item which item of the part is meant: 1 for the first, {@link #LAST}, or 0 for the whole
   *     part
   * @param heading for {@link #HEADED}, the lower-case words naming the section's heading, the one
   *     nearest the word "section" first; else empty
   */
  public record Reference(BriefPart part, int start, int end, int item, List<String> heading) {
    public Reference {
      heading = List.copyOf(heading);
    }

    Reference(BriefPart part, int start, int end, int item) {
      this(part, start, end, item, List.of());
    }

    /**
     * True when the passage lies in the part and, if one item is meant, is that item. A list of
     * recommendations is often led in by a paragraph of its own ("We make five recommendations:"),
     * so the n-th item is the part's n-th or (n+1)-th paragraph; key issues have no lead-in.
     */
    public boolean contains(Passage passage, Brief brief) {
      if (!part.contains(passage, brief)) return false;
      if (part == HEADED && !headingHasWords(passage.heading())) return false;
      if (item == 0) return true;
      List<String> items =
          brief.passages().stream().filter(p -> part.contains(p, brief)).map(Passage::id).toList();
      int index = items.indexOf(passage.id());
      if (item == LAST) return index == items.size() - 1;
      return index == item - 1 || part != SUMMARY && index == item;
    }

    /**
     * The naming word nearest "section" begins a word of the heading: "outlook" in "Outlook",
     * "risk" in "Port Risks". The other word the pattern took may be the question's own ("the
     * section on risk please").
     */
    private boolean headingHasWords(String sectionHeading) {
      List<String> words =
          List.of(sectionHeading.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"));
      return words.stream().anyMatch(w -> w.startsWith(heading.get(0)));
    }

    /** The question without the words that named the part or its item. */
    public String strip(String question) {
      String rest = question.substring(0, start) + " " + question.substring(end);
      return part.strip(rest);
    }
  }

  /** The part (or item of a part) the question names, if any. */
  static Optional<Reference> find(String question) {
    Matcher ordinal = ORDINAL_ITEM.matcher(question);
    if (ordinal.find()) return Optional.of(item(ordinal, itemNumber(ordinal.group("ordinal"))));
    Matcher numbered = NUMBERED_ITEM.matcher(question);
    if (numbered.find()) {
      return Optional.of(item(numbered, Integer.parseInt(numbered.group("number"))));
    }
    for (BriefPart part : values()) {
      Matcher m = part.cue.matcher(question);
      if (m.find()) return Optional.of(new Reference(part, m.start(), m.end(), 0));
    }
    return headedSection(question);
  }

  /**
   * "The outlook section": the heading words stay in the question, as topic words a passage's
   * heading can match; only the word "section" is taken out.
   */
  private static Optional<Reference> headedSection(String question) {
    Matcher m = HEADED_SECTION.matcher(question);
    while (m.find()) {
      String name = m.group("name") != null ? m.group("name") : m.group("name2");
      String word = m.group("word") != null ? "word" : "word2";
      List<String> words = new ArrayList<>();
      List<String> named = List.of(name.toLowerCase(Locale.ROOT).split("\\s+"));
      for (String w : named) {
        if (!GENERAL_WORD.matcher(w).matches()) words.add(w);
      }
      // Nearest "section" first: "the port (risks) section", "section on (risk) please".
      if (m.group("name") != null) Collections.reverse(words);
      if (!words.isEmpty()) {
        return Optional.of(new Reference(HEADED, m.start(word), m.end(word), 0, words));
      }
    }
    return Optional.empty();
  }

  /** The item a matched item pattern names, numbered {@code number} (or {@link #LAST}). */
  private static Reference item(Matcher named, int number) {
    return new Reference(partOfItems(named.group("item")), named.start(), named.end(), number);
  }

  private static BriefPart partOfItems(String item) {
    String lower = item.toLowerCase(Locale.ROOT);
    return lower.contains("rec") || lower.startsWith("proposal") ? RECOMMENDATIONS : SUMMARY;
  }

  private static int itemNumber(String ordinal) {
    String lower = ordinal.toLowerCase(Locale.ROOT);
    return switch (lower) {
      case "last", "final", "closing" -> LAST;
      case "first", "1st" -> 1;
      case "second", "2nd" -> 2;
      case "third", "3rd" -> 3;
      case "fourth", "4th" -> 4;
      case "fifth", "5th" -> 5;
      case "sixth", "6th" -> 6;
      case "seventh", "7th" -> 7;
      case "eighth", "8th" -> 8;
      case "ninth", "9th" -> 9;
      default -> 10;
    };
  }

  /** The question without the words that named this part. */
  String strip(String question) {
    return cue.matcher(question).replaceAll(" ");
  }

  /** True when the question asks how a part or section opens, rather than what it says. */
  static boolean asksForOpening(String question) {
    return OPENING.matcher(question).find() && PART_WORD.matcher(question).find();
  }

  public boolean contains(Passage passage, Brief brief) {
    return switch (this) {
      case SUMMARY -> passage.kind() == PassageKind.KEY_ISSUE;
      case INTRODUCTION -> passage.kind() == PassageKind.PARAGRAPH && passage.section() == 1;
      case CONCLUSION ->
          passage.kind() == PassageKind.PARAGRAPH
              && passage.section() == brief.sections().size()
              && brief.sections().size() > 1;
      case RECOMMENDATIONS ->
          passage.kind() == PassageKind.PARAGRAPH
              && passage.section() == recommendationsSection(brief);
      case FOOTER -> passage.kind() == PassageKind.FOOTER;
      case HEADED -> passage.kind() == PassageKind.PARAGRAPH;
    };
  }

  /** The last section headed with recommendations, else the last of several; 0 for none. */
  private static int recommendationsSection(Brief brief) {
    for (int i = brief.sections().size() - 1; i >= 0; i--) {
      if (RECOMMENDATIONS_HEADING.matcher(brief.sections().get(i).heading()).find()) {
        return brief.sections().get(i).number();
      }
    }
    return brief.sections().size() > 1 ? brief.sections().size() : 0;
  }
}
