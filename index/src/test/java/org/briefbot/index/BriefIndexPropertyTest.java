package org.briefbot.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterDirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.briefbot.core.Brief;
import org.briefbot.core.BriefParser;
import org.briefbot.core.Library;
import org.briefbot.index.analysis.BriefAnalyzer;
import org.briefbot.index.analysis.SynonymTable;
import org.briefbot.index.analysis.TextAnalysis;
import org.briefbot.index.question.ChatCleaner;
import org.briefbot.index.ranking.AnswerPipeline;
import org.briefbot.index.store.IndexView;
import org.briefbot.index.store.PassageDocuments;

/**
 * Anything typed as a question gets an {@link Answer}, never an exception, and the work an answer
 * takes is bounded by what the pipeline does whatever is typed: the question is cut to a fixed
 * length before it is analysed ({@link ChatCleaner#MAX_CHARS}), and at most a fixed number of
 * candidate passages are fetched from the index (counted here as stored documents read). The
 * library has more passages than that cap, so the cap is what bounds it.
 */
class BriefIndexPropertyTest {
  /** AnswerPipeline.CANDIDATES: the passages BM25 hands to the reranker, at most. */
  static final int CANDIDATE_CAP = 200;

  private static Library library;
  private static BriefIndex index;
  private static AnswerPipeline pipeline;
  private static IndexView countingView;
  private static final LongAdder storedReads = new LongAdder();

  @BeforeContainer
  static void buildIndexes() throws IOException {
    List<Brief> briefs = new ArrayList<>(Library.bundled().briefs());
    for (int i = 0; i < 60; i++) {
      String place = TestBriefs.place(i);
      briefs.add(
          BriefParser.parse(place + ".md", TestBriefs.harbour(place.toLowerCase(), place, i)));
    }
    library = Library.of(briefs);
    index = BriefIndex.build(library);
    TextAnalysis analysis = new TextAnalysis(new BriefAnalyzer());
    pipeline = new AnswerPipeline(analysis, SynonymTable.defaults(analysis));
    ByteBuffersDirectory directory = new ByteBuffersDirectory();
    PassageDocuments.write(directory, library, Map.of());
    countingView = new IndexView(library, new CountingReader(DirectoryReader.open(directory)));
    assertThat(library.passages().size()).isGreaterThan(CANDIDATE_CAP);
  }

  @AfterContainer
  static void closeIndexes() {
    index.close();
    countingView.release();
  }

  /**
   * Found by the property below: with NATO excluded, this question's best passages are the headers
   * of all 51 briefs, which it fits alike, so it is answered for each of the first fifty, past a
   * limit of one. That is the contract (an answer for each brief is shown whole); the property once
   * asserted the plain limit and failed on it.
   */
  @Example
  void anAnswerForEachBriefMayPassTheLimitButNoMoreThanItsBriefs() {
    Answer answer = index.ask(new Question("key issues -NATO ", 1, Optional.empty()));

    assertThat(answer.hits()).hasSizeLessThanOrEqualTo(Math.max(1, answer.eachBrief()));
    assertThat(answer.eachBrief()).isLessThanOrEqualTo(Question.MAX_LIMIT);
    assertThat(answer.hits().subList(0, answer.eachBrief()))
        .extracting(hit -> hit.passage().briefId())
        .doesNotHaveDuplicates();
  }

