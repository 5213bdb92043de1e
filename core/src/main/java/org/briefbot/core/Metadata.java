package org.briefbot.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a brief says about itself. Text fields a brief does not state are empty strings, never null,
 * so front ends can test {@code isEmpty()} without guessing.
 *
 * @param title the title, when the brief has one (the plain-text export often has none)
 * @param series the series name as written in the brief, e.g. {@code CSDS Policy Brief}
 * @param number the number within the series, e.g. {@code 10/2024}
 * @param authors the authors, in order
 * @param publicationDate the date of publication, when stated
 * @param publisher the publishing institution, when it can be told from the brief
 * @param issn the ISSN, e.g. {@code 2983-466X}
 * @param disclaimer the footer's disclaimer sentence(s)
 * @param sourceFile the file the brief was read from, as the user named it (for error messages)
 */
public record Metadata(
    String title,
    String series,
    String number,
    List<String> authors,
    Optional<LocalDate> publicationDate,
    String publisher,
    String issn,
    String disclaimer,
    String sourceFile) {

  /** Four digits, a hyphen, three digits and a check digit or X. */
  static final Pattern ISSN = Pattern.compile("\\d{4}-\\d{3}[\\dX]");

  public Metadata {
    title = orEmpty(title);
    series = orEmpty(series);
    number = orEmpty(number);
    if (authors == null) throw new IllegalArgumentException("authors must not be null");
    for (String author : authors) {
      if (author == null || author.isBlank()) {
        throw new IllegalArgumentException("authors must not contain blank names, was " + authors);
      }
    }
    authors = authors.stream().map(String::strip).toList();
    publicationDate = publicationDate == null ? Optional.empty() : publicationDate;
    publisher = orEmpty(publisher);
    issn = orEmpty(issn);
    if (!issn.isEmpty() && !ISSN.matcher(issn).matches()) {
      throw new IllegalArgumentException("issn must look like 2983-466X, was \"" + issn + "\"");
    }
    disclaimer = orEmpty(disclaimer);
    sourceFile = orEmpty(sourceFile);
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value.strip();
  }

  /** "CSDS Policy Brief 10/2024", the title, or empty when the brief names neither. */
  public String seriesAndNumber() {
    if (series.isEmpty()) return number;
    return number.isEmpty() ? series : series + " " + number;
  }

  /** The authors joined for display: "A", "A and B", "A, B and C". */
  public String authorsText() {
    if (authors.isEmpty()) return "";
    if (authors.size() == 1) return authors.get(0);
    return String.join(", ", authors.subList(0, authors.size() - 1))
        + " and "
        + authors.get(authors.size() - 1);
  }
}
