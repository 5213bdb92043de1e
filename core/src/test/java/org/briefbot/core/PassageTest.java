package org.briefbot.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PassageTest {
  private static final Citation CITATION =
      new Citation("x#s1p2", "§1 \"Heading\" ¶2", "x, §1 \"Heading\" ¶2");

  @Test
  void keepsItsFields() {
    Passage passage =
        new Passage("x#s1p2", "x", PassageKind.PARAGRAPH, "Heading", 1, 2, "Text.", CITATION, 5);

    assertThat(passage.id()).isEqualTo("x#s1p2");
    assertThat(passage.briefId()).isEqualTo("x");
    assertThat(passage.kind()).isEqualTo(PassageKind.PARAGRAPH);
    assertThat(passage.section()).isEqualTo(1);
    assertThat(passage.number()).isEqualTo(2);
    assertThat(passage.citation()).isEqualTo(CITATION);
    assertThat(passage.ordinal()).isEqualTo(5);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      id       | id must not be blank
      briefId  | briefId must not be blank
      kind     | kind must not be null
      heading  | heading must not be blank
      text     | text must not be blank
      citation | citation must not be null
      section  | section must not be negative, was -1
      number   | number must not be negative, was -1
      ordinal  | ordinal must not be negative, was -1
      """)
  void rejectsInvalidField(String field, String message) {
    assertThatThrownBy(() -> passageWithout(field))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  /** A valid passage but for {@code field}, which is blank, null or negative. */
  private static Passage passageWithout(String field) {
    return new Passage(
        field.equals("id") ? " " : "x#s1p2",
        field.equals("briefId") ? "" : "x",
        field.equals("kind") ? null : PassageKind.PARAGRAPH,
        field.equals("heading") ? null : "Heading",
        field.equals("section") ? -1 : 1,
        field.equals("number") ? -1 : 2,
        field.equals("text") ? "\n" : "Text.",
        field.equals("citation") ? null : CITATION,
        field.equals("ordinal") ? -1 : 0);
  }
}
