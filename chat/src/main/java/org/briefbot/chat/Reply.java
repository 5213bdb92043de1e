package org.briefbot.chat;

import java.util.List;
import java.util.Optional;

/**
 * A platform-neutral reply: each bot renders it in its own markup (Block Kit, embeds), escaping
 * everything quoted or echoed. Text fields are plain text, never markup.
 *
 * @param kind what sort of reply this is
 * @param title a short heading: the question, or "Outline", "Help"
 * @param lead the first thing to read: the best sentence of the top passage, verbatim, or a message
 *     (the abstention wording, an error)
 * @param quotes cited passages, best first, trimmed to the platform's budget
 * @param didYouMean the corrected question when the user misspelled something
 * @param context the reference of the brief(s) quoted, for a context line or footer
 * @param lines extra plain lines (outline rows, help rows), each one paragraph
 * @param answerToken the key under which this answer is remembered, for buttons; empty when there
 *     is nothing to act on
 * @param hasMore true when further hits can be paged to
 */
public record Reply(
    Kind kind,
    String title,
    String lead,
    List<Quote> quotes,
    Optional<String> didYouMean,
    String context,
    List<String> lines,
    Optional<String> answerToken,
    boolean hasMore) {

  public enum Kind {
    /** Passages that answer the question. */
    ANSWER,
    /**
     * The library does not address the question; quotes, if any, are the nearest, low confidence.
     */
    NOT_ADDRESSED,
    /** One passage shown in full. */
    PASSAGE,
    /** Briefs with their sections. */
    OUTLINE,
    /** What is in the library. */
    ABOUT,
    /** How to use the bot. */
    HELP,
    /** The user asked too much too fast. */
    RATE_LIMITED,
    /** Something the user can fix, in {@code lead}. */
    ERROR
  }

  public Reply {
    quotes = List.copyOf(quotes);
    lines = List.copyOf(lines);
    didYouMean = didYouMean == null ? Optional.empty() : didYouMean;
    answerToken = answerToken == null ? Optional.empty() : answerToken;
  }

  static Reply message(Kind kind, String title, String lead) {
    return builder(kind).title(title).lead(lead).build();
  }

  /** A reply of {@code kind} built field by field, by name; unset fields are empty. */
  public static Builder builder(Kind kind) {
    return new Builder(kind);
  }

  /** Builds a {@link Reply} by name, so a new field cannot be passed in the wrong place. */
  public static final class Builder {
    private final Kind kind;
    private String title = "";
    private String lead = "";
    private List<Quote> quotes = List.of();
    private Optional<String> didYouMean = Optional.empty();
    private String context = "";
    private List<String> lines = List.of();
    private Optional<String> answerToken = Optional.empty();
    private boolean hasMore;

    private Builder(Kind kind) {
      this.kind = kind;
    }

    public Builder title(String title) {
      this.title = title;
      return this;
    }

    public Builder lead(String lead) {
      this.lead = lead;
      return this;
    }

    public Builder quotes(List<Quote> quotes) {
      this.quotes = quotes;
      return this;
    }

    public Builder didYouMean(Optional<String> didYouMean) {
      this.didYouMean = didYouMean;
      return this;
    }

    public Builder context(String context) {
      this.context = context;
      return this;
    }

    public Builder lines(List<String> lines) {
      this.lines = lines;
      return this;
    }

    public Builder answerToken(String answerToken) {
      this.answerToken = Optional.of(answerToken);
      return this;
    }

    public Builder hasMore(boolean hasMore) {
      this.hasMore = hasMore;
      return this;
    }

    public Reply build() {
      return new Reply(kind, title, lead, quotes, didYouMean, context, lines, answerToken, hasMore);
    }
  }
}
