package org.briefbot.readers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.briefbot.core.RecoveredBrief;
import org.briefbot.core.RecoveredBrief.Block;
import org.briefbot.core.RecoveredBrief.Kind;

/**
 * Tells a brief's parts from its lines in reading order, by typography alone: the body is the size
 * most text is set in; headings are larger or bold, and short; the title is the largest text on the
 * first page; footnotes and the footer are smaller; paragraphs end at extra space, an indent or a
 * short line that ends a sentence, and run on across columns and pages otherwise.
 */
final class PdfStructure {
  /** Bullet marks that always start a list item. */
  private static final Pattern BULLET = Pattern.compile("^[•▪●◦■‣∙○□➢►✓]\\s*(?=\\S)");

  /** Marks that start a list item only where a new block may start: "– including" may run on. */
  private static final Pattern DASH_BULLET = Pattern.compile("^[-–—*]\\s+(?=\\S)");

  private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.!?:;…][\"'”’)\\]]*$");
  private static final Pattern FOOTNOTE_START = Pattern.compile("^\\d{1,3}[.)]?\\s+\\S.*");
  private static final Pattern ISSN = Pattern.compile("(?i)\\bISSN\\b.*\\d{4}-\\d{3}[\\dX]");
  private static final Pattern CAPTION =
      Pattern.compile(
          "(?i)^(?:figure|fig\\.|table|chart|graph|map|source|sources|photo|image|box)\\b.*");

  private enum Role {
    HEAD,
    BODY,
    SMALL
  }

  /** Lines that read as one unit: a heading, a paragraph, a bullet point. */
  private final class Group {
    final Role role;
    final boolean bullet;
    final List<TextLine> lines = new ArrayList<>();

    Group(Role role, boolean bullet, TextLine first) {
      this.role = role;
      this.bullet = bullet;
      lines.add(first);
    }

    TextLine first() {
      return lines.get(0);
    }

    TextLine last() {
      return lines.get(lines.size() - 1);
    }

    String text() {
      String text = "";
      for (TextLine line : lines) text = joiner.join(text, line.text());
      return bullet
          ? text.replaceFirst(BULLET.pattern(), "").replaceFirst(DASH_BULLET.pattern(), "")
          : text;
    }

    int words() {
      return text().split("\\s+").length;
    }

    /** A paragraph of the body, not a label ("By A and B"): prose of some length. */
    boolean paragraphLike() {
      int words = words();
      return role == Role.BODY
          && !bullet
          && (words >= 12 || words >= 6 && ENDS_SENTENCE.matcher(text()).matches());
    }
  }

  private final List<TextLine> lines;
  private final float body;
  private final boolean bodyBold;
  private final Map<Float, Float> pitch = new HashMap<>();
  private final Map<TextLine, float[]> columns = new HashMap<>();
  private final boolean indented;
  private final boolean justified;
  private final LineJoiner joiner;
  private final List<String> dropped = new ArrayList<>();
  private final List<String> guesses = new ArrayList<>();
  private int footnotes;
  private int captions;

  private PdfStructure(List<TextLine> lines) {
    this.lines = lines;
    this.body = mainSize(lines);
    this.bodyBold = share(lines, l -> sameSize(l.size(), body) && l.isBold()) > 0.5;
    this.joiner = new LineJoiner(lines);
    measureColumns();
    measurePitch();
    this.indented = indentedParagraphs();
    this.justified = justified();
  }

  /**
   * The brief's parts from its lines in reading order, running heads and page numbers already taken
   * out.
   *
   * @param dropped what was already left out, to report with the rest
   */
  static RecoveredBrief recover(List<TextLine> lines, List<String> dropped) {
    PdfStructure structure = new PdfStructure(lines);
    structure.dropped.addAll(dropped);
    return structure.recover();
  }

  private RecoveredBrief recover() {
    List<TextLine> text = withoutFootnotes(lines);
    List<Group> groups = group(text);
    List<Block> blocks = blocks(groups);
    if (footnotes > 0) dropped.add(count(footnotes, "footnote"));
    int marks = text.stream().mapToInt(TextLine::marks).sum();
    if (marks > 0) dropped.add(count(marks, "footnote mark") + " in the text");
    if (captions > 0) dropped.add(count(captions, "figure caption or side note"));
    List<String> hyphens = joiner.guesses();
    if (!hyphens.isEmpty()) {
      guesses.add(
          "words hyphenated at a line's end that could be written either way: "
              + String.join(", ", hyphens));
    }
    return new RecoveredBrief(blocks, dropped, guesses);
  }

  static String count(int n, String what) {
    return n + " " + what + (n == 1 ? "" : what.endsWith("s") ? "es" : "s");
  }

  // ---- measuring the page ----

  private static float mainSize(List<TextLine> lines) {
    Map<Float, Integer> chars = new HashMap<>();
    for (TextLine l : lines)
      chars.merge(Math.round(l.size() * 2) / 2f, l.text().length(), Integer::sum);
    return chars.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(10f);
  }

  private static boolean sameSize(float a, float b) {
    return Math.abs(a - b) <= 0.6f;
  }

  private static double share(List<TextLine> lines, java.util.function.Predicate<TextLine> test) {
    long chars = 0;
    long matching = 0;
    for (TextLine l : lines) {
      chars += l.text().length();
      if (test.test(l)) matching += l.text().length();
    }
    return chars == 0 ? 0 : matching / (double) chars;
  }

  private Role role(TextLine line) {
    if (line.size() >= 1.12f * body) return Role.HEAD;
    if (line.size() <= 0.9f * body) return Role.SMALL;
    if (line.isBold() && !bodyBold) return Role.HEAD;
    return Role.BODY;
  }

  /**
   * Each line's column, as {left, right}: where the body lines that share its horizontal extent on
   * its page start (most often) and end (nearly all).
   */
  private void measureColumns() {
    Map<Integer, List<TextLine>> byPage = new HashMap<>();
    for (TextLine l : lines) {
      if (sameSize(l.size(), body)) byPage.computeIfAbsent(l.page(), p -> new ArrayList<>()).add(l);
    }
    for (TextLine line : lines) {
      Map<Integer, Integer> lefts = new HashMap<>();
      List<TextLine> overlapping = new ArrayList<>();
      for (TextLine other : byPage.getOrDefault(line.page(), List.of())) {
        if (!other.overlapsHorizontally(line)) continue;
        lefts.merge(Math.round(other.x0()), 1, Integer::sum);
        overlapping.add(other);
      }
      if (overlapping.isEmpty()) {
        columns.put(line, new float[] {line.x0(), line.x1()});
        continue;
      }
      int left =
          lefts.entrySet().stream()
              .max(
                  Map.Entry.<Integer, Integer>comparingByValue()
                      .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
              .orElseThrow()
              .getKey();
      // The column ends where the lines that start where this one does end (or, for a line
      // starting alone, an indented first line, those at the column's left): text set across
      // both columns above them (a boxed list, an abstract) starts elsewhere, and counted in
      // would make every line of the column look short, so that each sentence ending a line
      // would end its paragraph.
      List<Float> rights = rightsOfLinesStartingAt(overlapping, line.x0());
      if (rights.size() < 3) rights = rightsOfLinesStartingAt(overlapping, left);
      if (rights.isEmpty()) for (TextLine other : overlapping) rights.add(other.x1());
      rights.sort(null);
      float right = rights.get((int) Math.floor(0.9 * (rights.size() - 1)));
      columns.put(line, new float[] {Math.min(left, line.x0()), Math.max(right, line.x1())});
    }
  }

  private List<Float> rightsOfLinesStartingAt(List<TextLine> candidates, float x) {
    List<Float> rights = new ArrayList<>();
    for (TextLine other : candidates) {
      if (Math.abs(other.x0() - x) <= body) rights.add(other.x1());
    }
    return rights;
  }

  private float left(TextLine line) {
    return columns.get(line)[0];
  }

  private float right(TextLine line) {
    return columns.get(line)[1];
  }

  /** The usual distance between baselines, per font size: more than it separates paragraphs. */
  private void measurePitch() {
    Map<Float, Map<Integer, Integer>> gaps = new HashMap<>();
    for (int i = 1; i < lines.size(); i++) {
      TextLine a = lines.get(i - 1);
      TextLine b = lines.get(i);
      if (stacked(a, b) && sameSize(a.size(), b.size())) {
        gaps.computeIfAbsent(Math.round(a.size() * 2) / 2f, s -> new HashMap<>())
            .merge(Math.round((b.baseline() - a.baseline()) * 2), 1, Integer::sum);
      }
    }
    gaps.forEach(
        (size, counts) -> {
          float usual =
              counts.entrySet().stream()
                      .max(
                          Map.Entry.<Integer, Integer>comparingByValue()
                              .thenComparing(
                                  Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                      .orElseThrow()
                      .getKey()
                  / 2f;
          int samples = counts.values().stream().mapToInt(Integer::intValue).sum();
          // Two or three lines (a footer) may all be separate paragraphs: no more than usual
          // leading.
          pitch.put(size, samples >= 4 ? usual : Math.min(usual, 1.2f * size));
        });
  }

  private float pitch(TextLine line) {
    return pitch.getOrDefault(Math.round(line.size() * 2) / 2f, 1.2f * line.size());
  }

  /** b stands right under a, in the same column of the same page. */
  private static boolean stacked(TextLine a, TextLine b) {
    return a.page() == b.page()
        && b.baseline() > a.baseline()
        && b.baseline() - a.baseline() < 2.6f * Math.max(a.size(), b.size())
        && a.overlapsHorizontally(b);
  }

  private float indent(TextLine line) {
    return line.x0() - left(line);
  }

  /**
   * Paragraphs marked by a first-line indent rather than by space between them: indented lines that
   * follow the end of a sentence, right under it.
   */
  private boolean indentedParagraphs() {
    int bodyLines = 0;
    int indents = 0;
    for (int i = 0; i < lines.size(); i++) {
      TextLine l = lines.get(i);
      if (!sameSize(l.size(), body) || isBulletStart(l)) continue;
      bodyLines++;
      float in = indent(l);
      TextLine above = i > 0 ? lines.get(i - 1) : null;
      if (in >= 0.8f * body
          && in <= 4 * body
          && above != null
          && stacked(above, l)
          && endsSentence(above)
          && indent(above) < 0.8f * body) {
        indents++;
      }
    }
    return bodyLines > 0 && indents >= Math.max(1, 0.02 * bodyLines);
  }

  /** Lines set flush to both edges of their column, so a short line ends a paragraph. */
  private boolean justified() {
    int bodyLines = 0;
    int flush = 0;
    for (TextLine l : lines) {
      if (!sameSize(l.size(), body)) continue;
      bodyLines++;
      if (right(l) - l.x1() <= 0.3f * body) flush++;
    }
    return bodyLines > 0 && flush >= 0.6 * bodyLines;
  }

  private boolean isShort(TextLine line) {
    float width = right(line) - left(line);
    float room = right(line) - line.x1();
    return justified ? room > 1.5f * line.size() : room > 0.25f * width;
  }

  private static boolean isBulletStart(TextLine line) {
    return BULLET.matcher(line.text()).find();
  }

  // ---- footnotes ----

  /**
   * The lines without the footnotes: smaller text at the foot of a page (nothing larger below it in
   * its column) that opens with a number, with the lines that follow it there.
   */
  private List<TextLine> withoutFootnotes(List<TextLine> all) {
    List<TextLine> kept = new ArrayList<>();
    boolean inFootnote = false;
    TextLine note = null;
    int page = 0;
    for (TextLine line : all) {
      if (line.page() != page) inFootnote = false; // a footnote does not run on to the next page
      page = line.page();
      boolean foot = line.size() <= 0.9f * body && atFootOfPage(line, all);
      if (foot && (line.startsWithMark() || FOOTNOTE_START.matcher(line.text()).matches())) {
        footnotes++;
        inFootnote = true;
        note = line;
        continue;
      }
      // A footnote's next line is set like it, right under it; a footer after it is not.
      if (foot
          && inFootnote
          && sameSize(line.size(), note.size())
          && stacked(note, line)
          && line.baseline() - note.baseline() <= 1.6f * line.size()) {
        note = line;
        continue;
      }
      inFootnote = false;
      kept.add(line);
    }
    return kept;
  }

  private boolean atFootOfPage(TextLine line, List<TextLine> all) {
    for (TextLine other : all) {
      if (other.page() == line.page()
          && other.size() > 0.9f * body
          && other.baseline() > line.baseline()
          && other.overlapsHorizontally(line)) {
        return false;
      }
    }
    return true;
  }

  // ---- lines into groups ----

  private List<Group> group(List<TextLine> text) {
    List<Group> groups = new ArrayList<>();
    Group current = null;
    for (TextLine line : text) {
      Role role = role(line);
      boolean issn = ISSN.matcher(line.text()).find();
      boolean bullet =
          isBulletStart(line)
              || DASH_BULLET.matcher(line.text()).find()
                  && (current == null
                      || current.bullet
                      || ENDS_SENTENCE.matcher(current.last().text()).matches());
      if (current != null && !bullet && !issn && continues(current, role, line)) {
        current.lines.add(line);
      } else {
        // A list drawn without marks (a browser draws its bullets as shapes) still stands
        // indented from the text around it.
        boolean hanging = role != Role.HEAD && indent(line) >= 2 * line.size();
        current = new Group(role, bullet || hanging, line);
        groups.add(current);
      }
    }
    return groups;
  }

  private boolean continues(Group group, Role role, TextLine b) {
    TextLine a = group.last();
    if (group.role != role || !sameSize(a.size(), b.size())) return false;
    if (role == Role.HEAD) {
      return stacked(a, b)
          && a.isBold() == b.isBold()
          && b.baseline() - a.baseline() <= 1.6f * a.size();
    }
    if (stacked(a, b)) {
      if (b.baseline() - a.baseline() > 1.3f * pitch(a)) return false;
      // A bullet's later lines hang under its text, indented; they do not start a paragraph.
      if (indented && !group.bullet && indent(b) >= 0.8f * body && indent(a) < 0.8f * body) {
        return false;
      }
      return !(isShort(a) && endsSentence(a) && startsSentence(b));
    }
    // The next column or page. Ragged lines end anywhere, and a browser balancing columns may
    // break before a word that would have fitted: only a clearly short line ends the paragraph.
    if (indented) return indent(b) < 0.8f * body;
    boolean clearlyShort =
        justified ? isShort(a) : right(a) - a.x1() > 0.45f * (right(a) - left(a));
    if (clearlyShort && endsSentence(a)) return false;
    if (endsSentence(a) && startsSentence(b)) {
      guesses.add(
          "page "
              + b.page()
              + ": \""
              + excerpt(b.text())
              + "\" taken to continue the paragraph before it (it ends a sentence at the foot of "
              + "its column)");
    }
    return true;
  }

  private static boolean endsSentence(TextLine line) {
    return ENDS_SENTENCE.matcher(line.text()).matches();
  }

  private static boolean startsSentence(TextLine line) {
    int c = line.text().codePointAt(0);
    return Character.isUpperCase(c) || Character.isDigit(c) || "“\"‘'(".indexOf(c) >= 0;
  }

  static String excerpt(String text) {
    String[] words = text.split("\\s+");
    return words.length <= 6 ? text : String.join(" ", java.util.Arrays.copyOf(words, 6)) + " …";
  }

  // ---- groups into blocks ----

  private List<Block> blocks(List<Group> groups) {
    int n = groups.size();
    int firstBody = n;
    for (int i = 0; i < n; i++) {
      Group g = groups.get(i);
      boolean headingOfSomething =
          g.role == Role.HEAD
              && i + 1 < n
              && (groups.get(i + 1).bullet || groups.get(i + 1).paragraphLike());
      if (g.paragraphLike() || headingOfSomething) {
        firstBody = i;
        break;
      }
    }
    int title = title(groups, firstBody);
    if (title >= 0 && title == firstBody) firstBody = nextBody(groups, title + 1);

    List<Block> blocks = new ArrayList<>();
    boolean keyIssuesHeaded = false;
    for (int i = 0; i < firstBody; i++) {
      Group g = groups.get(i);
      if (i == title) {
        blocks.add(new Block(Kind.TITLE, g.text()));
      } else if (g.bullet) {
        if (!keyIssuesHeaded) {
          blocks.add(new Block(Kind.HEADING, "Key issues"));
          guesses.add(
              "page "
                  + g.first().page()
                  + ": the list before the first heading taken "
                  + "for the key issues (it has no heading of its own)");
          keyIssuesHeaded = true;
        }
        blocks.add(new Block(Kind.BULLET, g.text()));
      } else {
        headerLines(g, blocks);
      }
    }
    int lastText = n - 1;
    while (lastText >= firstBody
        && groups.get(lastText).role == Role.SMALL
        && !groups.get(lastText).bullet
        && !CAPTION.matcher(groups.get(lastText).text()).matches()) {
      lastText--;
    }
    List<Block> footer = new ArrayList<>();
    Group previous = null;
    boolean interrupted = false;
    for (int i = firstBody; i < n; i++) {
      Group g = groups.get(i);
      String text = g.text();
      if (i > lastText || ISSN.matcher(text).find() && g.role != Role.HEAD) {
        footer.add(new Block(Kind.FOOTER, text));
      } else if (g.bullet) {
        blocks.add(new Block(Kind.BULLET, text));
      } else if (g.role == Role.HEAD) {
        if (g.words() > 25) {
          blocks.add(new Block(Kind.PARAGRAPH, text));
        } else {
          blocks.add(new Block(Kind.HEADING, text));
        }
      } else if (g.role == Role.SMALL && previous != null && previous.role != Role.HEAD
          || g.role == Role.BODY && g.first().isItalic() && CAPTION.matcher(text).matches()) {
        captions++;
        interrupted = true;
        continue; // a caption does not end the paragraph it interrupts
      } else if (interrupted
          && previous != null
          && previous.role == Role.BODY
          && !previous.bullet
          && g.role == Role.BODY
          && !endsSentence(previous.last())
          && blocks.get(blocks.size() - 1).kind() == Kind.PARAGRAPH) {
        // A paragraph interrupted by a figure or caption goes on after it.
        Block last = blocks.remove(blocks.size() - 1);
        blocks.add(new Block(Kind.PARAGRAPH, joiner.join(last.text(), text)));
      } else {
        blocks.add(new Block(Kind.PARAGRAPH, text));
      }
      previous = g;
      interrupted = false;
    }
    blocks.addAll(footer);
    return blocks;
  }

  private static int nextBody(List<Group> groups, int from) {
    for (int i = from; i < groups.size(); i++) {
      Group g = groups.get(i);
      if (g.paragraphLike()
          || g.role == Role.HEAD
              && i + 1 < groups.size()
              && (groups.get(i + 1).bullet || groups.get(i + 1).paragraphLike())) {
        return i;
      }
    }
    return groups.size();
  }

  /**
   * The title: the largest text on the first page before the body, set larger than any heading
   * after it; -1 when there is none (a brief may have no title, only a series line).
   */
  private int title(List<Group> groups, int firstBody) {
    int best = -1;
    int limit = Math.min(groups.size(), firstBody + 1);
    for (int i = 0; i < limit; i++) {
      Group g = groups.get(i);
      if (g.first().page() != 1 || g.role != Role.HEAD || g.first().size() < 1.25f * body) continue;
      if (best < 0 || g.first().size() > groups.get(best).first().size() + 0.1f) best = i;
    }
    if (best < 0) return -1;
    float size = groups.get(best).first().size();
    for (int i = best + 1; i < groups.size(); i++) {
      Group g = groups.get(i);
      if (g.role == Role.HEAD && g.first().size() >= size - 0.25f) return -1;
    }
    guesses.add(
        "page 1: \""
            + excerpt(groups.get(best).text())
            + "\" taken for the title ("
            + String.format(Locale.ROOT, "%.0f", size)
            + " pt, the largest text before the body)");
    return best;
  }

  /** Header lines one by one, a line that runs on ("and C") joined to the one before. */
  private void headerLines(Group g, List<Block> blocks) {
    String line = "";
    for (TextLine l : g.lines) {
      String text = l.text();
      boolean runsOn =
          !line.isEmpty()
              && (Character.isLowerCase(text.codePointAt(0))
                  || text.startsWith("&")
                  || line.endsWith(",")
                  || line.endsWith(" and")
                  || line.endsWith(" &")
                  || line.endsWith("-"));
      if (runsOn) {
        line = joiner.join(line, text);
      } else {
        if (!line.isEmpty()) blocks.add(new Block(Kind.HEADER, line));
        line = text;
      }
    }
    if (!line.isEmpty()) blocks.add(new Block(Kind.HEADER, line));
  }
}
