package org.briefbot.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MetadataTest {
  @Test
  void unstatedTextFieldsAreEmptyNeverNull() {
    Metadata metadata = new Metadata(null, null, null, List.of(), null, null, null, null, null);

    assertThat(
            List.of(
                metadata.title(),
                metadata.series(),
                metadata.number(),
                metadata.publisher(),
                metadata.issn(),
                metadata.disclaimer(),
                metadata.sourceFile()))
        .containsOnly("");
    assertThat(metadata.publicationDate()).isEmpty();
  }

  @Test
  void textFieldsAndAuthorsAreStripped() {
    Metadata metadata =
        new Metadata(
            " Title ",
            " Series ",
            " 1/2024 ",
            List.of(" A. Writer "),
            Optional.empty(),
            "",
            " 2983-466X ",
            "",
            "");

    assertThat(metadata.title()).isEqualTo("Title");
    assertThat(metadata.number()).isEqualTo("1/2024");
    assertThat(metadata.authors()).containsExactly("A. Writer");
    assertThat(metadata.issn()).isEqualTo("2983-466X");
  }

  @Test
  void rejectsNullAuthors() {
    assertThatThrownBy(() -> metadata(null, ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("authors must not be null");
  }

  @Test
  void rejectsBlankOrNullAuthorNames() {
    assertThatThrownBy(() -> metadata(List.of("Ann Lee", " "), ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("authors must not contain blank names, was [Ann Lee,  ]");
    assertThatThrownBy(() -> metadata(Arrays.asList("Ann Lee", null), ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("authors must not contain blank names, was [Ann Lee, null]");
  }

  @Test
  void rejectsIssnOfTheWrongShape() {
    assertThatThrownBy(() -> metadata(List.of(), "2983466X"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("issn must look like 2983-466X, was \"2983466X\"");
    assertThatThrownBy(() -> metadata(List.of(), "2983-466x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("issn must look like 2983-466X, was \"2983-466x\"");
  }

  @Test
  void authorsAreCopiedAndUnmodifiable() {
    List<String> authors = new ArrayList<>(List.of("Ann Lee"));
    Metadata metadata = metadata(authors, "");
    authors.add("Bo Chen");

    assertThat(metadata.authors()).containsExactly("Ann Lee");
    assertThatThrownBy(() -> metadata.authors().add("Cy Dua"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void authorsTextJoinsWithCommasAndAnd() {
    assertThat(metadata(List.of(), "").authorsText()).isEmpty();
    assertThat(metadata(List.of("Ann Lee"), "").authorsText()).isEqualTo("Ann Lee");
    assertThat(metadata(List.of("Ann Lee", "Bo Chen"), "").authorsText())
        .isEqualTo("Ann Lee and Bo Chen");
    assertThat(metadata(List.of("Ann Lee", "Bo Chen", "Cy Dua"), "").authorsText())
        .isEqualTo("Ann Lee, Bo Chen and Cy Dua");
  }

  @Test
  void seriesAndNumberUsesWhateverIsStated() {
    assertThat(series("CSDS Policy Brief", "10/2024").seriesAndNumber())
        .isEqualTo("CSDS Policy Brief 10/2024");
    assertThat(series("CSDS Policy Brief", "").seriesAndNumber()).isEqualTo("CSDS Policy Brief");
    assertThat(series("", "10/2024").seriesAndNumber()).isEqualTo("10/2024");
    assertThat(series("", "").seriesAndNumber()).isEmpty();
  }

  @Test
  void keepsThePublicationDate() {
    Metadata metadata =
        new Metadata("", "", "", List.of(), Optional.of(LocalDate.of(2024, 4, 15)), "", "", "", "");

    assertThat(metadata.publicationDate()).contains(LocalDate.of(2024, 4, 15));
  }

  private static Metadata metadata(List<String> authors, String issn) {
    return new Metadata("", "", "", authors, Optional.empty(), "", issn, "", "");
  }

  private static Metadata series(String series, String number) {
    return new Metadata("", series, number, List.of(), Optional.empty(), "", "", "", "");
  }
}
