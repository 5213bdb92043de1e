package org.briefbot.discord;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;
import org.briefbot.chat.PlainText;
import org.briefbot.chat.Quote;
import org.briefbot.chat.Reply;

/**
 * Renders a chat {@link Reply} as one Discord embed: the question as the title, the best sentence
 * as the lead, each cited passage as a field (its citation the field name, the best sentence in
 * bold), and the brief's reference in the footer. Everything quoted or echoed is escaped, and every
 * embed limit holds whatever the reply holds.
 */
final class ReplyEmbed {
  // Discord's limits (MessageEmbed has the same numbers; named here to state what is enforced).
  static final int TITLE_MAX = MessageEmbed.TITLE_MAX_LENGTH; // 256
  static final int DESCRIPTION_MAX = MessageEmbed.DESCRIPTION_MAX_LENGTH; // 4,096
  static final int FIELD_NAME_MAX = MessageEmbed.TITLE_MAX_LENGTH; // 256
  static final int FIELD_VALUE_MAX = MessageEmbed.VALUE_MAX_LENGTH; // 1,024
  static final int FOOTER_MAX = MessageEmbed.TEXT_MAX_LENGTH; // 2,048
  static final int FIELDS_MAX = MessageEmbed.MAX_FIELD_AMOUNT; // 25
  static final int TOTAL_MAX = MessageEmbed.EMBED_MAX_LENGTH_BOT; // 6,000

  /** The lead and notes above quotes; short, so the quotes keep their room. */
  static final int ANSWER_DESCRIPTION_MAX = 1_400;

  /** A reference is one line; anything longer is cut. */
  static final int ANSWER_FOOTER_MAX = 500;

  static final Color ANSWER = new Color(0x5865F2);
  static final Color NOT_ADDRESSED = new Color(0x99AAB5);
  static final Color INFO = new Color(0x2B2D31);
  static final Color PROBLEM = new Color(0xED4245);

  private ReplyEmbed() {}

  static MessageEmbed render(Reply reply) {
    return switch (reply.kind()) {
      case ANSWER, NOT_ADDRESSED -> answer(reply);
      case PASSAGE -> passage(reply);
      case OUTLINE, ABOUT, HELP -> listing(reply);
      case RATE_LIMITED, ERROR -> message(reply);
    };
  }

  private static MessageEmbed answer(Reply reply) {
    boolean answered = reply.kind() == Reply.Kind.ANSWER;
    StringBuilder description = new StringBuilder();
    reply
        .didYouMean()
        .ifPresent(
            s ->
                description
                    .append("Did you mean: *")
                    .append(DiscordText.escapePrefix(s, 300))
                    .append("*\n\n"));
    description.append(DiscordText.escape(reply.lead()));
    if (!answered && !reply.quotes().isEmpty()) {
      description.append("\n\nThe nearest passages, low confidence:");
    }
    List<Field> fields = new ArrayList<>();
    for (Quote quote : reply.quotes()) {
      fields.add(new Field(fieldName(quote, reply.quotes()), fieldValue(quote)));
    }
    return build(
        new Parts(
            title(reply.title()),
            fit(description.toString(), ANSWER_DESCRIPTION_MAX),
            fields,
            DiscordText.cut(reply.context(), ANSWER_FOOTER_MAX),
            answered ? ANSWER : NOT_ADDRESSED));
  }

  private static MessageEmbed passage(Reply reply) {
    Quote quote = reply.quotes().get(0);
    String text = DiscordText.escapePrefix(quote.text(), DESCRIPTION_MAX);
    return build(
        new Parts(
            title(reply.title() + " · " + quote.passageId()),
            text,
            List.of(),
            DiscordText.cut(reply.context(), FOOTER_MAX),
            INFO));
  }

  private static MessageEmbed listing(Reply reply) {
    StringBuilder description = new StringBuilder();
    if (!reply.lead().isBlank())
      description.append(DiscordText.escape(reply.lead())).append("\n\n");
    List<String> lines = reply.lines();
    for (int i = 0; i < lines.size(); i++) {
      String line = DiscordText.escape(lines.get(i));
      String more = "\n… and " + (lines.size() - i) + " more lines";
      // keep room to say how many lines were left out
      if (description.length() + line.length() + 1 > DESCRIPTION_MAX - more.length()) {
        description.append(more);
        break;
      }
      description.append(line).append('\n');
    }
    return build(
        new Parts(
            title(reply.title()),
            fit(description.toString().strip(), DESCRIPTION_MAX),
            List.of(),
            DiscordText.cut(reply.context(), FOOTER_MAX),
            INFO));
  }

  private static MessageEmbed message(Reply reply) {
    return build(
        new Parts(
            title(reply.title()),
            fit(DiscordText.escape(reply.lead()), DESCRIPTION_MAX),
            List.of(),
            "",
            reply.kind() == Reply.Kind.ERROR ? PROBLEM : INFO));
  }

