package org.briefbot.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Small Markdown briefs written into a folder, the way a user (or an editor) would save them. */
public final class TestBriefs {
  private TestBriefs() {}

  /**
   * A brief about the harbour of {@code place}, every paragraph naming {@code version}, so an
   * answer shows which version of the file it was computed from.
   */
  public static String harbour(String id, String place, int version) {
    return "---\nId: "
        + id
        + "\nTitle: The harbour of "
        + place
        + "\nAuthors: Ann Lee"
        + "\n---\n\n"
        + "## Shipping\n\n"
        + "The lighthouse keepers of "
        + place
        + " counted "
        + (10 + version)
        + " cargo ships in edition "
        + version
        + " of this brief.\n\n"
        + "Fishing boats leave "
        + place
        + " at dawn, as edition "
        + version
        + " records.\n\n"
        + "## Money\n\n"
        + "The harbour budget of "
        + place
        + " in edition "
        + version
        + " was "
        + (40 + version)
        + " million euros.\n";
  }

  /**
   * A brief with a publisher's header (title, series, byline, date) about one {@code topic}, so a
   * question about the brief itself has a header to find in each of several briefs.
   */
  public static String published(String id, String topic, String author, String date) {
    return "---\nId: "
        + id
        + "\n---\n# The "
        + topic
        + " question\nEXAMPLE INSTITUTE BRIEF • 1/2025\nBy "
        + author
        + "\n"
        + date
        + "\n\n## Where things stand\n\n"
        + "Ministers have argued about the "
        + topic
        + " for a decade without agreeing what it costs.\n\n"
        + "## What to do\n\n"
        + "We recommend a standing committee on the "
        + topic
        + " that reports every year.\n";
  }

  /** A name made of letters only, different for every {@code n}: "Kelab", "Kelac", ... */
  public static String place(int n) {
    StringBuilder name = new StringBuilder("Kel");
    for (int i = n; ; i /= 26) {
      name.append((char) ('a' + i % 26));
      if (i < 26) break;
    }
    return name.toString();
  }

  /** Replaces (or creates) a file in one step, as editors that save safely do. */
  public static void save(Path file, String text) throws IOException {
    Path temp = file.resolveSibling("." + file.getFileName() + ".tmp");
    Files.writeString(temp, text, StandardCharsets.UTF_8);
    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }
}
