package org.briefbot.readers;

import java.util.List;
import org.briefbot.core.Brief;
import org.briefbot.core.Metadata;
import org.briefbot.core.Paragraph;
import org.briefbot.core.Section;

/**
 * A brief as a publisher's web page: site navigation, a header with the series, title, byline and
 * date, the key issues in an aside, the sections, a footnote, and the footer. The HTML reader must
 * read the brief back out of it; Chromium prints it to the committed PDFs from another producer.
 */
final class WebPage {
  private WebPage() {}

  /** The page; {@code columns} sets the article in that many CSS columns when printed. */
  static String of(Brief brief, int columns) {
    Metadata m = brief.metadata();
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>")
        .append(escape(m.title().isEmpty() ? brief.label() : m.title()))
        .append("</title>\n")
        .append("<style>body{font-family:'Liberation Sans',sans-serif;font-size:10pt;margin:0}")
        .append("nav{font-size:8pt} h1{font-size:20pt} h2{font-size:13pt}")
        .append("aside{background:#e8ecf2;padding:6pt} footer{font-size:7.5pt}")
        .append(".series{font-weight:bold} .footnotes{font-size:7pt}")
        .append(columns > 1 ? " .body{column-count:" + columns + ";column-gap:18pt}" : "")
        .append("</style></head>\n<body>\n")
        .append("<nav><a href=\"/\">Home</a> | <a href=\"/publications\">Publications</a></nav>\n")
        .append("<article>\n<header>\n");
    // The header as the publisher prints it, as in the PDF: "15.4.2024" stays "15.4.2024".
    List<String> header = PublishedPdf.headerLines(brief);
    for (int i = 0; i < header.size(); i++) {
      out.append(i == 0 ? "<p class=\"series\">" : "<p>")
          .append(escape(header.get(i)))
          .append("</p>\n");
      if (i == 0 && !m.title().isEmpty()) {
        out.append("<h1>").append(escape(m.title())).append("</h1>\n");
      }
    }
    if (header.isEmpty() && !m.title().isEmpty()) {
      out.append("<h1>").append(escape(m.title())).append("</h1>\n");
    }
    out.append("</header>\n");
    if (!brief.keyIssues().isEmpty()) {
      out.append("<aside class=\"key-issues\">\n<h2>Key issues</h2>\n<ul>\n");
      for (String issue : brief.keyIssues()) {
        out.append("<li>").append(escape(issue)).append("</li>\n");
      }
      out.append("</ul>\n</aside>\n");
    }
    out.append("<div class=\"body\">\n");
    for (Section section : brief.sections()) {
      out.append("<h2>").append(escape(section.heading())).append("</h2>\n");
      for (Paragraph p : section.paragraphs()) {
        out.append("<p>").append(escape(p.text()));
        if (section.number() == 1 && p.number() == 1) {
          out.append("<sup><a href=\"#fn1\">1</a></sup>");
        }
        out.append("</p>\n");
      }
    }
    out.append("</div>\n<section class=\"footnotes\"><ol><li id=\"fn1\">See the sources listed ")
        .append("at the end of this brief.</li></ol></section>\n");
    if (!brief.footer().isEmpty()) {
      out.append("<footer>\n");
      for (String line : brief.footer()) out.append("<p>").append(escape(line)).append("</p>\n");
      out.append("</footer>\n");
    }
    out.append("</article>\n</body></html>\n");
    return out.toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
