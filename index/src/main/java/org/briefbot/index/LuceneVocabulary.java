package org.briefbot.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.BytesRef;

/** The library's words, read from the index's term dictionaries. */
final class LuceneVocabulary implements Vocabulary {
  private static final int MAX_RELATED = 4;
  private static final int MIN_STEM = 5;

  private final IndexReader reader;
  private final DirectSpellChecker speller = new DirectSpellChecker();

  LuceneVocabulary(IndexReader reader) {
    this.reader = reader;
    speller.setMaxEdits(2);
    // The first letter is rarely the mistake, and requiring it keeps suggestions plausible.
    speller.setMinPrefix(1);
    speller.setMinQueryLength(4);
    speller.setAccuracy(0.6f);
  }

  @Override
  public boolean contains(String term) {
    try {
      return reader.docFreq(new Term(Fields.BODY, term)) > 0
          || reader.docFreq(new Term(Fields.HEADING, term)) > 0
          || reader.docFreq(new Term(Fields.ABOUT, term)) > 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Longer terms starting with {@code term} ("budget" finds "budgetari"), and shorter terms
   * {@code term} starts with ("budgetari" finds "budget"), at least five letters long, so that
   * word families meet where the stemmer leaves them apart.
   */
  @Override
  public List<String> related(String term) {
    List<String> related = new ArrayList<>();
    if (term.length() < MIN_STEM - 1) return related;
    try {
      Terms terms = MultiTerms.getTerms(reader, Fields.BODY);
      if (terms == null) return related;
      TermsEnum iterator = terms.iterator();
      if (term.length() >= MIN_STEM - 1) {
        if (iterator.seekCeil(new BytesRef(term)) != TermsEnum.SeekStatus.END) {
          do {
            String candidate = iterator.term().utf8ToString();
            if (!candidate.startsWith(term)) break;
            if (!candidate.equals(term) && candidate.length() <= term.length() + 4) related.add(candidate);
          } while (related.size() < MAX_RELATED && iterator.next() != null);
        }
      }
      for (int length = term.length() - 1; length >= Math.max(MIN_STEM, term.length() - 3)
          && related.size() < MAX_RELATED; length--) {
        if (iterator.seekExact(new BytesRef(term.substring(0, length)))) {
          related.add(term.substring(0, length));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return related;
  }

  @Override
  public Optional<String> correction(String word) {
    try {
      SuggestWord[] suggestions = speller.suggestSimilar(
          new Term(Fields.SPELL, word), 3, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
      return suggestions.length == 0 ? Optional.empty() : Optional.of(suggestions[0].string);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
