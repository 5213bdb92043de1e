package org.briefbot.readers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Puts a page's lines in reading order, by T. M. Breuel's rules ("High performance document layout
 * analysis", 2003): a line comes before another below it that it overlaps horizontally, and before
 * one entirely to its right unless a line between them in height spans both (a heading or a figure
 * across both columns). The order these rules leave open goes top to bottom. One column, two
 * columns, and text across the columns above, between or below them all read in order.
 */
final class ReadingOrder {
  /** Past this many lines on one page the cubic rule check costs too much; top to bottom then. */
  static final int MAX_LINES = 600;

  private ReadingOrder() {}

  static List<TextLine> of(List<TextLine> lines) {
    int n = lines.size();
    Comparator<Integer> topDown =
        Comparator.<Integer>comparingDouble(i -> lines.get(i).baseline())
            .thenComparingDouble(i -> lines.get(i).x0());
    if (n > MAX_LINES) {
      List<TextLine> sorted = new ArrayList<>(lines);
      sorted.sort(Comparator.comparingDouble(TextLine::baseline).thenComparingDouble(TextLine::x0));
      return sorted;
    }
    boolean[][] before = new boolean[n][n];
    int[] predecessors = new int[n];
    for (int a = 0; a < n; a++) {
      for (int b = 0; b < n; b++) {
        if (a != b && comesBefore(lines, a, b)) {
          before[a][b] = true;
          predecessors[b]++;
        }
      }
    }
    PriorityQueue<Integer> ready = new PriorityQueue<>(topDown);
    for (int i = 0; i < n; i++) if (predecessors[i] == 0) ready.add(i);
    boolean[] done = new boolean[n];
    List<TextLine> ordered = new ArrayList<>(n);
    while (ordered.size() < n) {
      Integer next = ready.poll();
      if (next == null) {
        // A cycle (overlapping lines can make one): take the topmost line left and go on.
        next =
            java.util.stream.IntStream.range(0, n)
                .filter(i -> !done[i])
                .boxed()
                .min(topDown)
                .orElseThrow();
      }
      if (done[next]) continue;
      done[next] = true;
      ordered.add(lines.get(next));
      for (int b = 0; b < n; b++) {
        if (before[next][b] && !done[b] && --predecessors[b] == 0) ready.add(b);
      }
    }
    return ordered;
  }

  private static boolean comesBefore(List<TextLine> lines, int a, int b) {
    TextLine la = lines.get(a);
    TextLine lb = lines.get(b);
    if (la.overlapsHorizontally(lb)) {
      return la.baseline() < lb.baseline() || la.baseline() == lb.baseline() && la.x0() < lb.x0();
    }
    if (la.x1() > lb.x0() + 1) return false; // a is not left of b
    float low = Math.min(la.baseline(), lb.baseline());
    float high = Math.max(la.baseline(), lb.baseline());
    for (TextLine c : lines) {
      if (c != la
          && c != lb
          && c.baseline() > low
          && c.baseline() < high
          && c.overlapsHorizontally(la)
          && c.overlapsHorizontally(lb)) {
        return false;
      }
    }
    return true;
  }
}
