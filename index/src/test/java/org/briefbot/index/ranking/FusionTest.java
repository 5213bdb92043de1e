package org.briefbot.index.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefbot.core.Library;
import org.briefbot.core.Passage;
import org.briefbot.index.BriefIndex;
import org.briefbot.index.Hit;
import org.briefbot.index.Question;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Merging the ranking by words with the ranking by meaning, both ways. */
class FusionTest {
  private static final SemanticWeights RRF = new SemanticWeights(Fusion.Method.RECIPROCAL_RANK, 60, 1, 0.2, 50);
  private static final SemanticWeights LINEAR = new SemanticWeights(Fusion.Method.LINEAR, 60, 1, 0.2, 50);
  private static BriefIndex index;
  private static List<Passage> passages;

  @BeforeAll
  static void open() {
    index = BriefIndex.build(Library.bundled());
    passages = Library.bundled().passages();
  }

  @AfterAll
  static void close() {
    index.close();
  }

  private static Ranker.Scored scored(int passage, double score) {
    Passage p = passages.get(passage);
    return new Ranker.Scored(p, score, new org.briefbot.core.Sentence(0, p.text().length(), p.text()),
        1, 1, new BitSet(), 1);
  }

  private static Map<String, Double> cosines(Object... idAndCosine) {
    Map<String, Double> cosines = new LinkedHashMap<>();
    for (int i = 0; i < idAndCosine.length; i += 2) {
      cosines.put(passages.get((Integer) idAndCosine[i]).id(), (Double) idAndCosine[i + 1]);
    }
    return cosines;
  }

  @Test
  void reciprocalRankFusionAddsOneOverKPlusRankFromEachRanking() {
    // Words: 3, 5, 7. Meaning: 7, 3, 5.
    List<Fusion.Fused> fused = Fusion.fuse(List.of(scored(3, 9), scored(5, 6), scored(7, 2)),
        cosines(7, 0.8, 3, 0.5, 5, 0.1), RRF);

    assertThat(Fusion.ids(fused)).containsExactly(passages.get(3).id(), passages.get(7).id(),
        passages.get(5).id());
    assertThat(fused.get(0).score()).isCloseTo(1.0 / 61 + 1.0 / 62, within(1e-12));
    assertThat(fused.get(1).score()).isCloseTo(1.0 / 63 + 1.0 / 61, within(1e-12));
    assertThat(fused.get(2).score()).isCloseTo(1.0 / 62 + 1.0 / 63, within(1e-12));
  }

  @Test
  void reciprocalRankFusionWeighsTheMeaningRankingAndSharesRanksOnTies() {
    double[] fused = Fusion.reciprocalRank(new double[] {0.2, 0.9, 0.9}, 10, 0.5);

    assertThat(fused[0]).isCloseTo(1.0 / 11 + 0.5 / 13, within(1e-12));
    assertThat(fused[1]).isCloseTo(1.0 / 12 + 0.5 / 11, within(1e-12));
    assertThat(fused[2]).isCloseTo(1.0 / 13 + 0.5 / 11, within(1e-12));
  }

  @Test
  void linearMixCalibratesBothScoresToTheCandidatesRangeAndWeighsMeaningByAlpha() {
    // Words 10, 8, 0 scale to 1, 0.8, 0; cosines 0.3, 0.7, 0.5 to 0, 1, 0.5.
    List<Fusion.Fused> fused = Fusion.fuse(List.of(scored(1, 10), scored(2, 8), scored(4, 0)),
        cosines(1, 0.3, 2, 0.7, 4, 0.5), LINEAR);

    assertThat(Fusion.ids(fused)).containsExactly(passages.get(2).id(), passages.get(1).id(),
        passages.get(4).id());
    assertThat(fused.get(0).score()).isCloseTo(0.8 * 0.8 + 0.2 * 1, within(1e-12));
    assertThat(fused.get(1).score()).isCloseTo(0.8 * 1 + 0.2 * 0, within(1e-12));
    assertThat(fused.get(2).score()).isCloseTo(0.8 * 0 + 0.2 * 0.5, within(1e-12));
  }

  @Test
  void aPassageBeyondTheNearestSearchedCountsAsTheLeastSimilar() {
    List<Fusion.Fused> fused = Fusion.fuse(List.of(scored(1, 5), scored(2, 5)),
        cosines(2, 0.6, 9, 0.2), LINEAR);

    assertThat(Fusion.ids(fused)).containsExactly(passages.get(2).id(), passages.get(1).id());
    assertThat(fused.get(1).score()).isCloseTo(0.8, within(1e-12));
  }

  @Test
  void equalScoresKeepTheWordOrder() {
    List<Fusion.Fused> fused = Fusion.fuse(List.of(scored(6, 3), scored(2, 3), scored(8, 3)),
        cosines(6, 0.4, 2, 0.4, 8, 0.4), LINEAR);

    assertThat(Fusion.ids(fused)).containsExactly(passages.get(6).id(), passages.get(2).id(),
        passages.get(8).id());
  }

  /**
   * On a real question's real word ranking, with cosines that put its third passage first: the
   * linear mix as shipped keeps a clear word winner first, reciprocal rank fusion at k 60 lets
   * the meaning ranking overturn it (one reason the linear mix is the default).
   */
  @Test
  void onARealRankingTheLinearMixKeepsAClearWordWinnerWhereRankFusionDoesNot() {
    List<Hit> hits = index.ask(Question.of("When was the ITPP signed?").withLimit(10)).hits();
    List<Ranker.Scored> lexical = new ArrayList<>();
    Map<String, Double> cosine = new LinkedHashMap<>();
    for (int r = 0; r < hits.size(); r++) {
      Hit hit = hits.get(r);
      lexical.add(new Ranker.Scored(hit.passage(), hit.score(), hit.sentence(), 1, 1, new BitSet(), 1));
      cosine.put(hit.passage().id(), r == 2 ? 0.9 : r == 0 ? 0.3 : 0.5);
    }
    // Clear winner: well ahead of the third passage, and not level with the second.
    assertThat(hits.get(0).score()).isGreaterThan(1.5 * hits.get(2).score());
    assertThat(hits.get(1).score()).isLessThan(0.94 * hits.get(0).score());

    List<String> linear = Fusion.ids(Fusion.fuse(lexical, cosine, SemanticWeights.DEFAULT));
    List<String> rrf = Fusion.ids(Fusion.fuse(lexical, cosine, RRF));

    assertThat(linear.get(0)).isEqualTo(hits.get(0).passage().id());
    assertThat(rrf.get(0)).isEqualTo(hits.get(2).passage().id());
    assertThat(linear).containsExactlyInAnyOrderElementsOf(rrf);
  }
}