  @Property(tries = 300)
  void anythingTypedGetsAnAnswerInBoundedWork(
      @ForAll("typed") String typed,
      @ForAll("limits") int limit,
      @ForAll("briefFilters") Optional<String> brief) {
    Question question = new Question(typed, limit, brief);

    Answer answer = index.ask(question);

    assertThat(answer.question()).isEqualTo(typed);
    // The limit holds, except that an answer for each brief is shown whole (at most MAX_LIMIT).
    assertThat(answer.hits()).hasSizeLessThanOrEqualTo(Math.max(limit, answer.eachBrief()));
    assertThat(answer.eachBrief()).isLessThanOrEqualTo(Question.MAX_LIMIT);
    if (answer.abstained()) assertThat(answer.hits()).hasSizeLessThanOrEqualTo(limit);
    if (answer.hits().isEmpty()) assertThat(answer.abstained()).isTrue();
    for (Hit hit : answer.hits()) {
      assertThat(library.passage(hit.passage().id())).contains(hit.passage());
      brief
          .filter(id -> library.brief(id).isPresent())
          .ifPresent(id -> assertThat(hit.passage().briefId()).isEqualTo(id));
    }
    answer.suggestion().ifPresent(s -> assertThat(s).isNotBlank());
    assertThat(answer.unknownTerms()).allSatisfy(t -> assertThat(t).isNotBlank());

    assertThat(ChatCleaner.clean(typed)).hasSizeLessThanOrEqualTo(ChatCleaner.MAX_CHARS);
    long before = storedReads.sum();
    Answer counted = pipeline.answer(question, countingView, null);
    long reads = storedReads.sum() - before;
    assertThat(reads).isLessThanOrEqualTo(CANDIDATE_CAP);
    assertThat(counted.hits()).isEqualTo(answer.hits());
    Statistics.label("answer").collect(answer.abstained() ? "abstained" : "answered");
    Statistics.label("length")
        .collect(
            typed.length() > 4 * ChatCleaner.MAX_CHARS
                ? "over 4,000"
                : typed.length() > ChatCleaner.MAX_CHARS ? "1,000 to 4,000" : "up to 1,000");
  }

  /**
   * Beyond four times {@link ChatCleaner#MAX_CHARS} characters nothing more is even read: a
   * question of up to 20,000 characters gets the answer its first 4,000 get.
   */
  @Property(tries = 15)
  void aLongQuestionIsAnsweredAsItsFirstFourThousandCharacters(@ForAll("long") String typed) {
    String cut = typed.substring(0, 4 * ChatCleaner.MAX_CHARS);

    Answer whole = index.ask(typed);
    Answer first = index.ask(cut);

    assertThat(whole.hits()).isEqualTo(first.hits());
    assertThat(whole.abstained()).isEqualTo(first.abstained());
    assertThat(whole.suggestion()).isEqualTo(first.suggestion());
    assertThat(whole.unknownTerms()).isEqualTo(first.unknownTerms());
  }

  // ---- what people type

  private static final List<String> PIECES =
      List.of(
          "When was the ITPP signed?",
          "who are the AP4",
          "DPRK munitions to Russia",
          "NATO",
          "Seoul",
          "K2 tanks Poland",
          "cyber",
          "What does the conclusion say?",
          "Who wrote this?",
          "when was it published",
          "key issues",
          "the footer",
          "ISSN",
          "section 2",
          "paragraph 3",
          "How many cargo ships did the lighthouse keepers of Kelab count?",
          "harbour budget",
          "Kelac",
          "edition 7",
          "Stoltenbreg",
          "NATOO",
          "comback",
          "budgetary",
          "per cent",
          "what",
          "the",
          "a",
          "?",
          "?!",
          "...",
          "\"",
          "\"Individually Tailored\"",
          "'AP4'",
          "“nuclear",
          "-NATO",
          "- NATO",
          "+NATO",
          "NATO -",
          "*",
          "~2",
          "^3",
          "AND",
          "OR",
          "NOT",
          "(",
          ")",
          "[",
          "]",
          "{}",
          "\\",
          "/",
          ":",
          "section:conclusion",
          "body:nuclear~3",
          "/reg.*ex/",
          "trump*",
          "<@U123>",
          "<@!1400000000000000004>",
          "<#C1|general>",
          "<!channel>",
          "<!here|here>",
          "@here",
          "@everyone",
          "<@&1200000000000000002>",
          "<https://example.org|the link>",
          "https://x.y/z?q=1",
          "<mailto:a@b.c|mail>",
          "*bold*",
          "_italic_",
          "~strike~",
          "`code`",
          "```block```",
          "> quoted",
          "||spoiler||",
          ":wave:",
          ":+1::skin-tone-3:",
          "👍🏽",
          "🇰🇷",
          "❤️",
          "\u200D",
          "\uFE0F",
          "hey bot,",
          "hi there!",
          "thanks",
          "um",
          "quick question:",
          "can you tell me",
          "I'd like to know",
          "please",
          "ما هو الناتو؟",
          "מה זה נאטו",
          "\u202E",
          "İstanbul",
          "ß",
          "ﬁnance",
          "NATO\u00a0ties",
          "\u2028",
          "%s %n",
          "${jndi:ldap://x}",
          "'; DROP TABLE x; --",
          "\u0000",
          "\u0007",
          "\u001b[31m",
          "\uD83D",
          "\uFFFF",
          "\t",
          "\n",
          "\r\n");

