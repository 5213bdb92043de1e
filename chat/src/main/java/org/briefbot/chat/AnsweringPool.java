package org.briefbot.chat;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a bot answers, away from the threads that acknowledge its platform. Answers are computed by
 * a fixed number of workers (answering is CPU work; more threads would only starve the
 * acknowledgements), then delivered on a pool sized for network round trips, so a slow platform
 * call never holds up answering. Both queues are bounded: a flood is refused at once, and the bot
 * tells the user {@link #BUSY}, instead of queueing without end. A failure at either step is logged
 * with its stack trace, then the apology runs.
 */
public final class AnsweringPool implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(AnsweringPool.class);

  /** What a bot tells a user whose question was refused because the queue is full. */
  public static final String BUSY =
      "I'm answering a lot of questions right now; please try again in a moment.";

  /** How long each stage may take to finish what it took when the pool is closed. */
  private static final long DRAIN_SECONDS = 10;

  /** One step that may fail: a call to the platform, a file write. */
  @FunctionalInterface
  public interface Step {
    void run() throws Exception;
  }

  /** Computes a reply and returns how to deliver it. */
  @FunctionalInterface
  public interface Answer {
    Step compute() throws Exception;
  }

  private final ThreadPoolExecutor answering;
  private final ThreadPoolExecutor sending;

  /** True from a refused question until the workers take one again: one log line per flood. */
  private final AtomicBoolean refusing = new AtomicBoolean();

  /**
   * @param answerThreads workers computing answers
   * @param sendThreads threads delivering them
   * @param queueCapacity questions (and, separately, deliveries) that may wait; beyond, refused
   */
  public AnsweringPool(int answerThreads, int sendThreads, int queueCapacity) {
    if (answerThreads < 1 || sendThreads < 1 || queueCapacity < 1) {
      throw new IllegalArgumentException(
          "threads and capacity must be at least 1, were "
              + answerThreads
              + ", "
              + sendThreads
              + ", "
              + queueCapacity);
    }
    this.answering = pool("briefbot-answer-", answerThreads, queueCapacity);
    this.sending = pool("briefbot-send-", sendThreads, queueCapacity);
  }

  /**
   * Queues {@code answer}; false when it was refused, because the queue is full or the pool is
   * closed (the caller tells the user the bot is busy, unless {@link #closed()}).
   *
   * @param what what is answered, for the log: "command /brief", "mention"
   * @param apology tells the user something went wrong, when computing or delivering fails
   */
  public boolean submit(String what, Answer answer, Step apology) {
    try {
      answering.execute(() -> answer(what, answer, apology));
    } catch (RejectedExecutionException e) {
      if (answering.isShutdown()) {
        log.debug("closing; a {} was not answered", what);
      } else if (refusing.compareAndSet(false, true)) {
        log.warn(
            "too many questions are waiting to be answered; the next are told the bot is busy "
                + "until it catches up");
      }
      return false;
    }
    refusing.set(false);
    return true;
  }

  private void answer(String what, Answer answer, Step apology) {
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
  }

  private static void failed(String what, Exception e, Step apology) {
    log.error("answering a {} failed", what, e);
    try {
      apology.run();
    } catch (Exception again) {
      log.warn("could not tell the user that answering a {} failed: {}", what, again.toString());
    }
  }

  /** True once {@link #close()} has begun: refusals are then no sign of a flood. */
  public boolean closed() {
    return answering.isShutdown();
  }

  /**
   * Stops taking questions, lets those taken be answered and delivered (up to 10 seconds each
   * stage), then stops.
   */
  @Override
  public void close() {
    drain(answering);
    drain(sending);
  }

  private static void drain(ThreadPoolExecutor pool) {
    pool.shutdown();
    try {
      if (!pool.awaitTermination(DRAIN_SECONDS, TimeUnit.SECONDS)) {
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
