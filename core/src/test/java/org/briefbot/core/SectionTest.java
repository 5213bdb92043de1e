package org.briefbot.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SectionTest {
  private static final List<Paragraph> ONE = List.of(new Paragraph(1, "Text."));

  @Test
  void keepsNumberHeadingAndParagraphs() {
    Section section = new Section(2, "From talking to doing", ONE);

    assertThat(section.number()).isEqualTo(2);
    assertThat(section.heading()).isEqualTo("From talking to doing");
    assertThat(section.paragraphs()).isEqualTo(ONE);
  }

  @Test
  void rejectsNumberBelowOne() {
    assertThatThrownBy(() -> new Section(0, "Heading", ONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("number must be 1 or more, was 0");
  }

  @Test
  void rejectsBlankOrNullHeading() {
    assertThatThrownBy(() -> new Section(1, " ", ONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("heading must not be blank");
    assertThatThrownBy(() -> new Section(1, null, ONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("heading must not be blank");
  }

  @Test
  void rejectsNullParagraphs() {
    assertThatThrownBy(() -> new Section(1, "Heading", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("paragraphs must not be null or hold null");
    assertThatThrownBy(() -> new Section(1, "Heading", Arrays.asList(ONE.get(0), null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("paragraphs must not be null or hold null");
  }

  @Test
  void rejectsSectionWithoutParagraphs() {
    assertThatThrownBy(() -> new Section(1, "Conclusion", List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("section \"Conclusion\" has no paragraphs");
  }

  @Test
  void rejectsParagraphsOutOfOrder() {
    assertThatThrownBy(
            () ->
                new Section(
                    1, "Heading", List.of(new Paragraph(1, "One."), new Paragraph(1, "Two."))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("paragraph numbers must run 1..2, found 1 at position 2");
  }

  @Test
  void paragraphsAreCopied() {
    List<Paragraph> paragraphs = new ArrayList<>(ONE);
    Section section = new Section(1, "Heading", paragraphs);
    paragraphs.add(new Paragraph(2, "Later."));

    assertThat(section.paragraphs()).hasSize(1);
  }
}
