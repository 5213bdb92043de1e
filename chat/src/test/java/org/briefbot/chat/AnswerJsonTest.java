package org.briefbot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.briefbot.core.Library;
import org.briefbot.index.Answer;
import org.briefbot.index.BriefIndex;
import org.briefbot.index.Question;
import org.junit.jupiter.api.Test;

/** {@link AnswerJson}: the batch contract's object, one line, shared by the CLI and the web API. */
class AnswerJsonTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void writesAnAnswerAsOneLineWithTheContractsFields() throws Exception {
    Answer answer;
    try (BriefIndex index = BriefIndex.build(Library.bundled())) {
      answer = index.ask(new Question("When was the ITPP signed?", 2, Optional.empty()));
    }

    String line = AnswerJson.answer(answer);

    assertThat(line).doesNotContain("\n");
    JsonNode root = JSON.readTree(line);
    assertThat(root.fieldNames())
        .toIterable()
        .containsExactly(
            "question",
            "abstained",
            "suggestion",
            "hits",
            "unknown_terms",
            "each_brief",
            "each_brief_note",
            "unknown_terms_note",
            "cautioned",
            "caution_note");
    assertThat(root.get("each_brief").asInt()).isZero();
    assertThat(root.get("each_brief_note").isNull()).isTrue();
    assertThat(root.get("unknown_terms_note").isNull()).isTrue();
    JsonNode hit = root.get("hits").get(0);
    assertThat(hit.fieldNames())
        .toIterable()
        .containsExactly(
            "id",
            "citation",
            "section",
            "paragraph",
            "text",
            "sentence",
            "score",
            "brief",
            "reference");
    assertThat(hit.get("id").asText()).isEqualTo("csds-2024-10#s1p2");
    assertThat(hit.get("sentence").asText()).contains("July 2023");
    assertThat(root.get("hits")).hasSize(2);
  }

  @Test
  void anErrorCarriesEveryFieldOfAnAnswerAndTheMessage() throws Exception {
    JsonNode root = JSON.readTree(AnswerJson.error("  ", "empty question"));

    assertThat(root.get("question").asText()).isEqualTo("  ");
    assertThat(root.get("abstained").asBoolean()).isTrue();
    assertThat(root.get("suggestion").isNull()).isTrue();
    assertThat(root.get("hits")).isEmpty();
    assertThat(root.get("unknown_terms")).isEmpty();
    assertThat(root.get("each_brief").asInt()).isZero();
    assertThat(root.get("each_brief_note").isNull()).isTrue();
    assertThat(root.get("unknown_terms_note").isNull()).isTrue();
    assertThat(root.get("cautioned").asBoolean()).isFalse();
    assertThat(root.get("caution_note").isNull()).isTrue();
    assertThat(root.get("error").asText()).isEqualTo("empty question");
  }

  @Test
  void keepsTheUnknownTermsAsTyped() throws Exception {
    Answer answer = new Answer("Putin?", List.of(), Optional.of("Putin"), true, List.of("Putin"));

    JsonNode root = JSON.readTree(AnswerJson.answer(answer));

    assertThat(root.get("unknown_terms").get(0).asText()).isEqualTo("Putin");
    assertThat(root.get("suggestion").asText()).isEqualTo("Putin");
    assertThat(root.get("unknown_terms_note").asText()).isEqualTo("No brief here mentions Putin.");
  }

  @Test
  void carriesTheNotesAsTheLibraryWordsThem() throws Exception {
    Answer answer;
    try (BriefIndex index = BriefIndex.build(Library.bundled())) {
      answer = index.ask(new Question("When did Zorblax sign the ITPP?", 3, Optional.empty()));
    }
    assertThat(answer.unknownTerms()).containsExactly("Zorblax");

    JsonNode root = JSON.readTree(AnswerJson.answer(answer));

    assertThat(root.get("unknown_terms_note").asText())
        .isEqualTo(answer.unknownTermsNote().orElseThrow())
        .contains("Zorblax");
  }

  @Test
  void aCautionedAnswerCarriesTheFlagAndItsNote() throws Exception {
    Answer answered;
    try (BriefIndex index = BriefIndex.build(Library.bundled())) {
      answered = index.ask(new Question("When was the ITPP signed?", 2, Optional.empty()));
    }
    Answer cautioned =
        new Answer(
            answered.question(),
            answered.hits(),
            answered.suggestion(),
            false,
            answered.unknownTerms(),
            0,
            true);

    JsonNode root = JSON.readTree(AnswerJson.answer(cautioned));

    assertThat(root.get("cautioned").asBoolean()).isTrue();
    assertThat(root.get("caution_note").asText()).isEqualTo(cautioned.cautionNote().orElseThrow());
    assertThat(JSON.readTree(AnswerJson.answer(answered)).get("cautioned").asBoolean())
        .isEqualTo(answered.cautioned());
  }
}
