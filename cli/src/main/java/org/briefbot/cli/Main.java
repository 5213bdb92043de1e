package org.briefbot.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;

/** Launches the CLI; all the work is in {@link Briefbot#run}, which tests call directly. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(System.in, System.out, System.err, System.getenv(), args));
  }

  /** Runs the CLI against the given streams and environment; returns the exit code. */
  public static int run(InputStream in, PrintStream out, PrintStream err, Map<String, String> env,
      String... args) {
    return new Briefbot(in, out, err, env).run(args);
  }
}