  /** Citation first: where the passage is, its id (for /brief show), and its brief when several. */
  static String fieldName(Quote quote, List<Quote> all) {
    boolean severalBriefs = all.stream().map(Quote::briefLabel).distinct().count() > 1;
    String name =
        (severalBriefs ? quote.briefLabel() + ", " : "")
            + quote.location()
            + " · "
            + quote.passageId();
    return DiscordText.escapePrefix(name, FIELD_NAME_MAX);
  }

  /**
   * The quote with its best sentence in bold, within {@link #FIELD_VALUE_MAX}: the sentence is kept
   * first, then as much of the text before and after it as fits.
   */
  static String fieldValue(Quote quote) {
    Quote.Emphasis emphasis = quote.emphasis();
    String before = emphasis.before();
    String marked = emphasis.sentence();
    String after = emphasis.after();

    if (marked.isEmpty()) return DiscordText.escapePrefix(quote.text().strip(), FIELD_VALUE_MAX);
    int room = FIELD_VALUE_MAX - 4; // the two "**"
    String sentence = DiscordText.escape(marked);
    if (sentence.length() > room - 2) {
      // The sentence alone is too long: show its beginning, marked as cut on both sides if need be.
      String prefix = before.isBlank() ? "" : PlainText.ELLIPSIS + " ";
      return prefix + "**" + DiscordText.escapePrefix(marked, room - prefix.length()) + "**";
    }
    room -= sentence.length();
    String escapedBefore = DiscordText.escape(before);
    String escapedAfter = DiscordText.escape(after);
    if (escapedBefore.length() + escapedAfter.length() > room) {
      // Share the room: each side gets half, and what one side does not need goes to the other.
      int half = room / 2;
      int forBefore =
          Math.min(escapedBefore.length(), Math.max(half, room - escapedAfter.length()));
      int forAfter = room - forBefore;
      // both are at least 1 here, room enough for "…" where a side is cut away entirely
      escapedBefore = before.isEmpty() ? "" : DiscordText.escapeSuffix(before, forBefore);
      escapedAfter = after.isEmpty() ? "" : DiscordText.escapePrefix(after, forAfter);
    }
    return escapedBefore + "**" + sentence + "**" + escapedAfter;
  }

  private static String title(String title) {
    return DiscordText.escapePrefix(title.isBlank() ? "briefbot" : title.strip(), TITLE_MAX);
  }

  /** Escaped text already cut at {@code max}; escaping can lengthen, so cut again if needed. */
  private static String fit(String escaped, int max) {
    return PlainText.cut(escaped, max, cut -> escapeStart(escaped, cut));
  }

  /**
   * Where to cut so that no escape is split: before the backslash when {@code cut} falls between a
   * backslash and the mark it escapes (a lone backslash would escape the ellipsis instead).
   */
  private static int escapeStart(String escaped, int cut) {
    int backslashes = 0;
    while (cut - backslashes - 1 >= 0 && escaped.charAt(cut - backslashes - 1) == '\\')
      backslashes++;
    return backslashes % 2 == 1 ? cut - 1 : cut;
  }

  record Field(String name, String value) {}

  record Parts(String title, String description, List<Field> fields, String footer, Color color) {}

  /**
   * Builds the embed, enforcing the limits once more as a whole: at most {@link #FIELDS_MAX}
   * fields, and {@link #TOTAL_MAX} characters over title, description, fields and footer; past
   * that, fields are dropped from the end, then the description and footer are cut.
   */
  static MessageEmbed build(Parts parts) {
    List<Field> fields =
        new ArrayList<>(parts.fields().subList(0, Math.min(FIELDS_MAX, parts.fields().size())));
    String title = parts.title();
    String description = parts.description();
    String footer = parts.footer();
    while (!fields.isEmpty() && total(title, description, fields, footer) > TOTAL_MAX) {
      fields.remove(fields.size() - 1);
    }
    int excess = total(title, description, fields, footer) - TOTAL_MAX;
    if (excess > 0 && !footer.isEmpty()) {
      footer =
          footer.length() - excess >= 20 ? DiscordText.cut(footer, footer.length() - excess) : "";
      excess = total(title, description, fields, footer) - TOTAL_MAX;
    }
    if (excess > 0) description = fit(description, Math.max(1, description.length() - excess));

    EmbedBuilder embed = new EmbedBuilder().setColor(parts.color()).setTitle(title);
    if (!description.isBlank()) embed.setDescription(description);
    for (Field field : fields) embed.addField(field.name(), field.value(), false);
    if (!footer.isBlank()) embed.setFooter(footer);
    return embed.build();
  }

  private static int total(String title, String description, List<Field> fields, String footer) {
    int total = title.length() + description.length() + footer.length();
    for (Field field : fields) total += field.name().length() + field.value().length();
    return total;
  }
}
