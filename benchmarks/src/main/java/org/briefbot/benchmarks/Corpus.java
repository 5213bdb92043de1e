package org.briefbot.benchmarks;

import java.util.ArrayList;
import java.util.List;
import org.briefbot.core.Brief;
import org.briefbot.core.Library;

/** The libraries the benchmarks run on: the bundled brief plus some number of Europarl briefs. */
final class Corpus {
  /** Questions about the bundled brief, of the kinds people ask; asked in turn. */
  static final List<String> QUESTIONS =
      List.of(
          "When was the ITPP signed?",
          "who are the AP4?",
          "DPRK munitions to Russia",
          "When did Seoul open its NATO mission?",
          "Who wrote this?",
          "What does South Korea want from NATO?",
          "Why does NATO care about the Indo-Pacific?",
          "how much does korea spend on defence",
          "What happened at the Vilnius summit?",
          "Is China mentioned as a threat?",
          "what are the key issues",
          "what did stoltenberg say in seoul");

  private Corpus() {}

  /** The bundled brief and the first {@code distractors} Europarl documents as briefs. */
  static Library withDistractors(int distractors) {
    List<Brief> briefs = new ArrayList<>(Library.bundled().briefs());
    briefs.addAll(EuroparlBriefs.briefs(distractors));
    return Library.of(briefs);
  }
}
