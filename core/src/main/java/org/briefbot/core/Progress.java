package org.briefbot.core;

/**
 * Told how long work advances (reading a folder of briefs, indexing its passages), so a front end
 * can show it to a person waiting. The library only counts; whether and how to show it is the front
 * end's choice (a terminal, a log line, nothing).
 */
@FunctionalInterface
public interface Progress {
  /** Shows nothing: the default wherever no one watches. */
  Progress NONE = (stage, done, total) -> {};

  /**
   * {@code done} of {@code total} units of {@code stage} are finished. Called from whichever thread
   * did the work (a folder is read on several), so implementations must be thread-safe; within a
   * stage {@code done} never goes down and its last call has {@code done == total}.
   *
   * @param stage what is being done, in a few lower-case words ("reading briefs")
   */
  void advanced(String stage, int done, int total);
}
