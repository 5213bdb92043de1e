package org.briefbot.cli;

/** The CLI's exit codes, the same for every command. */
final class ExitCodes {
  static final int OK = 0;

  /** The command could not do its job: unreadable briefs, a broken index, a missing passage. */
  static final int FAILURE = 1;

  /** The command line itself is wrong: unknown option, empty question, bad number. */
  static final int USAGE = 2;

  private ExitCodes() {}
}
