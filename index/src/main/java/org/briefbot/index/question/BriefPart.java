package org.briefbot.index.question;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefbot.core.Brief;
import org.briefbot.core.Passage;
import org.briefbot.core.PassageKind;

/**
 * A part of a brief a question can name instead of a topic: "the summary at the top", "the intro",
 * "the conclusion", "the footer". Recognised from general words for the parts of any document, and
 * matched by a passage's place in its brief, never by its wording.
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
  FOOTER("footer|fine print|small print|bottom of the (?:brief|paper|page)");

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

  /** The part a question names, and the span of words that named it. */
  record Reference(BriefPart part, int start, int end) {}

  static Optional<Reference> find(String question) {
    for (BriefPart part : values()) {
      Matcher m = part.cue.matcher(question);
      if (m.find()) return Optional.of(new Reference(part, m.start(), m.end()));
    }
    return Optional.empty();
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
      case FOOTER -> passage.kind() == PassageKind.FOOTER;
    };
  }
}
