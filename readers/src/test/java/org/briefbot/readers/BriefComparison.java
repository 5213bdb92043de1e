package org.briefbot.readers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.briefbot.core.Brief;
import org.briefbot.core.Metadata;
import org.briefbot.core.Passage;
import org.briefbot.core.PassageKind;
import org.briefbot.core.Section;

/**
 * How a brief read from a published file differs from the same brief read from its text: what the
 * fixtures' tests assert is empty, and paragraph-level precision and recall.
 */
final class BriefComparison {
  private BriefComparison() {}

  /** White space folded: the one difference a reader may make to a passage. */
  static String fold(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  /** Every difference, one line each; empty when the briefs are the same. */
  static List<String> differences(Brief expected, Brief actual) {
    return differences(expected, actual, text -> text);
  }

  /** The differences, paragraphs compared after {@code canon}. */
  static List<String> differences(
      Brief expected, Brief actual, java.util.function.UnaryOperator<String> canon) {
    List<String> out = new ArrayList<>();
    Metadata e = expected.metadata();
    Metadata a = actual.metadata();
    boolean explicitId = expected.header().stream().anyMatch(l -> l.matches("(?i)id\\s*:.*"));
    if (!explicitId) same(out, "id", expected.id(), actual.id());
    same(out, "title", e.title(), a.title());
    same(out, "series", e.series(), a.series());
    same(out, "number", e.number(), a.number());
    same(out, "authors", e.authors(), a.authors());
    same(out, "date", e.publicationDate(), a.publicationDate());
    same(out, "publisher", e.publisher(), a.publisher());
    same(out, "issn", e.issn(), a.issn());
    same(out, "disclaimer", fold(e.disclaimer()), fold(a.disclaimer()));
    same(out, "key issues", folded(expected.keyIssues()), folded(actual.keyIssues()));
    same(
        out,
        "headings",
        expected.sections().stream().map(Section::heading).toList(),
        actual.sections().stream().map(Section::heading).toList());
    List<String> ep = paragraphs(expected).stream().map(canon).toList();
    List<String> ap = paragraphs(actual).stream().map(canon).toList();
    for (int i = 0; i < Math.max(ep.size(), ap.size()); i++) {
      String x = i < ep.size() ? ep.get(i) : "(none)";
      String y = i < ap.size() ? ap.get(i) : "(none)";
      if (!x.equals(y)) {
        out.add("paragraph " + (i + 1) + ":\n  expected: " + x + "\n  actual:   " + y);
        break;
      }
    }
    same(out, "footer", folded(expected.footer()), folded(actual.footer()));
    return out;
  }

  private static void same(List<String> out, String what, Object expected, Object actual) {
    if (!expected.equals(actual)) out.add(what + ": expected " + expected + " but was " + actual);
  }

  private static List<String> folded(List<String> lines) {
    return lines.stream().map(BriefComparison::fold).toList();
  }

  /** The brief's paragraphs and key issues, folded, in order. */
  static List<String> paragraphs(Brief brief) {
    return brief.passages().stream()
        .filter(p -> p.kind() == PassageKind.PARAGRAPH || p.kind() == PassageKind.KEY_ISSUE)
        .map(Passage::text)
        .map(BriefComparison::fold)
        .toList();
  }

  /** How many of the recovered paragraphs are exactly expected ones, as a multiset. */
  static int exactMatches(Brief expected, Brief actual) {
    Map<String, Integer> left = new HashMap<>();
    for (String p : paragraphs(expected)) left.merge(p, 1, Integer::sum);
    int matches = 0;
    for (String p : paragraphs(actual)) {
      Integer n = left.get(p);
      if (n != null && n > 0) {
        matches++;
        left.put(p, n - 1);
      }
    }
    return matches;
  }
}
