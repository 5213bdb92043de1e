package org.briefbot.index.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.briefbot.index.BriefIndexException;

/**
 * Names for the same thing, read from a file in the Solr synonyms format (see the bundled
 * analysis/synonyms.txt for the format). Entries are stored analyzed, as term sequences, so they
 * match questions whatever their case, spelling variant or inflection.
 */
public final class SynonymTable {
  /** A line in a user's synonyms file that drops the bundled list. */
  static final String REPLACE_DEFAULTS = "@replace-defaults";

  private final Map<List<String>, Set<List<String>>> alternatives;
  private final int longestEntry;
  private final Set<String> wordsOfNames;

  private SynonymTable(Map<List<String>, Set<List<String>>> alternatives) {
    this.alternatives = alternatives;
    this.longestEntry = alternatives.keySet().stream().mapToInt(List::size).max().orElse(0);
    this.wordsOfNames =
        alternatives.keySet().stream()
            .flatMap(List::stream)
            .collect(Collectors.toUnmodifiableSet());
  }

  static SynonymTable empty() {
    return new SynonymTable(Map.of());
  }

  /** The bundled list, general to international security. */
  public static SynonymTable defaults(TextAnalysis analysis) {
    try (InputStream in = SynonymTable.class.getResourceAsStream("synonyms.txt")) {
      if (in == null)
        throw new IllegalStateException("missing analysis/synonyms.txt in briefbot-index");
      return parse(
          "synonyms.txt (bundled)",
          new InputStreamReader(in, StandardCharsets.UTF_8),
          analysis,
          empty());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The bundled list extended (or, with {@value #REPLACE_DEFAULTS}, replaced) by a user's file.
   *
   * @throws BriefIndexException naming file and line for a malformed line
   */
  public static SynonymTable withUserFile(Path file, TextAnalysis analysis) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      boolean replace = text.lines().anyMatch(l -> l.strip().equals(REPLACE_DEFAULTS));
      return parse(file.toString(), reader, analysis, replace ? empty() : defaults(analysis));
    } catch (IOException e) {
      throw new BriefIndexException("cannot read synonyms file " + file + ": " + e.getMessage(), e);
    }
  }

  static SynonymTable parse(String source, Reader reader, TextAnalysis analysis, SynonymTable base)
      throws IOException {
    Map<List<String>, Set<List<String>>> table = new HashMap<>();
    base.alternatives.forEach((k, v) -> table.put(k, new LinkedHashSet<>(v)));
    BufferedReader lines = new BufferedReader(reader);
    int lineNumber = 0;
    for (String line; (line = lines.readLine()) != null; ) {
      lineNumber++;
      String content = line.strip();
      if (content.isEmpty() || content.startsWith("#") || content.equals(REPLACE_DEFAULTS))
        continue;
      String[] sides = content.split("=>", -1);
      if (sides.length > 2) throw malformed(source, lineNumber, "more than one =>");
      List<List<String>> left = entries(sides[0], analysis, source, lineNumber);
      if (sides.length == 1) {
        if (sides[0].split(",").length < 2) {
          throw malformed(
              source, lineNumber, "a group needs two or more terms separated by commas");
        }
        for (List<String> term : left) {
          for (List<String> other : left) {
            if (!other.equals(term))
              table.computeIfAbsent(term, k -> new LinkedHashSet<>()).add(other);
          }
        }
      } else {
        List<List<String>> right = entries(sides[1], analysis, source, lineNumber);
        if (left.isEmpty() || right.isEmpty())
          throw malformed(source, lineNumber, "=> needs terms on both sides");
        for (List<String> term : left) {
          for (List<String> target : right) {
            if (!target.equals(term))
              table.computeIfAbsent(term, k -> new LinkedHashSet<>()).add(target);
          }
        }
      }
    }
    Map<List<String>, Set<List<String>>> frozen = new HashMap<>();
    table.forEach((k, v) -> frozen.put(List.copyOf(k), Set.copyOf(v)));
    return new SynonymTable(Map.copyOf(frozen));
  }

  private static List<List<String>> entries(
      String side, TextAnalysis analysis, String source, int line) {
    List<List<String>> entries = new ArrayList<>();
    for (String raw : side.split(",")) {
      if (raw.isBlank()) continue;
      List<String> terms = analysis.terms(raw.strip());
      if (terms.isEmpty()) continue; // only stop words, e.g. "the"; nothing to match on
      if (!entries.contains(terms)) entries.add(terms);
    }
    if (entries.isEmpty() && !side.isBlank()) {
      throw malformed(source, line, "no searchable word in \"" + side.strip() + "\"");
    }
    return entries;
  }

  private static BriefIndexException malformed(String source, int line, String reason) {
    return new BriefIndexException(source + ":" + line + ": " + reason);
  }

  /**
   * This table with more groups of analyzed forms, each naming one thing (as found in a library's
   * own text, see {@link Abbreviations}); this one is returned when there are none.
   */
  public SynonymTable withGroups(List<List<List<String>>> groups) {
    if (groups.isEmpty()) return this;
    Map<List<String>, Set<List<String>>> table = new HashMap<>();
    alternatives.forEach((k, v) -> table.put(k, new LinkedHashSet<>(v)));
    for (List<List<String>> group : groups) {
      for (List<String> term : group) {
        for (List<String> other : group) {
          if (!other.equals(term))
            table.computeIfAbsent(term, k -> new LinkedHashSet<>()).add(other);
        }
      }
    }
    Map<List<String>, Set<List<String>>> frozen = new HashMap<>();
    table.forEach((k, v) -> frozen.put(List.copyOf(k), Set.copyOf(v)));
    return new SynonymTable(Map.copyOf(frozen));
  }

  /** The other names for an analyzed term sequence; empty when it has none. */
  public Set<List<String>> alternatives(List<String> terms) {
    return alternatives.getOrDefault(terms, Set.of());
  }

  /**
   * True when an analyzed term is one word of a name the table knows, alone or in a longer name
   * ("addis" of "addis ababa"): such a word is spelled as meant, not a slip to correct.
   */
  public boolean namesWord(String term) {
    return wordsOfNames.contains(term);
  }

  /** The most terms any entry has, bounding the search for multi-word names in a question. */
  public int longestEntry() {
    return longestEntry;
  }

  int size() {
    return alternatives.size();
  }
}
