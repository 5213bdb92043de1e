package org.briefbot.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.briefbot.index.Embedder;
import org.briefbot.index.ranking.AnswerModels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped about model, read off the real embeddings: it tells a question about a paper itself
 * from one about what the paper says, in wordings of our own that share no word with a byline or a
 * footer, so no list of words could tell them.
 */
class AboutModelTest {
  private static Embedder embedder;

  @BeforeAll
  static void load() {
    embedder = new E5EmbedderProvider().load();
  }

  @Test
  void questionsAboutThePaperItselfAreToldFromQuestionsAboutItsContent() {
    AnswerModels models = AnswerModels.bundled();
    List<String> aboutThePaper =
        List.of(
            "Who put this paper out?",
            "Which organisation is behind this paper?",
            "Who are the writers of this policy paper?",
            "When did this come out?");
    List<String> aboutItsContent =
        List.of(
            "When was the ITPP signed?",
            "Why did Seoul and NATO start talking to each other?",
            "How many artillery shells went to Europe?",
            "What should the alliance do next?");

    for (String question : aboutThePaper) {
      assertThat(models.aboutChance(embedder.embedQuery(question))).as(question).isGreaterThan(0.5);
    }
    for (String question : aboutItsContent) {
      assertThat(models.aboutChance(embedder.embedQuery(question))).as(question).isLessThan(0.5);
    }
  }
}
