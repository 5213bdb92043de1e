package org.briefbot.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.briefbot.core.Brief;
import org.briefbot.core.BriefParser;
import org.briefbot.core.Library;
import org.briefbot.core.PassageKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The entry point: any text in, a deterministic answer of cited, verbatim passages out. */
class BriefIndexTest {
  private static Library library;
  private static BriefIndex index;

  @BeforeAll
  static void buildIndex() {
    library = Library.bundled();
    index = BriefIndex.build(library);
  }

  @AfterAll
  static void closeIndex() {
    index.close();
  }

  static Stream<String> anythingTyped() {
    return Stream.of(
        "",
        " ",
        "\t\n",
        "\"",
        "\"ITPP",
        "ITPP\"",
        "'",
        "“nuclear",
        "(",
        ")",
        "[ITPP]",
        "{}",
        "AND (",
        "OR",
        "NOT",
        "*",
        "?",
        "\\",
        "-",
        "--",
        "-NATO",
        "+NATO -",
        "~2",
        "^3",
        "ITPP~",
        "section:conclusion AND trump*",
        "body:\"nuclear\"~3 OR /reg.*ex/",
        "a",
        "the",
        "what",
        "NATO " + "x".repeat(300),
        "When was the ITPP signed? ".repeat(385), // 10,010 characters
        "ITPP".repeat(2500), // 10,000 characters in one word
        "🇰🇷🤝👍🏽",
        "❤️",
        "\u0000\u0001\u0007\u001b[31m ITPP \u007f",
        "\uD83D",
        "\uFFFF\uFFFE",
        "ما هو الناتو؟",
        "מה זה נאטו",
        "\u202Ewhen was the ITPP signed\u202C",
        "'; DROP TABLE passages; --",
        "1' OR '1'='1",
        "SELECT * FROM briefs WHERE 1=1",
        "<script>alert(1)</script>",
        "%s %n %d",
        "${jndi:ldap://x}",
        "NATO\u00a0ties\u2028now");
  }

  @ParameterizedTest
  @MethodSource("anythingTyped")
  void askNeverThrowsWhateverIsTyped(String typed) {
    Answer answer = index.ask(typed);

    assertThat(answer.question()).isEqualTo(typed);
    assertThat(answer.hits()).hasSizeLessThanOrEqualTo(Question.DEFAULT_LIMIT);
    if (answer.hits().isEmpty()) assertThat(answer.abstained()).isTrue();
  }

  @Test
  void aPastedParagraphOfManyDistinctWordsIsAnsweredNotRefused() {
    StringBuilder cjk = new StringBuilder();
    for (int c = 0x4E00; c <= 0x4F55; c++) cjk.appendCodePoint(c); // 342 one-character words
    StringBuilder words = new StringBuilder("When was the ITPP signed? ");
    for (int i = 0; i < 300; i++) words.append("word").append(i).append(' ');

    assertThat(index.ask(cjk.toString()).abstained()).isTrue();
    assertThat(index.ask(words.toString()).hits()).isNotEmpty();
  }

  @Test
  void namesNoBriefMentionsAreToldAsTypedHyphensAndAll() {
    assertThat(index.ask("How many F-35s did Zorblax buy?").unknownTerms())
        .containsExactly("F-35s", "Zorblax");
    assertThat(index.ask("Does the (MQ-9B) drone feature?").unknownTerms())
        .containsExactly("MQ-9B");
    assertThat(index.ask("What did Quuxland's envoys ask of the Zorblax's fleet?").unknownTerms())
        .containsExactly("Quuxland", "Zorblax");
  }

  @Test
  void theNoteOnUnknownNamesSaysWhetherThePassagesAnswerTheRest() {
    Answer answered = index.ask("When did Zorblax sign the ITPP with NATO?");
    Answer refused = index.ask("What did Zorblax say about Quuxland's coffee harvest?");

    assertThat(answered.best()).isPresent();
    assertThat(answered.unknownTermsNote())
        .contains(
            "No brief here mentions Zorblax; these passages answer the rest of the question.");
    assertThat(refused.best()).isEmpty();
    assertThat(refused.unknownTermsNote().orElseThrow())
        .startsWith("No brief here mentions ")
        .contains("Zorblax")
        .doesNotContain("rest of the question");
    assertThat(index.ask("When was the ITPP signed?").unknownTermsNote()).isEmpty();
  }

