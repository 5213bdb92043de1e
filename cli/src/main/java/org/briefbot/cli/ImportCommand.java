package org.briefbot.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.briefbot.core.Brief;
import org.briefbot.core.BriefFormatException;
import org.briefbot.core.BriefParser;
import org.briefbot.core.ImportedBrief;
import org.briefbot.core.Metadata;
import org.briefbot.core.Section;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Read published briefs (PDF, HTML) and write them as Markdown to check.",
      "Prints what was found, what was left out and where the reader guessed. A corrected",
      ".md saved next to its PDF (same name) is read in the PDF's place."
    })
final class ImportCommand implements Callable<Integer> {
  private final Session session;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "PDF or HTML briefs.")
  List<Path> files;

  @Option(
      names = "--out",
      paramLabel = "PATH",
      description =
          "Write the Markdown here: a file for one brief, a folder for several. "
              + "Default: to standard output, for one brief.")
  Path out;

  @Option(names = "--force", description = "Overwrite Markdown files that exist.")
  boolean force;

  /** The stage shown while many files are imported. */
  static final String IMPORTING = "importing files";

  ImportCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() throws IOException {
    boolean many = files.size() > 1;
    if (many && out == null) {
      throw new UserError(ExitCodes.USAGE, "name a folder for the Markdown files: --out DIR");
    }
    // Progress only where a person watches it: a terminal, and more than one file. It is wiped
    // before each report, so reports read as if it had never been there.
    TerminalProgress progress =
        many ? TerminalProgress.onConsole(session.err) : TerminalProgress.hidden();
    int failed = 0;
    for (int i = 0; i < files.size(); i++) {
      Path file = files.get(i);
      progress.advanced(IMPORTING, i, files.size());
      ImportedBrief imported;
      try {
        imported = BriefParser.importFile(file);
      } catch (BriefFormatException e) {
        progress.close();
        session.err.println("briefbot: " + e.getMessage());
        failed++;
        continue;
      }
      Path target =
          out == null
              ? null
              : many || Files.isDirectory(out) ? out.resolve(stem(file) + ".md") : out;
      progress.close();
      PrintTarget report = target == null ? session.err::println : session.out::println;
      report(imported, report);
      if (target == null) {
        session.out.print(imported.markdown());
      } else {
        if (Files.exists(target) && !force) {
          throw new UserError(ExitCodes.FAILURE, target + " exists (--force overwrites it)");
        }
        if (target.getParent() != null) Files.createDirectories(target.getParent());
        Files.writeString(target, imported.markdown());
        report.println("  wrote " + target);
      }
    }
    return failed == 0 ? ExitCodes.OK : ExitCodes.FAILURE;
  }

  private interface PrintTarget {
    void println(String line);
  }

  /** What a person checking the brief wants first: what was found, dropped and guessed. */
  private static void report(ImportedBrief imported, PrintTarget out) {
    Brief brief = imported.brief();
    Metadata m = brief.metadata();
    out.println(m.sourceFile() + ": " + brief.id());
    if (!m.title().isEmpty()) out.println("  title: " + m.title());
    if (!m.seriesAndNumber().isEmpty()) out.println("  series: " + m.seriesAndNumber());
    if (!m.authors().isEmpty()) out.println("  authors: " + m.authorsText());
    m.publicationDate().ifPresent(d -> out.println("  date: " + d));
    out.println("  key issues: " + brief.keyIssues().size());
    out.println(
        "  sections: " + brief.sections().size() + ", paragraphs: " + brief.paragraphCount());
    for (Section s : brief.sections()) {
      out.println("    " + s.number() + ". " + s.heading() + " (" + s.paragraphs().size() + ")");
    }
    if (!brief.footer().isEmpty()) {
      out.println(
          "  footer: "
              + brief.footer().size()
              + " lines"
              + (m.issn().isEmpty() ? "" : ", ISSN " + m.issn()));
    }
    for (String d : imported.dropped()) out.println("  left out: " + d);
    for (String g : imported.guesses()) out.println("  guessed: " + g);
  }

  private static String stem(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
