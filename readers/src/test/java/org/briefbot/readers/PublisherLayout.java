package org.briefbot.readers;

/**
 * How a publisher sets a brief in a PDF: the choices {@link PublishedPdf} lays a brief out by.
 *
 * @param name a short name for test output
 * @param columns 1 or 2 columns of body text
 * @param coverPage the title, metadata and key issues alone on page 1, the body from page 2
 * @param justified lines set flush to both edges, word by word, with words hyphenated to fit;
 *     otherwise ragged right, each line one string with its spaces
 * @param indentedParagraphs paragraphs marked by a first-line indent, not by space between them
 * @param runningHeader the series and number at the top of every page after the first
 * @param pageNumbers "Page n of m" or a bare number at the foot of every page
 * @param footnotes footnote marks in the text and footnotes at the foot of the page
 * @param figure a figure with a caption in the middle of the body
 * @param boxedKeyIssues the key issues in a shaded box
 */
record PublisherLayout(
    String name,
    int columns,
    boolean coverPage,
    boolean justified,
    boolean indentedParagraphs,
    boolean runningHeader,
    boolean pageNumbers,
    boolean footnotes,
    boolean figure,
    boolean boxedKeyIssues) {

  /** A report: cover page, one justified column, running header, footnotes, indents. */
  static final PublisherLayout REPORT =
      new PublisherLayout("report", 1, true, true, true, true, true, true, false, true);

  /** A think-tank brief: title on top, two justified columns, a figure, footnotes. */
  static final PublisherLayout TWO_COLUMNS =
      new PublisherLayout("two-columns", 2, false, true, false, true, true, true, true, true);

  /** A plain one-column layout, ragged right, page numbers only. */
  static final PublisherLayout PLAIN =
      new PublisherLayout("plain", 1, false, false, false, false, true, false, true, false);

  /** Two ragged columns with indented paragraphs behind a cover page. */
  static final PublisherLayout NEWSLETTER =
      new PublisherLayout("newsletter", 2, true, false, true, true, false, false, false, true);

  static final java.util.List<PublisherLayout> ALL =
      java.util.List.of(REPORT, TWO_COLUMNS, PLAIN, NEWSLETTER);

  @Override
  public String toString() {
    return name;
  }
}
