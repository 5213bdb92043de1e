package org.briefbot.discord;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Captures every log event (as formatted, with any stack trace) while open. */
final class LogCapture extends AppenderBase<ILoggingEvent> implements AutoCloseable {
  private final List<String> lines = new ArrayList<>();
  private final List<ILoggingEvent> events = new ArrayList<>();

  static LogCapture capture() {
    LogCapture capture = new LogCapture();
    capture.setContext((ch.qos.logback.classic.LoggerContext) LoggerFactory.getILoggerFactory());
    capture.start();
    root().addAppender(capture);
    return capture;
  }

  private static Logger root() {
    return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  }

  @Override
  protected synchronized void append(ILoggingEvent event) {
    StringBuilder line =
        new StringBuilder(
            event.getLevel() + " " + event.getLoggerName() + " " + event.getFormattedMessage());
    for (var t = event.getThrowableProxy(); t != null; t = t.getCause()) {
      line.append(" | ").append(t.getClassName()).append(": ").append(t.getMessage());
    }
    lines.add(line.toString());
    events.add(event);
    notifyAll();
  }

  /** Waits for a line that {@code test} accepts, logged at any time, and returns it. */
  synchronized String await(java.util.function.Predicate<String> test, java.time.Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      for (String line : lines) {
        if (test.test(line)) return line;
      }
      long left = (deadline - System.nanoTime()) / 1_000_000;
      if (left <= 0)
        throw new AssertionError("no matching log line within " + timeout + "; logged: " + lines);
      try {
        wait(left);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted waiting for a log line", e);
      }
    }
  }

  /** Every event captured, to render as the shipped layout would. */
  synchronized List<ILoggingEvent> events() {
    return List.copyOf(events);
  }

  synchronized List<String> lines() {
    return List.copyOf(lines);
  }

  /** Everything captured, one event a line. */
  String text() {
    return String.join("\n", lines());
  }

  @Override
  public void close() {
    root().detachAppender(this);
    stop();
  }
}
