package org.briefbot.index.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The kind of answer a question asks for, and which sentences hold one. */
class AnswerTypeTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiterString = " => ",
      quoteCharacter = '"',
      textBlock =
          """
      When was the ITPP signed? => DATE
      In what year did the dialogue start? => DATE
      what date did Seoul open its mission => DATE
      How much does South Korea spend on defence? => NUMBER
      how many areas does the ITPP list => NUMBER
      What percentage of GDP goes on defence? => NUMBER
      Who wrote the brief? => PERSON
      Which South Korean presidents pushed for ties? => PERSON
      Where were the summits held? => PLACE
      Which countries are in the AP4? => PLACE
      Why does Seoul want NATO ties? => REASON
      What drives the cooperation? => REASON
      What are the areas of cooperation? => LIST
      What does ITPP stand for? => DEFINITION
      Is South Korea a NATO member? => VERIFY
      Is it true that Poland buys K2 tanks? => VERIFY
      NATO cyber defence => ANY
      """)
  void isReadFromTheQuestionsWording(String question, AnswerType type) {
    assertThat(AnswerType.of(question)).isEqualTo(type);
  }

  @Test
  void aDateQuestionIsAnsweredByASentenceWithADateTheQuestionLacks() {
    String question = "When was the ITPP signed?";

    assertThat(AnswerType.DATE.satisfiedBy("The ITPP was signed in July 2023.", question)).isTrue();
    assertThat(AnswerType.DATE.satisfiedBy("It was signed on 15.4.2024.", question)).isTrue();
    assertThat(AnswerType.DATE.satisfiedBy("The ITPP was signed last year.", question)).isTrue();
    assertThat(AnswerType.DATE.satisfiedBy("The ITPP is comprehensive.", question)).isFalse();
  }

  @Test
  void aYearTheQuestionAlreadyNamesIsNotAnAnswer() {
    String question = "When in 2023 did Stoltenberg visit Seoul?";

    assertThat(AnswerType.DATE.satisfiedBy("He visited Seoul in 2023.", question)).isFalse();
    assertThat(AnswerType.DATE.satisfiedBy("He visited Seoul in January 2023.", question)).isTrue();
  }

  @Test
  void aNumberQuestionIsAnsweredByAFigureButNotByAYear() {
    String question = "How much does South Korea spend on defence?";

    assertThat(AnswerType.NUMBER.satisfiedBy("Spending stands at 2.7% of GDP.", question)).isTrue();
    assertThat(AnswerType.NUMBER.satisfiedBy("It pledged two billion.", question)).isTrue();
    assertThat(AnswerType.NUMBER.satisfiedBy("Spending rose in 2022.", question)).isFalse();
  }

  @Test
  void aPersonQuestionIsAnsweredByANameTheQuestionLacks() {
    String question = "Who is the NATO Secretary General?";

    assertThat(
            AnswerType.PERSON.satisfiedBy(
                "He met NATO Secretary General Jens Stoltenberg in Seoul.", question))
        .isTrue();
    assertThat(AnswerType.PERSON.satisfiedBy("He met the Secretary General in Seoul.", question))
        .isFalse();
  }

  @Test
  void reasonListAndDefinitionQuestionsLookForTheirMarkers() {
    assertThat(AnswerType.REASON.satisfiedBy("Seoul joined because of the threat.", "Why?"))
        .isTrue();
    assertThat(AnswerType.REASON.satisfiedBy("Seoul joined.", "Why?")).isFalse();
    assertThat(
            AnswerType.LIST.satisfiedBy("They are as follows: 1) dialogue; 2) cyber.", "List them"))
        .isTrue();
    assertThat(AnswerType.LIST.satisfiedBy("There are eleven areas.", "List them")).isFalse();
    assertThat(
            AnswerType.DEFINITION.satisfiedBy(
                "an Individually Tailored Partnership Programme (ITPP)",
                "What does ITPP stand for?"))
        .isTrue();
    assertThat(
            AnswerType.DEFINITION.satisfiedBy("The ITPP was signed.", "What does ITPP stand for?"))
        .isFalse();
  }

  @Test
  void verifyAndAnyQuestionsPreferNoSentenceForItsKind() {
    assertThat(AnswerType.VERIFY.satisfiedBy("Yes, signed in July 2023.", "Was it signed?"))
        .isFalse();
    assertThat(AnswerType.ANY.satisfiedBy("Signed in July 2023.", "ITPP")).isFalse();
  }
}
