package org.briefbot.core;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators of brief files for the property tests: realistic briefs in both formats (header, key
 * issues, headings, paragraphs, footer, in the shapes real briefs take), line soup made of the
 * pieces briefs are made of (most of it malformed), and arbitrary text and bytes.
 */
final class BriefTexts {
  private BriefTexts() {}

  // ---- words and sentences

  private static final List<String> WORDS =
      List.of(
          "the",
          "of",
          "and",
          "to",
          "in",
          "a",
          "for",
          "is",
          "on",
          "that",
          "with",
          "as",
          "by",
          "its",
          "NATO",
          "Seoul",
          "Brussels",
          "Arctic",
          "cables",
          "sanctions",
          "budget",
          "2024",
          "10%",
          "“partners”",
          "Zieliński",
          "Bündnis",
          "cooperation",
          "security",
          "policy",
          "deterrence",
          "strategy",
          "Baltic",
          "harbour",
          "sea",
          "minister",
          "—",
          "–",
          "(ITPP)",
          "EU’s",
          "K2",
          "drones",
          "€40",
          "million",
          "défense",
          "ships",
          "coalitions",
          "enforcement",
          "AP4",
          "1.5°C",
          "co-operation",
          "state-of-the-art",
          "#hashtag",
          "*not*",
          "_under_",
          "C#");
  private static final List<String> CAPITALISED =
      List.of(
          "Introduction",
          "Conclusion",
          "Background",
          "Recommendations",
          "Options",
          "Surveillance",
          "Repair",
          "Capacity",
          "Deterrence",
          "Partners",
          "Why",
          "What",
          "A",
          "The",
          "Korea’s",
          "Arctic",
          "European",
          "Policy",
          "Next",
          "Steps",
          "Risks",
          "Élan",
          "Ålesund",
          "2030");
  private static final List<String> NAMES =
      List.of(
          "Ann Lee",
          "Kaja Tamm",
          "Piotr Zieliński",
          "Ramon Pacheco Pardo",
          "Ursula von der Leyen",
          "Jean d’Estaing",
          "Li Wei",
          "María José García",
          "Tom O’Neill",
          "Bashar al-Assad");
  private static final List<String> MONTHS =
      List.of(
          "January",
          "February",
          "March",
          "April",
          "May",
          "June",
          "July",
          "August",
          "September",
          "October",
          "November",
          "December",
          "Jan",
          "Sept",
          "Dec.");

  // Leaf text comes from plain Random draws (Arbitraries.randomValue): generating every word as a
  // shrinkable value is a hundred times slower, and a failure shrinks well enough by structure.

  static Arbitrary<String> word() {
    return Arbitraries.randomValue(BriefTexts::word);
  }

  private static String word(java.util.Random random) {
    if (random.nextInt(3) > 0) return WORDS.get(random.nextInt(WORDS.size()));
    StringBuilder w = new StringBuilder();
    for (int i = random.nextInt(12); i >= 0; i--) w.append((char) ('a' + random.nextInt(26)));
    return w.toString();
  }

  private static final List<String> SENTENCE_ENDS =
      List.of(".", ".", ".", ".", "?", "!", ".”", ".)", "…", ";");

  /** A sentence: a capital, words, and a full stop (or a question, a quote, a bracket). */
  static Arbitrary<String> sentence() {
    return Arbitraries.randomValue(BriefTexts::sentence);
  }

  private static String sentence(java.util.Random random) {
    StringBuilder s = new StringBuilder(CAPITALISED.get(random.nextInt(CAPITALISED.size())));
    for (int i = 3 + random.nextInt(23); i > 0; i--) s.append(' ').append(word(random));
    return s.append(SENTENCE_ENDS.get(random.nextInt(SENTENCE_ENDS.size()))).toString();
  }

  /** A paragraph: sentences on one line, ending with a full stop so it never reads as a heading. */
  static Arbitrary<String> paragraph() {
    return Arbitraries.randomValue(
        random -> {
          StringBuilder p = new StringBuilder(sentence(random));
          for (int i = random.nextInt(5); i > 0; i--) p.append(' ').append(sentence(random));
          String text = p.toString();
          return text.endsWith(".") || text.endsWith(".”") || text.endsWith(".)")
              ? text
              : text + " It ends here.";
        });
  }

