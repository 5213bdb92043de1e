package org.briefbot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AnswerButtonTest {
  @Test
  void roundTripsThroughItsCustomId() {
    AnswerButton button = new AnswerButton(AnswerButton.Action.MORE, "0123456789ab", 3);

    assertThat(button.customId()).isEqualTo("brief:more:0123456789ab:3");
    assertThat(AnswerButton.parse(button.customId())).contains(button);
  }

  @Test
  void fitsDiscordsCustomIdLimitWithTheLongestTokenAndOffset() {
    AnswerButton button = new AnswerButton(AnswerButton.Action.DOWN, "f".repeat(32), 999);

    assertThat(button.customId()).hasSizeLessThanOrEqualTo(100);
  }

  @Test
  void ignoresIdsItDidNotMake() {
    assertThat(AnswerButton.parse("other:more:0123:1")).isEmpty();
    assertThat(AnswerButton.parse("brief:more:XYZ:1")).isEmpty();
    assertThat(AnswerButton.parse("brief:delete:0123:1")).isEmpty();
    assertThat(AnswerButton.parse(null)).isEmpty();
  }

  @Test
  void rejectsATokenThatIsNotHex() {
    assertThatThrownBy(() -> new AnswerButton(AnswerButton.Action.UP, "not hex", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("token must be hex, was \"not hex\"");
  }
}
