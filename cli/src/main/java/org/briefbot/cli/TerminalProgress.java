package org.briefbot.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.briefbot.core.Progress;

/**
 * Progress for a person at a terminal: one line on standard error, rewritten in place ("indexing
 * passages 1,200 of 73,807 (2%)"), at most ten times a second so a fast stage costs no time in
 * printing, and wiped when the work is done so the command's own output starts on a clean line.
 * Only for a terminal: piped or redirected output gets none of it ({@link #onConsole}).
 */
final class TerminalProgress implements Progress, AutoCloseable {
  private static final long INTERVAL_NANOS = 100_000_000L;

  /** Where to show it; null when no one is watching. */
  private final PrintStream err;

  private final LongSupplier nanoClock;
  private String shownStage = "";
  private long shownAt;
  private int width;

  TerminalProgress(PrintStream err, LongSupplier nanoClock) {
    this.err = err;
    this.nanoClock = nanoClock;
  }

  /** Progress on {@code err} when the command runs at a terminal; one that shows nothing if not. */
  static TerminalProgress onConsole(PrintStream err) {
    return new TerminalProgress(System.console() != null ? err : null, System::nanoTime);
  }

  /** Shows nothing: for work too short to be worth it. */
  static TerminalProgress hidden() {
    return new TerminalProgress(null, System::nanoTime);
  }

  @Override
  public synchronized void advanced(String stage, int done, int total) {
    if (err == null) return;
    long now = nanoClock.getAsLong();
    // A new stage and the end of one always show; in between, no more often than the interval.
    boolean shows = !stage.equals(shownStage) || done >= total || now - shownAt >= INTERVAL_NANOS;
    if (!shows) return;
    shownStage = stage;
    shownAt = now;
    int percent = total == 0 ? 100 : (int) (100L * done / total);
    String line = String.format(Locale.ROOT, "%s %,d of %,d (%d%%)", stage, done, total, percent);
    // Spaces over what a longer earlier line left behind.
    err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
    err.flush();
    width = line.length();
  }

  /** Wipes the line, leaving the cursor where the next output belongs. */
  @Override
  public synchronized void close() {
    if (width == 0) return;
    err.print("\r" + " ".repeat(width) + "\r");
    err.flush();
    width = 0;
    shownStage = "";
  }
}
