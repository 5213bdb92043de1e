package org.briefbot.core;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.briefbot.core.RecoveredBrief.Block;
import org.briefbot.core.RecoveredBrief.Kind;

/**
 * A {@link BriefReader} for core's own tests, registered in this module's test resources: a {@code
 * .tagged} file has one part per line, "KIND: text" ("TITLE: ...", "PARAGRAPH: ..."), so tests can
 * say exactly what a reader recovered. "FAIL: reason" fails the file with that reason.
 */
public final class TaggedLinesReader implements BriefReader {
  @Override
  public Set<String> extensions() {
    return Set.of("tagged");
  }

  @Override
  public long maxBytes() {
    return 1024;
  }

  @Override
  public RecoveredBrief read(String file, byte[] content) {
    List<Block> blocks = new ArrayList<>();
    for (String line : new String(content, StandardCharsets.UTF_8).split("\n")) {
      if (line.isBlank()) continue;
      int colon = line.indexOf(": ");
      String kind = line.substring(0, colon);
      String text = line.substring(colon + 2);
      if (kind.equals("FAIL")) throw new BriefFormatException(file, text);
      blocks.add(new Block(Kind.valueOf(kind), text));
    }
    return new RecoveredBrief(
        blocks, List.of("1 page number"), List.of("took the largest text for the title"));
  }
}
