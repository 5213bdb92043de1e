package org.briefbot.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A policy brief, structured: header, key issues, sections of paragraphs, footer. Everything is
 * kept verbatim so that quotes can be checked against the source and the brief written back out.
 *
 * @param id slug naming the brief in passage ids, e.g. {@code csds-2024-10}
 * @param metadata what the brief says about itself
 * @param header the header lines as written (series, authors, date)
 * @param keyIssues the key issue bullets, without their bullet marks
 * @param sections the sections in order, numbered from 1
 * @param footer the footer lines as written (disclaimer, ISSN)
 */
public record Brief(
    String id,
    Metadata metadata,
    List<String> header,
    List<String> keyIssues,
    List<Section> sections,
    List<String> footer) {

  private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

  /** Heading under which key issues are filed and searched. */
  public static final String KEY_ISSUES_HEADING = "Key issues";

  /** Heading (and citation) of the header passage. */
  public static final String HEADER_HEADING = "About this brief";

  /** Heading (and citation) of the footer passage. */
  public static final String FOOTER_HEADING = "Footer";

  public Brief {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "id must be a lower-case slug like csds-2024-10, was \"" + id + "\"");
    }
    if (metadata == null) throw new IllegalArgumentException("metadata must not be null");
    header = lines(header, "header");
    keyIssues = lines(keyIssues, "keyIssues");
    if (sections == null || sections.stream().anyMatch(Objects::isNull)) {
      throw new IllegalArgumentException("sections must not be null or hold null");
    }
    sections = List.copyOf(sections);
    footer = lines(footer, "footer");
    if (sections.isEmpty())
      throw new IllegalArgumentException("a brief needs at least one section");
    for (int i = 0; i < sections.size(); i++) {
      if (sections.get(i).number() != i + 1) {
        throw new IllegalArgumentException(
            "section numbers must run 1.."
                + sections.size()
                + ", found "
                + sections.get(i).number()
                + " at position "
                + (i + 1));
      }
    }
  }

  private static List<String> lines(List<String> lines, String name) {
    if (lines == null) throw new IllegalArgumentException(name + " must not be null");
    for (String line : lines) {
      if (line == null || line.isBlank()) {
        throw new IllegalArgumentException(name + " must not hold blank lines, was " + lines);
      }
    }
    return List.copyOf(lines);
  }

  /**
   * The header lines as a reader sees them on the page: a Markdown title reads as itself, not as
   * its "Title:" field, and the "Id:" line, which only names the brief for citations (shown beside
   * every quote anyway), is left out.
   */
  private List<String> headerAsRead() {
    List<String> lines = new ArrayList<>();
    for (String line : header) {
      Optional<HeaderLine.Parsed> parsed = HeaderLine.parse(line);
      if (parsed.isPresent() && parsed.get().kind() == HeaderLine.Kind.FIELD) {
        if (parsed.get().key().equals("id")) continue;
        if (parsed.get().key().equals("title")) {
          lines.add(parsed.get().value());
          continue;
        }
      }
      lines.add(line);
    }
    // A header of nothing but an Id line keeps it: the brief still has a header to cite.
    return lines.isEmpty() ? header : lines;
  }

  /**
   * Every passage in reading order: the header, the key issues, the paragraphs, the footer. The
   * header and footer are present only when the brief has them.
   */
  public List<Passage> passages() {
    List<Passage> passages = new ArrayList<>();
    if (!header.isEmpty()) {
      passages.add(
          passage(
              PassageKind.HEADER,
              HEADER_HEADING,
              0,
              0,
              String.join("\n", headerAsRead()),
              passages.size()));
    }
    for (int k = 0; k < keyIssues.size(); k++) {
      passages.add(
          passage(
              PassageKind.KEY_ISSUE,
              KEY_ISSUES_HEADING,
              0,
              k + 1,
              keyIssues.get(k),
              passages.size()));
    }
    for (Section section : sections) {
      for (Paragraph paragraph : section.paragraphs()) {
        passages.add(
            passage(
                PassageKind.PARAGRAPH,
                section.heading(),
                section.number(),
                paragraph.number(),
                paragraph.text(),
                passages.size()));
      }
    }
    if (!footer.isEmpty()) {
      passages.add(
          passage(
              PassageKind.FOOTER,
              FOOTER_HEADING,
              0,
              0,
              String.join("\n", footer),
              passages.size()));
    }
    return List.copyOf(passages);
  }

  /** The passage with this id, e.g. {@code csds-2024-10#k2}. */
  public Optional<Passage> passage(String passageId) {
    return passages().stream().filter(p -> p.id().equals(passageId)).findFirst();
  }

  /** The paragraph count, summed over sections. */
  public int paragraphCount() {
    return sections.stream().mapToInt(s -> s.paragraphs().size()).sum();
  }

  /** The long-form reference to the whole brief, for a context line or a bibliography. */
  public String reference() {
    return CitationFormatter.reference(metadata, id);
  }

  /** A short human label: series and number, or the title, or the id. */
  public String label() {
    if (!metadata.seriesAndNumber().isEmpty()) return metadata.seriesAndNumber();
    if (!metadata.title().isEmpty()) return metadata.title();
    return id;
  }

  private Passage passage(
      PassageKind kind, String heading, int section, int number, String text, int ordinal) {
    String passageId = CitationFormatter.passageId(id, kind, section, number);
    String location = CitationFormatter.location(kind, heading, section, number);
    Citation citation =
        new Citation(
            passageId, location, CitationFormatter.reference(metadata, id) + ", " + location);
    return new Passage(passageId, id, kind, heading, section, number, text, citation, ordinal);
  }
}
