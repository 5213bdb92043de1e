package org.briefbot.index.store;

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
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.BytesRef;
import org.briefbot.index.analysis.Vocabulary;

/** The library's words, read from the index's term dictionaries. */
final class LuceneVocabulary implements Vocabulary {
  private static final int MAX_RELATED = 4;
  private static final int MIN_STEM = 5;

  private final IndexReader reader;
  private final IndexSearcher searcher;
  private final DirectSpellChecker speller = new DirectSpellChecker();

  /** Phrase lookups repeat across questions (synonym entries); the answers cannot change. */
  private final java.util.Map<List<String>, Boolean> phrases =
      new java.util.concurrent.ConcurrentHashMap<>();

  LuceneVocabulary(IndexReader reader) {
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
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

  @Override
  public boolean containsPhrase(List<String> terms) {
    if (terms.size() == 1) return contains(terms.get(0));
    if (phrases.size() > 50_000) phrases.clear();
    return phrases.computeIfAbsent(List.copyOf(terms), this::searchPhrase);
  }

  private boolean searchPhrase(List<String> terms) {
    try {
      for (String field : new String[] {Fields.BODY, Fields.HEADING, Fields.ABOUT}) {
        PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(2);
        for (String term : terms) phrase.add(new Term(field, term));
        if (searcher.count(phrase.build()) > 0) return true;
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Terms of the same word family where the stemmer leaves them apart: terms sharing the question
   * term's first five letters and most of its length ("defend" finds "defens", "budget" finds
   * "budgetari", "europ" finds "european").
   */
  @Override
  public List<String> related(String term) {
    List<String> related = new ArrayList<>();
    if (term.length() < MIN_STEM) return related;
    try {
      Terms terms = MultiTerms.getTerms(reader, Fields.BODY);
      if (terms == null) return related;
      TermsEnum iterator = terms.iterator();
      String prefix = term.substring(0, Math.max(MIN_STEM, term.length() * 3 / 4));
      if (iterator.seekCeil(new BytesRef(prefix)) == TermsEnum.SeekStatus.END) return related;
      do {
        String candidate = iterator.term().utf8ToString();
        if (!candidate.startsWith(prefix)) break;
        if (!candidate.equals(term) && Math.abs(candidate.length() - term.length()) <= 4) {
          related.add(candidate);
        }
      } while (related.size() < MAX_RELATED && iterator.next() != null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return related;
  }

  @Override
  public Optional<String> correction(String word) {
    try {
      SuggestWord[] suggestions =
          speller.suggestSimilar(
              new Term(Fields.SPELL, word), 3, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
      return suggestions.length == 0 ? Optional.empty() : Optional.of(suggestions[0].string);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