  /** A heading: a few capitalised words, no closing full stop, maybe a question mark. */
  static Arbitrary<String> heading() {
    return Arbitraries.randomValue(
            random -> {
              StringBuilder h =
                  new StringBuilder(CAPITALISED.get(random.nextInt(CAPITALISED.size())));
              for (int i = random.nextInt(7); i > 0; i--) {
                h.append(' ')
                    .append(
                        random.nextBoolean()
                            ? CAPITALISED.get(random.nextInt(CAPITALISED.size()))
                            : word(random));
              }
              return h + List.of("", "", "?", "!").get(random.nextInt(4));
            })
        .filter(h -> !PlainTextFormat.KEY_ISSUES.matcher(h).matches());
  }

  // ---- header and footer lines

  static Arbitrary<String> seriesLine() {
    Arbitrary<String> series =
        Arbitraries.of(
            "CSDS POLICY BRIEF",
            "EUISS Brief",
            "NIAS Note",
            "EPC POLICY NOTE",
            "BSRI BRIEF",
            "Arctic Papers",
            "CESP Issue");
    Arbitrary<String> number =
        Combinators.combine(
                Arbitraries.integers().between(1, 99), Arbitraries.integers().between(2000, 2030))
            .as((n, y) -> n + "/" + y);
    Arbitrary<String> sep = Arbitraries.of(" • ", " · ", " | ", " No. ", " – ");
    return Combinators.combine(series, sep, number).as((s, x, n) -> s + x + n);
  }

  static Arbitrary<String> byline() {
    return Arbitraries.of(NAMES)
        .list()
        .ofMinSize(1)
        .ofMaxSize(3)
        .uniqueElements()
        .map(
            names -> {
              if (names.size() == 1) return "By " + names.get(0);
              return "By "
                  + String.join(", ", names.subList(0, names.size() - 1))
                  + " and "
                  + names.get(names.size() - 1);
            });
  }

  /** A valid date in one of the shapes briefs use. */
  static Arbitrary<String> date() {
    Arbitrary<Integer> day = Arbitraries.integers().between(1, 28);
    Arbitrary<Integer> month = Arbitraries.integers().between(1, 12);
    Arbitrary<Integer> year = Arbitraries.integers().between(1990, 2030);
    return Combinators.combine(day, month, year, Arbitraries.integers().between(0, 3))
        .as(
            (d, m, y, shape) ->
                switch (shape) {
                  case 0 -> d + "." + m + "." + y;
                  case 1 -> String.format("%d-%02d-%02d", y, m, d);
                  case 2 -> d + " " + MONTHS.get(m - 1) + " " + y;
                  default -> MONTHS.get(m - 1) + " " + d + ", " + y;
                });
  }

  static Arbitrary<String> footerLine() {
    Arbitrary<String> issn =
        Combinators.combine(
                Arbitraries.integers().between(1000, 9999),
                Arbitraries.integers().between(100, 999),
                Arbitraries.of("0", "5", "9", "X"))
            .as((a, b, c) -> "ISSN " + a + "-" + b + c);
    Arbitrary<String> disclaimer = paragraph().map(p -> "Disclaimer: " + p);
    Arbitrary<String> publisher =
        Arbitraries.of(
            "Published by the Centre for Security, Diplomacy and Strategy (CSDS).",
            "© Baltic Sea Research Institute (BSRI) 2024. All rights reserved.");
    return Arbitraries.oneOf(issn, disclaimer, publisher, paragraph());
  }

  // ---- realistic briefs

