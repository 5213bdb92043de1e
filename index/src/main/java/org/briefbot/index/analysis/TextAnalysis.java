package org.briefbot.index.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.briefbot.index.store.Fields;

/** Runs the analyzer over a text and returns its tokens with positions and offsets. */
public final class TextAnalysis {
  private final Analyzer analyzer;

  public TextAnalysis(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  public List<Token> tokens(String text) {
    List<Token> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(Fields.BODY, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      int position = -1;
      while (stream.incrementToken()) {
        position += increment.getPositionIncrement();
        tokens.add(new Token(term.toString(), position, offset.startOffset(), offset.endOffset()));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysis of an in-memory string cannot fail", e);
    }
    return tokens;
  }

  /** The analyzed terms alone, e.g. for a synonym entry. */
  public List<String> terms(String text) {
    return tokens(text).stream().map(Token::term).toList();
  }

  Analyzer analyzer() {
    return analyzer;
  }
}
