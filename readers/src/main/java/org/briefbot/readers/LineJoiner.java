package org.briefbot.readers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Joins the lines of a paragraph into one text. A word hyphenated at a line's end is joined when
 * the hyphen was only there to break the line ("deter- rence"), and keeps its hyphen when it
 * belongs to the word ("long- standing"). The brief's own words decide first (the same word
 * unbroken elsewhere), then English at large (SCOWL's word list, see NOTICE-english-words.txt):
 * "understanding" is a word, so "under- standing" is joined; "kickstarted" is not, and "kick" and
 * "started" are, so "kick- started" keeps its hyphen. What neither decides is recorded as a guess.
 */
final class LineJoiner {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}'’-]*");

  /** A line ending in a letter and a hyphen (or a soft or Unicode hyphen). */
  private static final Pattern HYPHENATED = Pattern.compile("([\\p{L}\\p{M}]+)[-\u00AD\u2010]$");

  private static final Pattern CONTINUATION = Pattern.compile("^([\\p{Ll}][\\p{L}\\p{M}]*)");

  private final Set<String> words = new HashSet<>();
  private final List<String> guesses = new ArrayList<>();

  /** A joiner that knows every word of the brief, from all its lines. */
  LineJoiner(List<TextLine> lines) {
    for (TextLine line : lines) {
      String text = line.text();
      // A word broken at this line's end is not a word of the brief.
      String whole = HYPHENATED.matcher(text).find() ? text.replaceFirst("\\S+$", "") : text;
      Matcher m = WORD.matcher(whole);
      while (m.find()) words.add(m.group().toLowerCase(Locale.ROOT).replaceAll("[-’']+$", ""));
    }
  }

  private boolean isWord(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return lower.length() >= 2 && (words.contains(lower) || English.WORDS.contains(lower));
  }

  /** English words, loaded once, when a hyphen first needs them. */
  private static final class English {
    static final Set<String> WORDS = load();

    private static Set<String> load() {
      Set<String> words = new HashSet<>(100_000);
      try (InputStream raw = LineJoiner.class.getResourceAsStream("english-words.txt.gz");
          BufferedReader in =
              new BufferedReader(
                  new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.US_ASCII))) {
        for (String line; (line = in.readLine()) != null; ) {
          if (!line.isEmpty()) words.add(line);
        }
      } catch (IOException | NullPointerException e) {
        throw new IllegalStateException("cannot read the bundled English word list", e);
      }
      return Set.copyOf(words);
    }
  }

  /** The words joined across lines without the brief deciding how, as "deter-rence". */
  List<String> guesses() {
    return guesses;
  }

  /** {@code before} followed by {@code after}, as they read when one line runs on to the next. */
  String join(String before, String after) {
    if (before.isEmpty()) return after;
    char last = before.charAt(before.length() - 1);
    Matcher hyphen = HYPHENATED.matcher(before);
    if (hyphen.find()) {
      Matcher next = CONTINUATION.matcher(after);
      if (!next.find()) return before.substring(0, before.length() - 1) + "-" + after;
      String left = hyphen.group(1);
      String right = next.group(1);
      String joined = (left + right).toLowerCase(Locale.ROOT);
      String kept = (left + "-" + right).toLowerCase(Locale.ROOT);
      boolean keep;
      if (words.contains(kept)) {
        keep = true;
      } else if (words.contains(joined)) {
        keep = false;
      } else if (English.WORDS.contains(joined)) {
        keep = false;
        // "under-standing" and "start-ups" look alike: both halves are words too.
        if (isWord(left) && isWord(right)) guesses.add(left + "-" + right + " (joined)");
      } else {
        // Two words make a compound ("long-standing"); otherwise the hyphen only broke the line.
        keep = isWord(left) && isWord(right);
        guesses.add(left + "-" + right + (keep ? " (kept the hyphen)" : " (joined)"));
      }
      String stem = before.substring(0, before.length() - 1);
      return keep ? stem + "-" + after : stem + after;
    }
    // A dash touching the word before it runs on without a space: "2021–" "2027".
    if ((last == '–' || last == '—' || last == '/')
        && before.length() > 1
        && !Character.isWhitespace(before.charAt(before.length() - 2))) {
      return before + after;
    }
    return before + " " + after;
  }
}