  /** A brief in the plain-text export, as its authors' tools write it. */
  static Arbitrary<String> plainBrief() {
    Arbitrary<List<String>> header =
        Combinators.combine(
                Arbitraries.of(true, false),
                heading(),
                seriesLine().optional(),
                byline().optional(),
                date().optional())
            .as(
                (titled, title, series, by, date) -> {
                  List<String> lines = new ArrayList<>();
                  series.ifPresent(lines::add);
                  by.ifPresent(lines::add);
                  date.ifPresent(lines::add);
                  // A title stands above the header lines only: alone, it would be a section
                  // heading.
                  if (titled && !lines.isEmpty()) lines.add(0, title);
                  return lines;
                });
    Arbitrary<List<String>> keyIssues =
        Combinators.combine(
                Arbitraries.of(
                    "Key issues", "Key points", "Key findings:", "Summary", "Executive summary"),
                Arbitraries.of("- ", "• ", "* ", "– "),
                sentence().list().ofMinSize(1).ofMaxSize(5))
            .as(
                (title, mark, bullets) -> {
                  List<String> lines = new ArrayList<>(List.of(title));
                  for (String b : bullets) lines.add(mark + b);
                  return lines;
                });
    Arbitrary<List<String>> section =
        Combinators.combine(heading(), paragraph().list().ofMinSize(1).ofMaxSize(4))
            .as(
                (h, ps) -> {
                  List<String> lines = new ArrayList<>(List.of(h));
                  lines.addAll(ps);
                  return lines;
                });
    Arbitrary<List<String>> footer =
        Combinators.combine(
                Arbitraries.of("__________", "___", "----------", "***", "====="),
                footerLine().list().ofMinSize(1).ofMaxSize(3))
            .as(
                (rule, lines) -> {
                  List<String> all = new ArrayList<>(List.of(rule));
                  all.addAll(lines);
                  return all;
                });
    return Combinators.combine(
            header,
            keyIssues.optional(),
            paragraph().list().ofMaxSize(2),
            section.list().ofMinSize(1).ofMaxSize(5),
            footer.optional(),
            Arbitraries.of("\n", "\n", "\r\n", "\n\n"))
        .as(
            (h, k, intro, sections, f, newline) -> {
              List<String> lines = new ArrayList<>(h);
              k.ifPresent(lines::addAll);
              // Opening paragraphs, before any heading, file under "Introduction".
              if (!k.isPresent() || !intro.isEmpty()) lines.addAll(intro);
              sections.forEach(lines::addAll);
              f.ifPresent(lines::addAll);
              return String.join(newline, lines) + newline;
            });
  }

  /** A brief in Markdown, with wrapped lines, bullets, emphasis and thematic breaks. */
  static Arbitrary<String> markdownBrief() {
    Arbitrary<String> frontMatter =
        Combinators.combine(word(), heading())
            .as((id, title) -> "---\nId: " + id + "-brief\nTitle: " + title + "\n---\n");
    Arbitrary<String> header =
        Combinators.combine(
                frontMatter.optional(),
                heading().optional(),
                seriesLine().optional(),
                Arbitraries.of("", "**", "*", "_"),
                byline().optional(),
                date().optional())
            .as(
                (front, title, series, emphasis, by, date) -> {
                  StringBuilder out = new StringBuilder();
                  front.ifPresent(f -> out.append(f).append('\n'));
                  title.ifPresent(t -> out.append("# ").append(t).append("\n\n"));
                  series.ifPresent(
                      s -> out.append(emphasis).append(s).append(emphasis).append('\n'));
                  by.ifPresent(b -> out.append(b).append('\n'));
                  date.ifPresent(d -> out.append(d).append('\n'));
                  return out.toString();
                });
    Arbitrary<String> keyIssues =
        Combinators.combine(
                Arbitraries.of("Key issues", "Key points", "Summary"),
                Arbitraries.of("- ", "* ", "+ "),
                wrapped(sentence()).list().ofMinSize(1).ofMaxSize(4))
            .as(
                (title, mark, bullets) -> {
                  StringBuilder out = new StringBuilder("## " + title + "\n\n");
                  for (String b : bullets)
                    out.append(mark).append(b.replace("\n", "\n  ")).append('\n');
                  return out.append('\n').toString();
                });
    Arbitrary<String> block =
        Arbitraries.oneOf(
            wrapped(paragraph()).map(p -> p + "\n\n"),
            wrapped(paragraph()).map(p -> p + "\n\n"),
            sentence()
                .list()
                .ofMinSize(1)
                .ofMaxSize(3)
                .map(items -> "- " + String.join("\n- ", items) + "\n\n"));
    Arbitrary<String> section =
        Combinators.combine(
                Arbitraries.of("## ", "## ", "### "),
                heading(),
                block.list().ofMinSize(1).ofMaxSize(4),
                Arbitraries.of("", "", "***\n\n", "- - -\n\n"))
            .as((marks, h, blocks, rule) -> marks + h + "\n\n" + String.join("", blocks) + rule);
    Arbitrary<String> footer =
        footerLine()
            .list()
            .ofMinSize(1)
            .ofMaxSize(3)
            .map(lines -> "---\n\n" + String.join("\n\n", lines) + "\n");
    return Combinators.combine(
            header,
            keyIssues.optional(),
            section.list().ofMinSize(1).ofMaxSize(5),
            footer.optional(),
            Arbitraries.of(false, false, true))
        .as(
            (h, k, sections, f, crlf) -> {
              String text = h + "\n" + k.orElse("") + String.join("", sections) + f.orElse("");
              return crlf ? text.replace("\n", "\r\n") : text;
            });
  }

