package org.briefbot.readers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds what a publisher prints on every page rather than once: running headers and footers (the
 * series, the title, a web address) and page numbers. They are told by where they stand (the top or
 * bottom of the page) and by repeating from page to page, numbers aside, so a title page's banner,
 * printed once, is kept.
 */
final class PageFurniture {
  /** The share of the page's height, at top and bottom, where running heads and feet stand. */
  private static final float ZONE = 0.1f;

  private static final Pattern PAGE_NUMBER =
      Pattern.compile(
          "(?i)(?:page|p\\.|seite)?\\s*[-–—(]?\\s*(?:\\d{1,4}|[ivxlc]{1,6})\\s*[-–—)]?"
              + "(?:\\s*(?:/|of|von)\\s*\\d{1,4})?");

  /** The lines that remain, page by page, and how many of each kind were taken out. */
  record Result(List<List<TextLine>> pages, int runningLines, int pageNumbers) {}

  private PageFurniture() {}

  static Result remove(List<List<TextLine>> pages, List<PageText> pageTexts) {
    Map<String, Set<Integer>> pagesOf = new HashMap<>();
    for (int p = 0; p < pages.size(); p++) {
      for (TextLine line : pages.get(p)) {
        String zone = zone(line, pageTexts.get(p));
        if (zone != null) pagesOf.computeIfAbsent(key(zone, line), k -> new HashSet<>()).add(p);
      }
    }
    int running = 0;
    int numbers = 0;
    List<List<TextLine>> kept = new ArrayList<>();
    for (int p = 0; p < pages.size(); p++) {
      List<TextLine> page = new ArrayList<>();
      for (TextLine line : pages.get(p)) {
        String zone = zone(line, pageTexts.get(p));
        if (zone != null && PAGE_NUMBER.matcher(line.text()).matches()) {
          numbers++;
        } else if (zone != null && running(pagesOf.get(key(zone, line)), pages.size())) {
          running++;
        } else {
          page.add(line);
        }
      }
      kept.add(page);
    }
    return new Result(kept, running, numbers);
  }

  /**
   * On two pages or more; or, in a two-page brief, on the second page alone (the first is the title
   * page, which has none).
   */
  private static boolean running(Set<Integer> onPages, int pageCount) {
    return onPages.size() >= 2 || pageCount == 2 && onPages.equals(Set.of(1));
  }

  /** "top" or "bottom" for a line in the page's margins, else null. */
  private static String zone(TextLine line, PageText page) {
    if (line.bottom() <= page.height() * ZONE) return "top";
    if (line.top() >= page.height() * (1 - ZONE)) return "bottom";
    return null;
  }

  /** Lines that differ only in their numbers (page 2, page 3) are the same running line. */
  private static String key(String zone, TextLine line) {
    return zone
        + "|"
        + Math.round(line.size())
        + "|"
        + line.text().toLowerCase(Locale.ROOT).replaceAll("\\d+", "#").replaceAll("\\s+", " ");
  }
}
