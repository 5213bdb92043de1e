package org.briefbot.slack;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where replies are made, away from the threads that acknowledge Slack: each reply is computed on a
 * pool no larger than the machine's processors (answering is CPU work; more threads would only
 * starve the acknowledgements), then delivered on a pool sized for network round trips. Both queues
 * are bounded; a full queue refuses work instead of growing without end. A failure at any step is
 * logged with its stack trace, then the apology runs.
 */
final class ReplyPipeline implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(ReplyPipeline.class);

  /** One step that may fail: a call to Slack, a file write. */
  @FunctionalInterface
  interface Step {
    void run() throws Exception;
  }

  /** Computes a reply and returns how to deliver it. */
  @FunctionalInterface
  interface Answer {
    Step compute() throws Exception;
  }

  private final ThreadPoolExecutor answering;
  private final ThreadPoolExecutor sending;

  ReplyPipeline(int answerThreads, int sendThreads, int queueCapacity) {
    this.answering = pool("briefbot-answer-", answerThreads, queueCapacity);
    this.sending = pool("briefbot-send-", sendThreads, queueCapacity);
  }

  /** Sized for this machine: a thread per processor for answering, 16 for sending. */
  static ReplyPipeline forThisMachine() {
    return new ReplyPipeline(Math.max(1, Runtime.getRuntime().availableProcessors()), 16, 10_000);
  }

  /**
   * Queues {@code answer}; false when the queue is full and it was refused (the caller tells the
   * user the bot is busy).
   */
  boolean submit(String what, Answer answer, Step apology) {
    try {
      answering.execute(
          () -> {
            Step delivery;
            try {
              delivery = answer.compute();
            } catch (Exception e) {
              failed(what, e, apology);
              return;
            }
            try {
              sending.execute(
                  () -> {
                    try {
                      delivery.run();
                    } catch (Exception e) {
                      failed(what, e, apology);
                    }
                  });
            } catch (RejectedExecutionException e) {
              log.warn("dropped the reply to a {}: the send queue is full", what);
            }
          });
      return true;
    } catch (RejectedExecutionException e) {
      log.warn("refused a {}: the answer queue is full", what);
      return false;
    }
  }

  private static void failed(String what, Exception e, Step apology) {
    log.error("answering a {} failed", what, e);
    try {
      apology.run();
    } catch (Exception again) {
      log.warn("could not tell the user that answering a {} failed: {}", what, again.toString());
    }
  }

  /** Stops taking work, lets queued replies finish (up to 10 seconds each stage), then stops. */
  @Override
  public void close() {
    drain(answering);
    drain(sending);
  }

  private static void drain(ThreadPoolExecutor pool) {
    pool.shutdown();
    try {
      if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
        log.warn(
            "{} replies were still under way at shutdown",
            pool.getActiveCount() + pool.getQueue().size());
        pool.shutdownNow();
      }
    } catch (InterruptedException e) {
      pool.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  private static ThreadPoolExecutor pool(String prefix, int threads, int capacity) {
    if (threads < 1 || capacity < 1) {
      throw new IllegalArgumentException(
          "threads and capacity must be at least 1, were " + threads + ", " + capacity);
    }
    AtomicInteger n = new AtomicInteger();
    ThreadFactory factory =
        r -> {
          Thread t = new Thread(r, prefix + n.incrementAndGet());
          t.setDaemon(true);
          t.setUncaughtExceptionHandler((thread, e) -> log.error("{} died", thread.getName(), e));
          return t;
        };
    return new ThreadPoolExecutor(
        threads,
        threads,
        60,
        TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(capacity),
        factory,
        new ThreadPoolExecutor.AbortPolicy());
  }
}
