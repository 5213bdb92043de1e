package org.briefbot.core;

/** What part of a brief a passage comes from; it decides the passage id and citation form. */
public enum PassageKind {
  /** The header: series and number, authors, date. */
  HEADER,
  /** One bullet of the key issues summary at the top. */
  KEY_ISSUE,
  /** One paragraph of a section. */
  PARAGRAPH,
  /** The footer: disclaimer, ISSN. */
  FOOTER
}
