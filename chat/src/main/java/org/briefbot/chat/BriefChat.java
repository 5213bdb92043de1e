package org.briefbot.chat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.briefbot.core.Brief;
import org.briefbot.core.Passage;
import org.briefbot.core.Section;
import org.briefbot.index.Answer;
import org.briefbot.index.BriefIndex;
import org.briefbot.index.Hit;
import org.briefbot.index.Question;

/**
 * The conversation both bots hold, knowing no platform: commands in, {@link Reply}s out. Bots parse
 * their platform's events, call this, and render the reply; they never rank or format citations
 * themselves.
 */
public final class BriefChat {
  private final BriefIndex index;

  private final ReplyBudget budget;
  private final RateLimiter limiter;
  private final RecentAnswers recent = new RecentAnswers();
  private final FeedbackLog feedback;

  public BriefChat(
      BriefIndex index, ReplyBudget budget, RateLimiter limiter, FeedbackLog feedback) {
    this.index = index;
    this.budget = budget;
    this.limiter = limiter;
    this.feedback = feedback;
  }

  /** Parses and answers a message from {@code user}; questions count against their rate limit. */
  public Reply handle(String user, String text, String commandPrefix) {
    ChatCommand command = ChatCommands.parse(text);
    if (command instanceof ChatCommand.Ask ask) return askAs(user, ask.question(), ask.briefId());
    if (command instanceof ChatCommand.Show show) return show(show.passageId());
    if (command instanceof ChatCommand.Outline outline) return outline(outline.briefId());
    if (command instanceof ChatCommand.About) return about();
    return help(commandPrefix);
  }

  /**
   * Answers a question from {@code user}, counting against their rate limit: for platforms whose
   * commands arrive already parsed (Discord's slash command options).
   */
  public Reply askAs(String user, String question, Optional<String> briefId) {
    Optional<Duration> wait = limiter.acquire(user);
    if (wait.isPresent()) {
      long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
      return Reply.message(
          Reply.Kind.RATE_LIMITED,
          "Slow down a little",
          "You're asking faster than I can keep up with. Please wait "
              + seconds
              + (seconds == 1 ? " second" : " seconds")
              + " and ask again.");
    }
    return ask(question, briefId, 0);
  }

  /** Answers a question, showing hits from {@code offset} on (for "more results"). */
  public Reply ask(String question, Optional<String> briefId, int offset) {
    if (briefId.isPresent() && index.library().brief(briefId.get()).isEmpty()) {
      return Reply.message(
          Reply.Kind.ERROR,
          "Unknown brief",
          "No brief has the id " + briefId.get() + ". Try about to list them.");
    }
    int want = Math.min(Question.MAX_LIMIT, offset + budget.quotes() + 1);
    return reply(index.ask(new Question(question, want, briefId)), question, briefId, offset);
  }

  /** The reply showing {@code answer}'s hits from {@code offset} on, as every bot renders it. */
  Reply reply(Answer answer, String question, Optional<String> briefId, int offset) {
    List<Hit> page =
        answer
            .hits()
            .subList(
                Math.min(offset, answer.hits().size()),
                Math.min(offset + budget.quotes(), answer.hits().size()));
    boolean hasMore =
        answer.hits().size() > offset + budget.quotes()
            && offset + budget.quotes() < Question.MAX_LIMIT;
    List<Quote> quotes = new ArrayList<>();
    for (Hit hit : page) quotes.add(quote(hit.passage(), hit.sentence(), budget.quoteChars()));
    List<String> ids = answer.hits().stream().map(h -> h.passage().id()).toList();
    String token = recent.remember(new RecentAnswers.Entry(question, briefId, ids));
    String title = PlainText.cut(question.strip(), 200);
    boolean answered = !answer.abstained() && !page.isEmpty();
    String lead;
    if (answered) {
      lead =
          answer
              .eachBriefNote()
              .orElse(PlainText.cut(page.get(0).sentence().text(), budget.leadChars()));
      // Answered for the rest of the question: say which of its names no brief bears out.
      lead += answer.unknownTermsNote().map(note -> "\n(" + note + ")").orElse("");
      // Less sure than most answers: near misses land here, so the reader checks the quote.
      lead += answer.cautionNote().map(note -> "\n(" + note + ")").orElse("");
    } else {
      lead = Answer.NOT_ADDRESSED + answer.unknownTermsNote().map(note -> " " + note).orElse("");
    }
    return Reply.builder(answered ? Reply.Kind.ANSWER : Reply.Kind.NOT_ADDRESSED)
        .title(title)
        .lead(lead)
        .quotes(quotes)
        .didYouMean(answer.suggestion())
        .context(context(page))
        .answerToken(token)
        .hasMore(hasMore)
        .build();
  }

