package org.briefbot.discord;

/** Placeholder until the Discord bot lands: says so and exits with a usage error. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.err.println("briefbot-discord: the Discord bot is not built yet; use the CLI (briefbot ask).");
    System.exit(2);
  }
}
