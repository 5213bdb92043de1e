package org.briefbot.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Map;
import org.briefbot.core.BriefFormatException;
import org.briefbot.core.LibraryException;
import org.briefbot.index.BriefIndexException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code briefbot} command: ask questions of policy briefs and get cited, verbatim passages.
 * Errors reach the user as one line; a stack trace only with BRIEFBOT_DEBUG=1.
 */
@Command(
    name = "briefbot",
    mixinStandardHelpOptions = true,
    version = "briefbot 0.1.0",
    description =
        "Ask questions about policy briefs; answers are the brief's own paragraphs, " + "cited.",
    subcommands = {
      AskCommand.class,
      SearchCommand.class,
      ShowCommand.class,
      OutlineCommand.class,
      EvalCommand.class,
      AssessCommand.class,
      FitCommand.class,
      IndexCommand.class,
      ImportCommand.class,
      ServeCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeOnInvalidInput = ExitCodes.USAGE,
    exitCodeOnExecutionException = ExitCodes.FAILURE)
final class Briefbot implements Runnable {
  private final Session session;

  /** This command as picocli built it, with the factory that gives subcommands the session. */
  @Spec CommandSpec spec;

  Briefbot(InputStream in, PrintStream out, PrintStream err, Map<String, String> env) {
    this.session = new Session(in, out, err, env);
  }

  int run(String... args) {
    CommandLine cli = new CommandLine(this, new CommandFactory(session));
    cli.setOut(new PrintWriter(session.out, true));
    cli.setErr(new PrintWriter(session.err, true));
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> report(e));
    try {
      return cli.execute(args);
    } finally {
      try {
        session.close();
      } catch (RuntimeException e) {
        report(e);
      }
    }
  }

  @Override
  public void run() {
    // Not a new CommandLine(this): the default factory cannot build the subcommands (they take the
    // session), so a bare "briefbot" failed with an "unexpected error" instead of the usage.
    spec.commandLine().usage(session.err);
    throw new UserError(
        ExitCodes.USAGE, "name a command, e.g. briefbot ask \"When was the ITPP signed?\"");
  }

  private int report(Exception e) {
    int code = ExitCodes.FAILURE;
    String message;
    if (e instanceof UserError user) {
      code = user.exitCode();
      message = user.getMessage();
    } else if (e instanceof BriefFormatException
        || e instanceof LibraryException
        || e instanceof BriefIndexException) {
      message = e.getMessage();
    } else {
      message = "unexpected error: " + e + " (set BRIEFBOT_DEBUG=1 to see where)";
    }
    session.err.println("briefbot: " + message);
    if ("1".equals(session.env.get("BRIEFBOT_DEBUG"))) e.printStackTrace(session.err);
    return code;
  }

  /** Gives every command the shared session. */
  private record CommandFactory(Session session) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> type) throws Exception {
      try {
        return type.getDeclaredConstructor(Session.class).newInstance(session);
      } catch (NoSuchMethodException e) {
        return CommandLine.defaultFactory().create(type);
      }
    }
  }
}