  /** A name no brief mentions with one topic word besides asks about the name, whatever matches. */
  @Test
  void aNameNoBriefMentionsWithOneTopicWordBesidesIsRefused() {
    Answer answer = index.ask("What is the GDP of Peru?");

    assertThat(answer.abstained()).isTrue();
    assertThat(answer.unknownTerms()).containsExactly("Peru");
  }

  @Test
  void aQuestionWithNothingToSearchAbstainsWithNoHits() {
    for (String typed : List.of("", "   ", "what?", "<@U123> :wave:")) {
      Answer answer = index.ask(typed);
      assertThat(answer.abstained()).as(typed).isTrue();
      assertThat(answer.hits()).as(typed).isEmpty();
    }
  }

  @Test
  void answersTheReadmeQuestionWithTheJuly2023Passage() {
    Answer answer = index.ask("When was the ITPP signed?");

    assertThat(answer.abstained()).isFalse();
    Hit best = answer.best().orElseThrow();
    assertThat(best.passage().id()).isEqualTo("csds-2024-10#s1p2");
    assertThat(best.sentence().text())
        .isEqualTo(
            "NATO even offered South Korea an Individually "
                + "Tailored Partnership Programme (ITPP), signed in July 2023.");
    assertThat(best.citation().location()).isEqualTo("§1 \"Introduction\" ¶2");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "When was the ITPP signed?",
        "DPRK munitions to Russia",
        "hey bot, who's in the AP4?",
        "cyber",
        "What does the conclusion say?",
        "Who wrote this?",
        "K2 tanks Poland",
      })
  void hitsQuoteThePassageVerbatimWithTheirSentenceInPlace(String question) {
    for (Hit hit : index.ask(Question.of(question).withLimit(10)).hits()) {
      String source = library.passage(hit.passage().id()).orElseThrow().text();
      assertThat(hit.passage().text()).isEqualTo(source);
      assertThat(source.substring(hit.sentence().start(), hit.sentence().end()))
          .isEqualTo(hit.sentence().text());
      assertThat(hit.sentence().text()).isNotBlank();
      assertThat(hit.citation().passageId()).isEqualTo(hit.passage().id());
    }
  }

  @Test
  void hitsAreOrderedByScoreBestFirst() {
    List<Hit> hits = index.ask(Question.of("NATO cooperation").withLimit(20)).hits();

    assertThat(hits).hasSize(20);
    assertThat(hits).extracting(Hit::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
  }

  @Test
  void theLimitCapsTheHits() {
    assertThat(index.ask(Question.of("NATO").withLimit(1)).hits()).hasSize(1);
    assertThat(index.ask(Question.of("NATO").withLimit(7)).hits()).hasSize(7);
  }

  @Test
  void theSameQuestionGivesTheSameRankingAndScoresEveryTime() {
    String question = "Why does South Korea want closer ties with NATO?";
    List<String> first = ranking(index.ask(Question.of(question).withLimit(10)));

    for (int run = 0; run < 5; run++) {
      assertThat(ranking(index.ask(Question.of(question).withLimit(10)))).isEqualTo(first);
    }
  }

  @Test
  void twoSeparatelyBuiltIndexesRankAlike() {
    List<String> questions =
        List.of(
            "Why does South Korea want closer ties with NATO?",
            "DPRK munitions to Russia",
            "nuclear",
            "Stoltenbreg visit",
            "What does the conclusion say?");
    try (BriefIndex other = BriefIndex.build(Library.bundled())) {
      for (String question : questions) {
        assertThat(ranking(other.ask(Question.of(question).withLimit(10))))
            .as(question)
            .isEqualTo(ranking(index.ask(Question.of(question).withLimit(10))));
      }
    }
  }

  @Test
  void tiesAreBrokenByPassageOrder() {
    // Naming a part of the brief, and nothing else, scores its passages alike.
    List<Hit> hits = index.ask(Question.of("What does the conclusion say?").withLimit(3)).hits();

    assertThat(hits)
        .extracting(h -> h.passage().id())
        .containsExactly("csds-2024-10#s4p1", "csds-2024-10#s4p2", "csds-2024-10#s4p3");
    assertThat(hits).extracting(Hit::score).containsOnly(hits.get(0).score());
  }

  @Test
  void whoWroteTheBriefIsAnsweredFromTheHeader() {
    Hit best = index.ask("Who wrote this brief?").best().orElseThrow();

    assertThat(best.passage().id()).isEqualTo("csds-2024-10#meta");
    assertThat(best.sentence().text()).isEqualTo("By Ramon Pacheco Pardo");
  }

  @Test
  void theIssnIsAnsweredFromTheFooter() {
    Hit best = index.ask("What is the ISSN?").best().orElseThrow();

    assertThat(best.passage().id()).isEqualTo("csds-2024-10#footer");
    assertThat(best.sentence().text()).contains("2983-466X");
  }

  @Test
  void thePublisherIsAnsweredFromTheFooter() {
    Hit best = index.ask("Who published it?").best().orElseThrow();

    assertThat(best.passage().id()).isEqualTo("csds-2024-10#footer");
    assertThat(best.sentence().text()).contains("Centre for Security, Diplomacy and Strategy");
  }

  @Test
  void thePublicationDateIsAnsweredFromTheHeader() {
    Hit best = index.ask("When was this brief published?").best().orElseThrow();

    assertThat(best.passage().id()).isEqualTo("csds-2024-10#meta");
    assertThat(best.sentence().text()).isEqualTo("15.4.2024");
  }

  @Test
  void theSeriesIsAnsweredFromTheHeader() {
    Hit best = index.ask("Which series is this brief part of?").best().orElseThrow();

    assertThat(best.passage().id()).isEqualTo("csds-2024-10#meta");
    assertThat(best.sentence().text()).isEqualTo("CSDS POLICY BRIEF • 10/2024");
  }

  @Test
  void aMisspellingIsAnsweredAndSuggested() {
    Answer answer = index.ask("Stoltenbreg visit");

    assertThat(answer.suggestion()).contains("Stoltenberg visit");
    assertThat(answer.best().orElseThrow().sentence().text())
        .contains("Stoltenberg made a much-publicised visit to Seoul in January 2023");
  }

  @Test
  void anotherNameForAnActorFindsThePassageUsingTheBriefsName() {
    Hit best =
        index
            .ask("When did the Republic of Korea open its mission to the alliance?")
            .best()
            .orElseThrow();

    assertThat(best.sentence().text())
        .isEqualTo(
            "In November 2022, South Korea established its mission to NATO, providing Seoul "
                + "with a permanent official representation to the organisation.");
  }

  @Test
  void anExcludedWordKeepsItsPassagesOut() {
    List<Hit> hits = index.ask(Question.of("NATO alliance -Trump").withLimit(20)).hits();

    assertThat(hits).isNotEmpty();
    assertThat(hits).noneMatch(hit -> hit.passage().text().contains("Trump"));
  }

  @Test
  void aQuotedPhraseMustAppearInEveryHit() {
    List<Hit> hits = index.ask(Question.of("\"Nuclear Planning Group\" NATO").withLimit(20)).hits();

    assertThat(hits).isNotEmpty();
    assertThat(hits).allMatch(hit -> hit.passage().text().contains("Nuclear Planning Group"));
  }

  @Test
  void inBriefAnswersFromThatBriefOnly() {
    Library two =
        Library.of(
            List.of(
                library.briefs().get(0),
                BriefParser.parse("kelvar.md", TestBriefs.harbour("kelvar", "Kelvar", 1))));
    try (BriefIndex both = BriefIndex.build(two)) {
      String question = "How much was the harbour budget of Kelvar?";
      assertThat(both.ask(question).best().orElseThrow().passage().briefId()).isEqualTo("kelvar");

      Answer kelvar = both.ask(Question.of(question).withLimit(10).inBrief("kelvar"));
      assertThat(kelvar.hits()).isNotEmpty().allMatch(h -> h.passage().briefId().equals("kelvar"));

      Answer csds =
          both.ask(Question.of("When was the ITPP signed?").withLimit(10).inBrief("csds-2024-10"));
      assertThat(csds.hits())
          .isNotEmpty()
          .allMatch(h -> h.passage().briefId().equals("csds-2024-10"));

      Answer elsewhere = both.ask(Question.of(question).withLimit(10).inBrief("csds-2024-10"));
      assertThat(elsewhere.hits()).noneMatch(h -> h.passage().briefId().equals("kelvar"));
    }
  }

  @Test
  void aQuestionAboutThePaperItselfIsAnsweredForEachBriefItFitsAlike() {
    Library three =
        Library.of(
            List.of(
                BriefParser.parse(
                    "tides.md",
                    TestBriefs.published("tides", "tidal energy", "Ana Lobo", "3 March 2025")),
                BriefParser.parse(
                    "salt.md",
                    TestBriefs.published("salt", "salt marsh", "Ben Okoro", "9 May 2025")),
                BriefParser.parse(
                    "kites.md",
                    TestBriefs.published("kites", "kite surveillance", "Cy Tan", "1 June 2025"))));
    try (BriefIndex index = BriefIndex.build(three)) {
      // Asked for one passage, yet every brief's header comes: cutting the list would answer for
      // one brief and silently not for the others.
      Answer who = index.ask(Question.of("Who wrote this paper?").withLimit(1));

      assertThat(who.answersEachBrief()).isTrue();
      assertAnsweredForEach(who, "tides", "salt", "kites");
      assertThat(who.hits().subList(0, 3)).allMatch(h -> h.passage().kind() == PassageKind.HEADER);
      assertThat(who.eachBriefNote())
          .contains("The question fits 3 briefs alike; here is each one's answer.");

      Answer named = index.ask("Who wrote the brief on salt marsh?");
      assertAnsweredFrom(named, "salt");
      // The title names the subject the question names, yet the byline answers it.
      assertThat(named.best().orElseThrow().sentence().text()).isEqualTo("By Ben Okoro");

      Answer content = index.ask("What do they recommend for tidal energy?");
      assertThat(content.answersEachBrief()).isFalse();
      assertThat(content.eachBriefNote()).isEmpty();
    }
  }

  @Test
  void aQuestionAboutThePaperIsAnsweredByEachBriefsFooterOrHeader() {
    Library three =
        Library.of(
            List.of(
                withFooter(
                    "tides",
                    "tidal energy",
                    "Ana Lobo",
                    "Published by the Tidewater Institute, Lisbon. ISSN 1111-2222"),
                withFooter(
                    "salt",
                    "salt marsh",
                    "Ben Okoro",
                    "Published by the Saltire Foundation, Oslo. ISSN 3333-4444"),
                withFooter("kites", "kite surveillance", "Cy Tan", "")));
    try (BriefIndex index = BriefIndex.build(three)) {
      // The best match is a footer, and one brief has none: its header, which names its series,
      // answers for it.
      Answer publisher = index.ask("Which think tank puts out this paper?");
      assertAnsweredForEach(publisher, "tides", "salt", "kites");

      // A name the question gives picks its brief, though no paragraph mentions it.
      Answer issn = index.ask("Which paper has ISSN 3333-4444?");
      assertAnsweredFrom(issn, "salt");
      Answer author = index.ask("What has Ana Lobo written?");
      assertAnsweredFrom(author, "tides");
    }
  }

  @Test
  void aWordOnlyOneFooterHasDoesNotSayWhichPaperIsMeant() {
    Library three =
        Library.of(
            List.of(
                withFooter(
                    "tides",
                    "tidal energy",
                    "Ana Lobo",
                    "Published by the Tidewater Institute, an independent think tank in Lisbon."),
                withFooter(
                    "salt", "salt marsh", "Ben Okoro", "Published by the Saltire Foundation."),
                withFooter("kites", "kite surveillance", "Cy Tan", "")));
    // "think tank" is in one footer only: it describes a publisher, it does not name a brief,
    // so "this paper" still means each of them.
    // The brief's subject, which its passages repeat, still names it.
    assertForEachButNamed(
        three,
        "Which think tank publishes this paper?",
        "Which think tank publishes the paper on salt marsh?",
        "salt");
  }

  @Test
  void aWordTheFirstFooterAnswersDoesNotSayWhichPaperIsMeantHoweverOftenItsBriefSaysIt() {
    Library three =
        Library.of(
            List.of(
                BriefParser.parse(
                    "tides.md",
                    TestBriefs.published("tides", "tidal energy", "Ana Lobo", "3 March 2025")
                        + "\nCost estimates based on two pilot sites are too thin.\n\n"
                        + "A tariff based on output would reward the best sites.\n"
                        + "\n---\nPublished by the Tejomar Institute, a think tank based in"
                        + " Lisbon.\n"),
                withFooter(
                    "salt", "salt marsh", "Ben Okoro", "Published by the Saltire Trust, Oslo."),
                withFooter("kites", "kite surveillance", "Cy Tan", "")));
    // "based" runs through the tides brief, but the question asks it of a publisher, as the
    // tides footer answers it; the other briefs never say it, and "this paper" still means each.
    // A name in the footer still picks its brief.
    assertForEachButNamed(
        three,
        "Which think tank publishes this paper and where is it based?",
        "Where is the Tejomar Institute based?",
        "tides");
  }

  @Test
  void aWordMostBriefsMentionDoesNotSayWhichPaperIsMeant() {
    String puts = "\nThe plan put forward is cheap.\n\nCritics put the cost higher.\n";
    Library three =
        Library.of(
            List.of(
                BriefParser.parse(
                    "tides.md",
                    TestBriefs.published("tides", "tidal energy", "Ana Lobo", "3 March 2025")
                        + puts
                        + "\n---\nPublished by the Tidewater Institute, a think tank in Lisbon.\n"),
                BriefParser.parse(
                    "salt.md",
                    TestBriefs.published("salt", "salt marsh", "Ben Okoro", "9 May 2025")
                        + puts
                        + "\n---\nPublished by the Saltire Trust, a think tank in Oslo.\n"),
                withFooter(
                    "kites",
                    "kite surveillance",
                    "Cy Tan",
                    "Published by the Kestrel Forum, a think tank.")));
    // "put" runs through two of the three briefs: it is how the question is worded, not which
    // paper it means, so the third, which never says it, is answered too.
    // A word only one brief repeats still names it.
    assertForEachButNamed(
        three,
        "Which think tank puts out this paper?",
        "Which think tank publishes the paper on salt marsh?",
        "salt");
  }

  @Test
  void everyBriefsHeaderAndFooterIsWeighedWhenTheBestMatchIsAboutABrief() {
    // Forty briefs whose paragraphs and footers say "think tank" and "based" again and again
    // crowd the best matches; the header and footer of one more share no word with the question.
    List<Brief> briefs = new ArrayList<>();
    for (int n = 0; n < 40; n++) {
      String id = TestBriefs.place(n).toLowerCase(Locale.ROOT);
      StringBuilder text =
          new StringBuilder(
              "---\nId: " + id + "\n---\n# The " + id + " question\nBy Ana Lobo\n3 March 2025\n");
      text.append("\n## Where things stand\n");
      for (int p = 0; p < 6; p++) {
        text.append("\nThe think tank study ")
            .append(p)
            .append(" on ")
            .append(id)
            .append(" is based on interviews.\n");
      }
      text.append("\n---\nPublished by a think tank based in ").append(TestBriefs.place(100 + n));
      briefs.add(BriefParser.parse(id + ".md", text + ".\n"));
    }
    briefs.add(
        BriefParser.parse(
            "tides.md",
            "---\nId: tides\n---\n# The tidal energy question\nBy Cy Tan\n3 March 2025\n\n"
                + "## Where things stand\n\nMinisters have argued about tidal energy for a decade.\n"
                + "\n---\nOstmark Centre, Bergen.\n"));
    try (BriefIndex index = BriefIndex.build(Library.of(briefs))) {
      Question publisher =
          Question.of("Which think tank publishes this paper and where is it based?");

      // Weighed, it can answer for its brief (which of a brief's passages answers is the
      // ranking's call); left out, it could not.
      assertThat(index.trace(publisher, false).candidates())
          .extracting(c -> c.evidence().passage().id())
          .contains("tides#meta", "tides#footer");
      // A question about what briefs argue gets no such help.
      assertThat(
              index
                  .trace(Question.of("What is the think tank study based on?"), false)
                  .candidates())
          .extracting(c -> c.evidence().passage().id())
          .doesNotContain("tides#meta", "tides#footer");
    }
  }

  /**
   * Of the tides, salt and kites briefs, a question about the paper itself is answered for each,
   * and a question naming one brief's subject from that brief alone.
   */
  private static void assertForEachButNamed(
      Library three, String aboutThePaper, String naming, String namedBrief) {
    try (BriefIndex index = BriefIndex.build(three)) {
      assertAnsweredForEach(index.ask(aboutThePaper), "tides", "salt", "kites");
      assertAnsweredFrom(index.ask(naming), namedBrief);
    }
  }

  /** The answer is a single brief's, not one for each brief. */
  private static void assertAnsweredFrom(Answer answer, String briefId) {
    assertThat(answer.answersEachBrief()).isFalse();
    assertThat(answer.best().orElseThrow().passage().briefId()).isEqualTo(briefId);
  }

  /** The answer is one per brief, first, for exactly these briefs in any order. */
  private static void assertAnsweredForEach(Answer answer, String... briefIds) {
    assertThat(answer.eachBrief()).isEqualTo(briefIds.length);
    assertThat(answer.hits().subList(0, briefIds.length))
        .extracting(h -> h.passage().briefId())
        .containsExactlyInAnyOrder(briefIds);
  }

  private static Brief withFooter(String id, String topic, String author, String footer) {
    return BriefParser.parse(
        id + ".md",
        TestBriefs.published(id, topic, author, "3 March 2025")
            + (footer.isEmpty() ? "" : "\n---\n" + footer + "\n"));
  }

  @Test
  void aQuestionAboutAPartEveryBriefHasIsAnsweredForEach() {
    Library two =
        Library.of(
            List.of(
                BriefParser.parse("kelvar.md", TestBriefs.harbour("kelvar", "Kelvar", 1)),
                BriefParser.parse("ostra.md", TestBriefs.harbour("ostra", "Ostra", 2))));
    try (BriefIndex index = BriefIndex.build(two)) {
      Answer last = index.ask(Question.of("What does the conclusion say?").withLimit(1));

      assertThat(last.eachBrief()).isEqualTo(2);
      assertThat(last.hits().subList(0, 2))
          .extracting(h -> h.passage().id())
          .containsExactlyInAnyOrder("kelvar#s2p1", "ostra#s2p1");

      Answer named = index.ask("What does the conclusion say about Ostra's budget?");
      assertThat(named.answersEachBrief()).isFalse();
      assertThat(named.best().orElseThrow().passage().id()).isEqualTo("ostra#s2p1");
    }
  }

  @Test
  void aPartEveryBriefHasIsFoundInEachOfManyBriefs() {
    List<Brief> briefs = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String place = TestBriefs.place(i);
      StringBuilder text = new StringBuilder("---\nId: " + place + "\n---\n\n## Shipping\n\n");
      for (int p = 1; p <= 6; p++) {
        text.append("Ships of ")
            .append(place)
            .append(" sailed on route ")
            .append(p)
            .append(".\n\n");
      }
      text.append("## Outlook\n\n").append(place).append(" will build a second quay.\n");
      briefs.add(BriefParser.parse(place + ".md", text.toString()));
    }
    try (BriefIndex index = BriefIndex.build(Library.of(briefs))) {
      // More passages than the search keeps as candidates, all matching the question alike.
      assertThat(index.passageCount()).isGreaterThan(200);

      Answer conclusions = index.ask(Question.of("What does the conclusion say?").withLimit(1));

      assertThat(conclusions.eachBrief()).isEqualTo(40);
      assertThat(conclusions.hits().subList(0, 40))
          .extracting(h -> h.passage().id())
          .containsExactlyInAnyOrderElementsOf(briefs.stream().map(b -> b.id() + "#s2p1").toList());
    }
  }

  /**
   * A brief's subject word ("lagoon") is in most of its passages, so asked of it alone the word
   * weighs little and the passage answering the rest of the question wins. Among briefs that never
   * say it, the word is rare in the library and would lift the passages repeating it, while the
   * other briefs make the answer's own words common; the brief must still answer as it does alone.
   */
  @Test
  void aBriefAnswersAsItDoesAloneWhateverElseIsLoaded() {
    Brief lagoon =
        BriefParser.parse(
            "lagoon.md",
            """
            ---
            Id: lagoon
            ---

            ## The lagoon

            The lagoon city of Varnholm depends on its lagoon for trade and food.

            Lagoon ferries are painted blue, and the lagoon ferry fleet is old and slow.

            The ferry service started in March 1998 with two boats from the harbour.

            The lagoon freezes most winters, and the lagoon fishermen then stop work.

            Tourism on the lagoon grew after the lagoon museum opened.
            """);
    List<Brief> library = new ArrayList<>(List.of(lagoon));
    for (int i = 0; i < 12; i++) {
      String place = TestBriefs.place(i);
      library.add(
          BriefParser.parse(
              place + ".md",
              "---\nId: "
                  + place
                  + "\n---\n\n## Transport\n\n"
                  + "The rail service of "
                  + place
                  + " started in 2001.\n\n"
                  + "A bus service started to serve "
                  + place
                  + " later.\n"));
    }
    String question = "When did the lagoon ferry service start?";
    String answer = "lagoon#s1p3";
    try (BriefIndex alone = BriefIndex.build(Library.of(List.of(lagoon)));
        BriefIndex all = BriefIndex.build(Library.of(library))) {
      assertThat(alone.ask(question).best().orElseThrow().passage().id()).isEqualTo(answer);

      Hit best = all.ask(question).best().orElseThrow();

      assertThat(best.passage().id()).isEqualTo(answer);
      assertThat(best.sentence().text()).contains("March 1998");
    }
  }

  /**
   * A capital stands for its government, in two words as in one, and neither word is taken for a
   * misspelling of a word the brief uses ("Addis" is one letter pair from "added").
   */
  @Test
  void aCapitalOfTwoWordsAsksAboutItsCountry() {
    Brief horn =
        BriefParser.parse(
            "horn.md",
            """
            ---
            Id: horn
            ---

            ## Debt

            Kenya added new loans from commercial lenders in 2024.

            Ethiopia asked for a debt treatment in 2021, and the civil war then stalled the talks.

            The creditor committee met in Paris twice.
            """);
    try (BriefIndex horns = BriefIndex.build(Library.of(List.of(horn)))) {
      Answer answer = horns.ask("What stalled Addis Ababa's debt treatment?");

      assertThat(answer.suggestion()).isEmpty();
      assertThat(answer.unknownTerms()).isEmpty();
      assertThat(answer.best().orElseThrow().passage().id()).isEqualTo("horn#s1p2");
    }
  }

  @Test
  void aBriefIdNotInTheLibraryGivesNoHits() {
    Answer answer = index.ask(Question.of("When was the ITPP signed?").inBrief("no-such-brief"));

    assertThat(answer.hits()).isEmpty();
    assertThat(answer.abstained()).isTrue();
  }

  @Test
  void knowsItsLibraryAndPassageCount() {
    assertThat(index.library().briefs()).extracting(b -> b.id()).containsExactly("csds-2024-10");
    // 3 key issues, 4 + 5 + 6 + 3 paragraphs, the header and the footer.
    assertThat(index.passageCount()).isEqualTo(23);
  }

  private static List<String> ranking(Answer answer) {
    return answer.hits().stream().map(h -> h.passage().id() + " " + h.score()).toList();
  }
}