  /** One passage in full (cut only if a platform cannot hold it). */
  public Reply show(String passageId) {
    Optional<Passage> passage = index.library().passage(passageId.strip());
    if (passage.isEmpty()) {
      return Reply.message(
          Reply.Kind.ERROR,
          "Unknown passage",
          "No passage has the id "
              + PlainText.cut(passageId.strip(), 80)
              + ". Ids look like csds-2024-10#s2p3; outline lists the sections.");
    }
    Passage p = passage.get();
    var whole = new org.briefbot.core.Sentence(0, p.text().length(), p.text());
    Quote quote = quote(p, whole, budget.fullPassageChars());
    return Reply.builder(Reply.Kind.PASSAGE)
        .title(p.citation().location())
        .quotes(List.of(quote))
        .context(p.citation().reference())
        .build();
  }

  /** Each brief's key issues count and sections, with paragraph counts. */
  public Reply outline(Optional<String> briefId) {
    List<String> lines = new ArrayList<>();
    for (Brief brief : index.library().briefs()) {
      if (briefId.isPresent() && !brief.id().equals(briefId.get())) continue;
      lines.add(brief.label() + " [" + brief.id() + "]" + byline(brief));
      if (!brief.keyIssues().isEmpty()) {
        lines.add(
            "Key issues: "
                + brief.keyIssues().size()
                + " ["
                + brief.id()
                + "#k1.."
                + brief.keyIssues().size()
                + "]");
      }
      for (Section s : brief.sections()) {
        lines.add(
            "§"
                + s.number()
                + " "
                + s.heading()
                + " — "
                + s.paragraphs().size()
                + (s.paragraphs().size() == 1 ? " paragraph" : " paragraphs"));
      }
      if (lines.size() > 200) break;
    }
    if (lines.isEmpty()) {
      return Reply.message(
          Reply.Kind.ERROR, "Unknown brief", "No brief has the id " + briefId.orElse("") + ".");
    }
    return Reply.builder(Reply.Kind.OUTLINE).title("Outline").lines(lines).build();
  }

  /** What the library holds. */
  public Reply about() {
    List<String> lines = new ArrayList<>();
    List<Brief> briefs = index.library().briefs();
    for (Brief brief : briefs.subList(0, Math.min(20, briefs.size())))
      lines.add(brief.reference() + " [" + brief.id() + "]");
    if (briefs.size() > 20) lines.add("… and " + (briefs.size() - 20) + " more.");
    String lead =
        "I answer questions from "
            + (briefs.size() == 1 ? "one brief" : briefs.size() + " briefs")
            + ", quoting the passages that answer them, word for word, with a citation. "
            + "When the briefs do not cover a question, I say so.";
    return Reply.builder(Reply.Kind.ABOUT).title("About briefbot").lead(lead).lines(lines).build();
  }

  /** How to use the bot, with the platform's command prefix (e.g. "/brief"). */
  public Reply help(String prefix) {
    String p = prefix == null || prefix.isBlank() ? "" : prefix.strip() + " ";
    List<String> lines =
        List.of(
            p
                + "QUESTION — ask anything about the brief, e.g. "
                + p
                + "when did Seoul join NATO's cyber centre?",
            p + "show ID — one passage in full, e.g. " + p + "show csds-2024-10#s2p3",
            p + "outline — the brief's key issues and sections",
            p + "about — which briefs I answer from",
            "brief:ID in a question — answer from that brief only",
            "Answers quote the brief verbatim; the best sentence comes first, then the passages with citations.");
    return Reply.builder(Reply.Kind.HELP)
        .title("How to ask briefbot")
        .lead("Ask a question in plain words.")
        .lines(lines)
        .build();
  }

  /** The answer a button refers to, if it is still remembered. */
  public Optional<RecentAnswers.Entry> recall(String token) {
    return recent.get(token);
  }

  /** Records a vote on a remembered answer; false when the answer is no longer remembered. */
  public boolean vote(String platform, String token, FeedbackLog.Vote vote, Optional<String> user) {
    Optional<RecentAnswers.Entry> entry = recent.get(token);
    if (entry.isEmpty()) return false;
    feedback.record(platform, entry.get().question(), entry.get().passageIds(), vote, user);
    return true;
  }

  public BriefIndex index() {
    return index;
  }

  private Quote quote(Passage passage, org.briefbot.core.Sentence sentence, int chars) {
    QuoteTrimmer.Trimmed trimmed = QuoteTrimmer.trim(passage.text(), sentence, chars);
    return new Quote(
        passage.id(),
        passage.citation().location(),
        passage.citation().reference(),
        briefLabel(passage),
        trimmed.text(),
        trimmed.markStart(),
        trimmed.markEnd());
  }

  private String briefLabel(Passage passage) {
    return index.library().brief(passage.briefId()).map(Brief::label).orElse(passage.briefId());
  }

  private String context(List<Hit> hits) {
    Set<String> references = new LinkedHashSet<>();
    for (Hit hit : hits) {
      index.library().brief(hit.passage().briefId()).ifPresent(b -> references.add(b.reference()));
    }
    return String.join("; ", references);
  }

  private static String byline(Brief brief) {
    StringBuilder s = new StringBuilder();
    if (!brief.metadata().authorsText().isEmpty())
      s.append(" — ").append(brief.metadata().authorsText());
    brief.metadata().publicationDate().ifPresent(d -> s.append(", ").append(d));
    return s.toString();
  }
}