  /** The text broken over lines at random spaces, as Markdown authors wrap it. */
  private static Arbitrary<String> wrapped(Arbitrary<String> text) {
    return Combinators.combine(text, Arbitraries.integers().between(30, 200))
        .as(
            (t, width) -> {
              StringBuilder out = new StringBuilder();
              int column = 0;
              for (String w : t.split(" ")) {
                if (column > 0 && column + w.length() > width) {
                  out.append('\n');
                  column = 0;
                } else if (column > 0) {
                  out.append(' ');
                  column++;
                }
                out.append(w);
                column += w.length();
              }
              return out.toString();
            });
  }

  // ---- anything

  /** Lines of the kinds briefs are made of, in any order: mostly malformed briefs. */
  static Arbitrary<String> lineSoup() {
    Arbitrary<String> odd =
        Arbitraries.of(
            "",
            " ",
            "\t",
            "\f",
            "-",
            "- ",
            "•",
            "#",
            "# ",
            "##",
            "## ",
            "###### x",
            "## C# ##",
            "---",
            "- - -",
            "***",
            "___",
            "__________",
            "=====",
            "Key issues",
            "Key issues:",
            "Summary",
            "KEY POINTS",
            "Id:",
            "Id: !!!",
            "Id: x",
            "Title: ",
            "Title: A",
            "ISSN 12",
            "ISSN: 1234-5678",
            "ISSN 1234-567X",
            "Date: yesterday",
            "Date: 31.2.2024",
            "30 February 2024",
            "2024-13-01",
            "31.12.2024",
            "Number: 7",
            "Series: Notes",
            "Publisher: Us",
            "Author: ",
            "Authors: A, B & C",
            "By",
            "By contrast, no.",
            "By 2030 things change",
            "X • 1/2024",
            "X No 3",
            "**A • 1/2024**",
            "*",
            "**",
            "_x_",
            "Unknown: field",
            "Conclusion",
            "A shared strategic environment?",
            "It ends.",
            "”",
            "»",
            "\u2028",
            "\u00a0",
            "\uFEFF",
            "\u200B",
            "ﬁ",
            "İ",
            "ß",
            "🇰🇷",
            "- 🇰🇷",
            "- " + "x".repeat(300),
            "a".repeat(130),
            "Aa ".repeat(50),
            "-".repeat(1000),
            "- ".repeat(500),
            "#".repeat(10),
            "## C # #",
            "- -",
            "-  x",
            "- - x",
            "- ## x",
            "* *",
            "x # y",
            "a\u2028b",
            "- a\u2028b",
            "  - indented",
            "\t# tabbed",
            "1. numbered",
            "> quoted");
    Arbitrary<String> line =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(6, odd),
            net.jqwik.api.Tuple.of(3, heading()),
            net.jqwik.api.Tuple.of(3, paragraph()),
            net.jqwik.api.Tuple.of(2, seriesLine()),
            net.jqwik.api.Tuple.of(2, byline()),
            net.jqwik.api.Tuple.of(2, date()),
            net.jqwik.api.Tuple.of(2, footerLine()),
            net.jqwik.api.Tuple.of(2, sentence().map(s -> "- " + s)),
            net.jqwik.api.Tuple.of(2, heading().map(h -> "## " + h)),
            net.jqwik.api.Tuple.of(1, Arbitraries.strings().all().ofMaxLength(20)));
    return Combinators.combine(line.list().ofMaxSize(40), Arbitraries.of("\n", "\r\n", "\r"))
        .as((lines, newline) -> String.join(newline, lines));
  }

  /** A realistic brief with a few characters inserted, deleted or replaced. */
  static Arbitrary<String> damagedBrief() {
    Arbitrary<String> edit =
        Arbitraries.of(
            "",
            "\n",
            "\n\n",
            "-",
            "- ",
            "#",
            "## ",
            "---",
            ".",
            "\u0000",
            "\u0007",
            "\r",
            "”",
            "__________\n",
            "Key issues\n",
            "Id: \n",
            "\uD800");
    return Combinators.combine(
            Arbitraries.oneOf(plainBrief(), markdownBrief()),
            Combinators.combine(
                    Arbitraries.doubles().between(0, 1),
                    Arbitraries.integers().between(0, 20),
                    edit)
                .as(Edit::new)
                .list()
                .ofMaxSize(5))
        .as(
            (text, edits) -> {
              StringBuilder out = new StringBuilder(text);
              for (Edit e : edits) {
                int at = (int) (e.where * out.length());
                int end = Math.min(out.length(), at + e.cut);
                out.replace(at, end, e.insert);
              }
              return out.toString();
            });
  }

  private record Edit(double where, int cut, String insert) {}

  /** Any text at all: arbitrary characters (lone surrogates, controls), soup, damaged briefs. */
  static Arbitrary<String> anyText() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(2, Arbitraries.strings().all().ofMaxLength(2000)),
        net.jqwik.api.Tuple.of(
            1, Arbitraries.strings().withCharRange(' ', '~').withChars("\n\r\t").ofMaxLength(2000)),
        net.jqwik.api.Tuple.of(4, lineSoup()),
        net.jqwik.api.Tuple.of(3, damagedBrief()));
  }

  /** Any bytes: random ones, and text encoded (or mis-encoded) with a byte or two changed. */
  static Arbitrary<byte[]> anyBytes() {
    Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(4096);
    Arbitrary<byte[]> encoded =
        Combinators.combine(
                anyText(),
                Arbitraries.of(
                    StandardCharsets.UTF_8,
                    StandardCharsets.UTF_8,
                    StandardCharsets.UTF_8,
                    StandardCharsets.ISO_8859_1,
                    StandardCharsets.UTF_16LE,
                    StandardCharsets.UTF_16),
                Arbitraries.of(
                    new byte[0],
                    new byte[0],
                    new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                    new byte[] {(byte) 0xFF, (byte) 0xFE},
                    new byte[] {(byte) 0xEF, (byte) 0xBB}),
                Arbitraries.integers().between(-1, 4096),
                Arbitraries.bytes())
            .as(
                (text, charset, mark, at, value) -> {
                  byte[] body = text.getBytes(charset);
                  byte[] bytes = new byte[mark.length + body.length];
                  System.arraycopy(mark, 0, bytes, 0, mark.length);
                  System.arraycopy(body, 0, bytes, mark.length, body.length);
                  if (at >= 0 && at < bytes.length) bytes[at] = value;
                  return bytes;
                });
    return Arbitraries.oneOf(random, encoded, encoded, encoded);
  }

  /** File names of both formats, some with folders, some odd. */
  static Arbitrary<String> fileName() {
    return Arbitraries.of(
        "brief.txt",
        "brief.md",
        "notes/Brief.MD",
        "x.markdown",
        "<stdin>",
        "a b/ü.txt",
        ".md",
        "no-extension");
  }
}
