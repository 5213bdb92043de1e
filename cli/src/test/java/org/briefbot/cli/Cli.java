package org.briefbot.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Runs the CLI in-process, as {@code java -jar briefbot.jar} would, and keeps what it printed. */
final class Cli {
  private Cli() {}

  /** What one run printed, and its exit code. */
  record Run(int code, String out, String err) {
    List<String> outLines() {
      return out.lines().toList();
    }
  }

  /** Runs with no environment (so no index cache folder) and empty standard input. */
  static Run run(String... args) {
    return withEnv(Map.of(), args);
  }

  /** Runs with the given environment variables and empty standard input. */
  static Run withEnv(Map<String, String> env, String... args) {
    return run(env, new ByteArrayInputStream(new byte[0]), args);
  }

  /** Runs with {@code stdin} as standard input and no environment. */
  static Run withInput(String stdin, String... args) {
    return run(Map.of(), new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), args);
  }

  static Run run(Map<String, String> env, InputStream in, String... args) {
    // Search by meaning is on by default; the CLI's tests ask by words unless they say otherwise,
    // so each run does not load the model (SemanticSwitchTest covers meaning).
    Map<String, String> withDefaults = new java.util.HashMap<>(env);
    withDefaults.putIfAbsent("BRIEFBOT_SEMANTIC", "off");
    env = withDefaults;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code = Main.run(in, outStream, errStream, env, args);
    }
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** A test resource's path on disk, e.g. a folder of briefs. */
  static Path resource(String name) {
    try {
      var url = Cli.class.getResource("/" + name);
      if (url == null) throw new IllegalArgumentException("no test resource " + name);
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
