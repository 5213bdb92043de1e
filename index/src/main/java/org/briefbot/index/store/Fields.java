package org.briefbot.index.store;

/** Lucene field names, in one place. */
public final class Fields {
  /** Passage id, e.g. csds-2024-10#s2p3: a StringField, stored, for lookups and deletes. */
  public static final String ID = "id";

  /** Brief id: a StringField, for restricting a question to one brief. */
  public static final String BRIEF = "brief";

  /** Passage text, analyzed for search and stored verbatim with offsets for highlighting. */
  public static final String BODY = "body";

  /** Section heading (and structural aliases): analyzed, so "the conclusion" finds §4. */
  public static final String HEADING = "heading";

  /**
   * Words that describe what a passage is rather than what it says ("author", "ISSN",
   * "disclaimer"): analyzed, not stored, so questions about the brief itself find the header and
   * footer, whose own text is mostly names and numbers.
   */
  public static final String ABOUT = "about";

  /**
   * Every word as written (lower case, unstemmed): the dictionary spelling corrections come from.
   */
  static final String SPELL = "spell";

  /** Reading order within the whole library: doc values, for deterministic tie-breaks. */
  static final String ORDINAL = "ordinal";

  /**
   * The passage's meaning as a unit vector (when an embedder is in use): a KnnFloatVectorField
   * compared by dot product, which on unit vectors is their cosine, for nearest-passage search.
   */
  public static final String VECTOR = "vector";

  /** The passage's and its sentences' vectors, stored as bytes (PassageVectors). */
  static final String VECTORS = "vectors";

  private Fields() {}
}
