package org.briefbot.cli;

import java.util.concurrent.Callable;
import org.briefbot.core.Brief;
import org.briefbot.core.Metadata;
import org.briefbot.core.Section;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "outline",
    mixinStandardHelpOptions = true,
    description = "Print each brief's metadata, key issues and headings with paragraph counts.")
final class OutlineCommand implements Callable<Integer> {
  private final Session session;

  @Mixin LibraryOptions library = new LibraryOptions();

  OutlineCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    boolean first = true;
    for (Brief brief : session.library(library).briefs()) {
      if (!first) session.out.println();
      first = false;
      Metadata m = brief.metadata();
      session.out.println(brief.label() + "  [" + brief.id() + "]");
      if (!m.title().isEmpty()) session.out.println("Title:     " + m.title());
      if (!m.authors().isEmpty()) session.out.println("Author:    " + m.authorsText());
      m.publicationDate().ifPresent(d -> session.out.println("Published: " + d));
      if (!m.publisher().isEmpty()) session.out.println("Publisher: " + m.publisher());
      if (!m.issn().isEmpty()) session.out.println("ISSN:      " + m.issn());
      session.out.println("Source:    " + m.sourceFile());
      if (!brief.keyIssues().isEmpty()) {
        session.out.println("Key issues:");
        for (int k = 0; k < brief.keyIssues().size(); k++) {
          session.out.println(
              TerminalFormat.wrap((k + 1) + ". " + brief.keyIssues().get(k), "   "));
        }
      }
      session.out.println("Sections:");
      for (Section s : brief.sections()) {
        session.out.println(
            TerminalFormat.wrap(
                "§"
                    + s.number()
                    + " "
                    + s.heading()
                    + " ("
                    + s.paragraphs().size()
                    + (s.paragraphs().size() == 1 ? " paragraph)" : " paragraphs)")
                    + "  ["
                    + brief.id()
                    + "#s"
                    + s.number()
                    + "p1..]",
                "   "));
      }
    }
    return ExitCodes.OK;
  }
}
