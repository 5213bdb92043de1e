package org.briefbot.readers;

import java.nio.file.Files;
import java.nio.file.Path;
import org.briefbot.core.Brief;

/**
 * Writes the web pages the committed PDFs from other producers are printed from (see
 * src/test/resources/produced/README.md). Run by hand, not by the build: {@code java -cp ...
 * org.briefbot.readers.MakeProduced DIR}.
 */
public final class MakeProduced {
  private MakeProduced() {}

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    Files.createDirectories(out);
    for (Brief brief : Fixtures.briefs()) {
      Files.writeString(out.resolve(Fixtures.stem(brief) + ".html"), WebPage.of(brief, 1));
      Files.writeString(out.resolve(Fixtures.stem(brief) + "-2col.html"), WebPage.of(brief, 2));
    }
  }
}
