package org.briefbot.benchmarks;

import java.util.concurrent.TimeUnit;
import org.briefbot.index.Answer;
import org.briefbot.index.BriefIndex;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Question to answer latency, as a chat user waits for it: plan, retrieve, rerank, pick sentences,
 * decide to abstain, over the bundled brief alone and with Europarl documents added as briefs.
 * Sampled, so JMH reports p50, p90, p99 and the maximum.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx4g"})
public class AskBenchmark {
  /** Europarl briefs added to the bundled one: none, a thousand, all of them. */
  @Param({"0", "1000", "17597"})
  public int distractors;

  private BriefIndex index;
  private int next;

  @Setup(Level.Trial)
  public void open() {
    index = BriefIndex.build(Corpus.withDistractors(distractors));
  }

  @Benchmark
  public Answer ask() {
    String question = Corpus.QUESTIONS.get(next);
    next = (next + 1) % Corpus.QUESTIONS.size();
    return index.ask(question);
  }

  @TearDown(Level.Trial)
  public void close() {
    index.close();
  }
}
