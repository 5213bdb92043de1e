package org.briefbot.index.ranking;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.briefbot.index.store.Fields;
import org.briefbot.index.store.IndexView;

/** Search by meaning in one {@link IndexView}: the passages nearest a question. */
final class SemanticSearch {
  private SemanticSearch() {}

  /**
   * The {@code k} passages whose vectors are nearest the question's, as passage id to cosine,
   * nearest first.
   */
  static Map<String, Double> nearest(IndexView view, float[] question, int k,
      Optional<String> briefId) throws IOException {
    Query filter = briefId.<Query>map(id -> new TermQuery(new Term(Fields.BRIEF, id))).orElse(null);
    TopDocs top = view.searcher().search(new KnnFloatVectorQuery(Fields.VECTOR, question, k, filter), k);
    Map<String, Double> nearest = new LinkedHashMap<>();
    var stored = view.searcher().storedFields();
    for (ScoreDoc hit : top.scoreDocs) {
      Document doc = stored.document(hit.doc, Set.of(Fields.ID));
      // Lucene scores a dot product d as (1 + d) / 2; on unit vectors d is the cosine.
      nearest.put(doc.get(Fields.ID), 2.0 * hit.score - 1);
    }
    return nearest;
  }

  static double dot(float[] a, float[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("vectors differ in length: " + a.length + " and " + b.length);
    }
    double sum = 0;
    for (int i = 0; i < a.length; i++) sum += a[i] * b[i];
    return sum;
  }
}
