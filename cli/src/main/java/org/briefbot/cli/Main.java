package org.briefbot.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;
import java.util.Set;
import org.briefbot.index.BriefIndex;

/** Launches the CLI; all the work is in {@link Briefbot#run}, which tests call directly. */
public final class Main {
  private Main() {}

  /** Commands that answer questions, and so need the index and its analysis data. */
  private static final Set<String> ANSWERING = Set.of("ask", "eval", "index", "serve");

  /** A log record as one line on standard error: "briefbot: WARNING: index folder ...". */
  static final String LOG_FORMAT = "briefbot: %4$s: %5$s%6$s%n";

  public static void main(String[] args) {
    // Before anything logs: java.util.logging's own format takes two lines a record.
    if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
      System.setProperty("java.util.logging.SimpleFormatter.format", LOG_FORMAT);
    }
    // Most of a one-question run is loading: start the analysis data on the second core while
    // this one parses the command line and reads the briefs.
    if (args.length > 0 && ANSWERING.contains(args[0])) BriefIndex.preload();
    // The index logs its housekeeping (an index rebuilt or reloaded) for the bots' logs; in a
    // terminal only warnings are worth a line, unless BRIEFBOT_DEBUG=1 asks for everything.
    if (!"1".equals(System.getenv("BRIEFBOT_DEBUG"))) {
      java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
    }
    System.exit(run(System.in, System.out, System.err, System.getenv(), args));
  }

  /** Runs the CLI against the given streams and environment; returns the exit code. */
  public static int run(
      InputStream in, PrintStream out, PrintStream err, Map<String, String> env, String... args) {
    return new Briefbot(in, out, err, env).run(args);
  }
}
