package org.briefbot.readers;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.briefbot.core.BriefFormatException;
import org.briefbot.core.BriefReader;
import org.briefbot.core.RecoveredBrief;
import org.briefbot.core.RecoveredBrief.Block;
import org.briefbot.core.RecoveredBrief.Kind;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reads a brief from its web page. The page's own structure says most of it: the article (or main
 * content) holds a {@code h1} title, header lines before the first section heading, lists, {@code
 * h2}-{@code h6} headings, paragraphs and a {@code footer}. Navigation, scripts, forms, figures,
 * tables and footnotes are left out, and counted. Malformed markup is repaired as a browser would
 * (jsoup); a file that is no web page at all, or has no text, is one line saying so.
 */
public final class HtmlBriefReader implements BriefReader {
  private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.!?:;…][\"'”’)\\]]*$");
  private static final Pattern ISSN = Pattern.compile("(?i)\\bISSN\\b.*\\d{4}-\\d{3}[\\dX]");

  /** Page furniture: never part of a brief. */
  private static final String FURNITURE =
      "script, style, noscript, template, nav, form, button, svg, iframe, object, embed, "
          + "[hidden], [aria-hidden=true], [role=navigation], [role=search], [role=banner] nav";

  private static final String FOOTNOTES =
      "[class~=(?i)foot-?notes?|end-?notes?], "
          + "[id~=(?i)^(foot-?notes?|end-?notes?)$], section[role=doc-endnotes], "
          + "aside[role=doc-footnote], [role=doc-footnote]";

  /** Public, with no arguments, for ServiceLoader. */
  public HtmlBriefReader() {}

  @Override
  public Set<String> extensions() {
    return Set.of("html", "htm");
  }

  @Override
  public RecoveredBrief read(String file, byte[] content) {
    int probe = Math.min(content.length, 4096);
    for (int i = 0; i < probe; i++) {
      if (content[i] == 0) {
        throw new BriefFormatException(file, "not a web page (it holds binary data)");
      }
    }
    Document page;
    try {
      page = Jsoup.parse(new ByteArrayInputStream(content), null, "");
    } catch (IOException | RuntimeException e) {
      throw new BriefFormatException(file, "not a readable web page (" + e.getMessage() + ")");
    }
    if (page.body() == null || page.body().text().isBlank()) {
      throw new BriefFormatException(file, "no text on the page");
    }
    return new HtmlBriefReader.Walk(page).recover();
  }

  /** One walk through the page, collecting its parts. */
  private static final class Walk {
    private final Document page;
    private final List<Block> blocks = new ArrayList<>();
    private final List<Block> footer = new ArrayList<>();
    private final List<String> dropped = new ArrayList<>();
    private final List<String> guesses = new ArrayList<>();
    private boolean titled;
    private boolean headed;

    Walk(Document page) {
      this.page = page;
    }

    RecoveredBrief recover() {
      page.select(FURNITURE).remove();
      int notes = 0;
      for (Element list : page.select(FOOTNOTES)) {
        notes += Math.max(1, list.select("li").size());
        list.remove();
      }
      if (notes > 0) dropped.add(PdfStructure.count(notes, "footnote"));
      int marks = 0;
      for (Element sup : page.select("sup")) {
        if (sup.text().matches("\\s*\\[?[\\d,*†‡]+]?\\s*") || !sup.select("a[href^=#]").isEmpty()) {
          sup.remove();
          marks++;
        }
      }
      if (marks > 0) dropped.add(PdfStructure.count(marks, "footnote mark") + " in the text");
      int captions = page.select("figcaption, caption").size();
      int figures = page.select("figure, table, img").size();
      page.select("figure, table").remove();
      if (captions > 0) dropped.add(PdfStructure.count(captions, "figure caption"));
      else if (figures > 0) dropped.add(PdfStructure.count(figures, "figure or table"));

      Element root = root();
      if (root != page.body()) {
        // A title above the article, in the page's header, still names the brief.
        Element h1 = page.selectFirst("h1");
        if (h1 != null && !root.select("h1").contains(h1)) {
          blocks.add(new Block(Kind.TITLE, h1.text()));
          titled = true;
          guesses.add(
              "the title \"" + PdfStructure.excerpt(h1.text()) + "\" taken from above the article");
        }
      }
      walk(root, false);
      blocks.addAll(footer);
      return new RecoveredBrief(blocks, dropped, guesses);
    }

    /** The article, the main content, or the whole body. */
    private Element root() {
      Elements articles = page.select("article");
      if (articles.size() == 1) return articles.first();
      Element main = page.selectFirst("main, [role=main]");
      if (main != null) return main;
      if (!articles.isEmpty()) {
        guesses.add("the page has " + articles.size() + " articles; read the whole page");
      }
      return page.body();
    }

    private void walk(Element element, boolean inFooter) {
      for (Element child : element.children()) {
        String tag = child.normalName();
        boolean footer =
            inFooter
                || tag.equals("footer")
                || child.hasAttr("role") && child.attr("role").equals("contentinfo");
        switch (tag) {
          case "h1", "h2", "h3", "h4", "h5", "h6" -> heading(child, footer);
          case "p", "address", "dd", "dt", "figcaption", "time", "pre" -> text(child, footer);
          case "li" -> {
            if (hasBlocks(child)) walk(child, footer);
            else add(footer ? Kind.FOOTER : Kind.BULLET, child.text());
          }
          case "hr", "br", "img" -> {}
          default -> {
            if (hasBlocks(child)) {
              walk(child, footer);
            } else {
              text(child, footer);
            }
          }
        }
      }
    }

    private static final Set<String> BLOCKS =
        Set.of(
            "p",
            "div",
            "section",
            "article",
            "main",
            "header",
            "footer",
            "aside",
            "ul",
            "ol",
            "li",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "blockquote",
            "dl",
            "dd",
            "dt",
            "figure",
            "address",
            "table",
            "pre",
            "hr",
            "time",
            "span");

    /** True when the element is a container of blocks rather than one block of text. */
    private static boolean hasBlocks(Element element) {
      for (Element child : element.children()) {
        String tag = child.normalName();
        if (BLOCKS.contains(tag) && !tag.equals("span") && !tag.equals("time")) return true;
      }
      // A header of spans on lines of their own: "<header><span>SERIES</span><span>By</span>".
      return element.normalName().equals("header") && element.children().size() > 1;
    }

    private void heading(Element h, boolean inFooter) {
      String text = h.text();
      if (text.isBlank()) return;
      if (inFooter) {
        add(Kind.FOOTER, text);
      } else if (h.normalName().equals("h1") && !titled && !headed) {
        add(Kind.TITLE, text);
        titled = true;
      } else {
        add(Kind.HEADING, text);
        headed = true;
      }
    }

    private void text(Element element, boolean inFooter) {
      String text = element.text();
      if (text.isBlank()) return;
      if (inFooter || ISSN.matcher(text).find()) {
        add(Kind.FOOTER, text);
      } else if (!headed && isLabel(text)) {
        add(Kind.HEADER, text);
      } else {
        add(Kind.PARAGRAPH, text);
      }
    }

    /** A line about the brief, not prose: short, and not ending like a sentence. */
    private static boolean isLabel(String text) {
      return text.split("\\s+").length <= 15 && !ENDS_SENTENCE.matcher(text).matches()
          || text.length() <= 40
              && text.toLowerCase(Locale.ROOT).matches("(by|date|published)\\b.*");
    }

    private void add(Kind kind, String text) {
      if (text == null || text.isBlank()) return;
      if (kind == Kind.FOOTER) footer.add(new Block(kind, text));
      else blocks.add(new Block(kind, text));
    }
  }
}
