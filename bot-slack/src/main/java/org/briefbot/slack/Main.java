package org.briefbot.slack;

/** Placeholder until the Slack bot lands: says so and exits with a usage error. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.err.println("briefbot-slack: the Slack bot is not built yet; use the CLI (briefbot ask).");
    System.exit(2);
  }
}