  @Provide
  Arbitrary<String> typed() {
    Arbitrary<String> piece = Arbitraries.of(PIECES);
    Arbitrary<String> separator = Arbitraries.of(" ", " ", " ", "", ",", "\n", "  ");
    Arbitrary<String> chat =
        Combinators.combine(piece, separator)
            .as((p, s) -> p + s)
            .list()
            .ofMaxSize(16)
            .map(parts -> String.join("", parts));
    return Arbitraries.frequencyOf(
        Tuple.of(5, chat),
        Tuple.of(2, Arbitraries.strings().all().ofMaxLength(300)),
        Tuple.of(1, Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(300)),
        Tuple.of(1, longText(1_000, 4_500)));
  }

  @Provide("long")
  Arbitrary<String> longQuestions() {
    return longText(4 * ChatCleaner.MAX_CHARS + 1, 20_000);
  }

  /** Chat pieces (or one word, or nothing but spaces) repeated to a length in the range. */
  private static Arbitrary<String> longText(int min, int max) {
    Arbitrary<String> unit =
        Arbitraries.oneOf(
            Arbitraries.of(PIECES)
                .list()
                .ofMinSize(1)
                .ofMaxSize(8)
                .map(p -> String.join(" ", p) + " "),
            Arbitraries.of("ITPP", "x", " ", "- ", "\"", "🇰🇷"));
    return Combinators.combine(unit, Arbitraries.integers().between(min, max))
        .as(
            (u, length) -> {
              StringBuilder out = new StringBuilder(length + u.length());
              while (out.length() < length) out.append(u);
              return out.toString();
            });
  }

  @Provide
  Arbitrary<Integer> limits() {
    return Arbitraries.oneOf(
        Arbitraries.of(1, 3, Question.MAX_LIMIT),
        Arbitraries.integers().between(1, Question.MAX_LIMIT));
  }

  @Provide
  Arbitrary<Optional<String>> briefFilters() {
    return Arbitraries.of("csds-2024-10", "kelab", "no-such-brief", "", "CSDS-2024-10")
        .optional(0.3);
  }

  /** A reader that counts every stored document read, on any segment. */
  private static final class CountingReader extends FilterDirectoryReader {
    CountingReader(DirectoryReader in) throws IOException {
      super(
          in,
          new SubReaderWrapper() {
            @Override
            public LeafReader wrap(LeafReader reader) {
              return new CountingLeaf(reader);
            }
          });
    }

    @Override
    protected DirectoryReader doWrapDirectoryReader(DirectoryReader in) throws IOException {
      return new CountingReader(in);
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
      return null;
    }
  }

  private static final class CountingLeaf extends FilterLeafReader {
    CountingLeaf(LeafReader in) {
      super(in);
    }

    @Override
    public StoredFields storedFields() throws IOException {
      StoredFields fields = in.storedFields();
      return new StoredFields() {
        @Override
        public void document(int docID, StoredFieldVisitor visitor) throws IOException {
          storedReads.increment();
          fields.document(docID, visitor);
        }
      };
    }

    @Override
    public CacheHelper getCoreCacheHelper() {
      return null;
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
      return null;
    }
  }
}
