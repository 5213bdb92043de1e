package org.briefbot.index.analysis;

/**
 * One analyzed term of a text, located in it.
 *
 * @param term the analyzed form (stemmed, folded)
 * @param position the term's position; stop words leave gaps, as in the index
 * @param start offset of the surface word in the text
 * @param end offset one past the surface word
 */
public record Token(String term, int position, int start, int end) {}
