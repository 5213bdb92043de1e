package org.briefbot.benchmarks;

import java.util.concurrent.TimeUnit;
import org.briefbot.core.Library;
import org.briefbot.index.BriefIndex;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Index build throughput: a whole library indexed in memory, as a first start or a reload does
 * (analysis, Lucene indexing, the view the answers run on). The {@code passages} counter is the
 * figure to read: passages indexed per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx4g"})
public class IndexBuildBenchmark {
  /** Europarl briefs indexed with the bundled one. */
  @Param({"1000", "17597"})
  public int distractors;

  private Library library;

  /** Passages indexed, reported by JMH per second. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Indexed {
    public long passages;

    @Setup(Level.Iteration)
    public void reset() {
      passages = 0;
    }
  }

  @Setup(Level.Trial)
  public void load() {
    library = Corpus.withDistractors(distractors);
  }

  @Benchmark
  public int build(Indexed indexed) {
    try (BriefIndex index = BriefIndex.build(library)) {
      int count = index.passageCount();
      indexed.passages += count;
      return count;
    }
  }
}
