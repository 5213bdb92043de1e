package org.briefbot.index.store;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.briefbot.core.BriefReader;
import org.briefbot.core.RecoveredBrief;
import org.briefbot.core.RecoveredBrief.Block;
import org.briefbot.core.RecoveredBrief.Kind;

/**
 * A published-brief reader for {@code .upgradable} files, as a new briefbot version may read the
 * same bytes better: before the upgrade it takes each line for a paragraph, after it a " / " inside
 * a line also ends one (as a reader that learns to see a paragraph's end in a PDF would).
 */
public final class UpgradableTestReader implements BriefReader {
  static volatile boolean upgraded;

  @Override
  public Set<String> extensions() {
    return Set.of("upgradable");
  }

  @Override
  public RecoveredBrief read(String file, byte[] content) {
    List<Block> blocks = new ArrayList<>();
    List<String> lines = new String(content, StandardCharsets.UTF_8).lines().toList();
    blocks.add(new Block(Kind.HEADER, lines.get(0)));
    blocks.add(new Block(Kind.HEADER, lines.get(1)));
    blocks.add(new Block(Kind.HEADING, lines.get(2)));
    for (String line : lines.subList(3, lines.size())) {
      for (String paragraph : upgraded ? line.split(" / ") : new String[] {line}) {
        blocks.add(new Block(Kind.PARAGRAPH, paragraph));
      }
    }
    return new RecoveredBrief(blocks, List.of(), List.of());
  }
}
