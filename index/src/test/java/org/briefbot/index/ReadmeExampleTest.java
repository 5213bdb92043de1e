package org.briefbot.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.briefbot.core.Library;
import org.junit.jupiter.api.Test;

/**
 * Keeps README.md's "Using briefbot from Java" snippet compiling and true: {@link #snippet} holds
 * it exactly (its imports are this file's), and a test checks the two have not drifted apart.
 */
class ReadmeExampleTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Path THIS_FILE =
      Path.of("src", "test", "java", "org", "briefbot", "index", "ReadmeExampleTest.java");

  /** The README's snippet, as it stands there, indented into a method. */
  private static void snippet() {
    try (BriefIndex index = BriefIndex.build(Library.bundled())) {
      Answer answer = index.ask(Question.of("When was the ITPP signed?"));
      Hit best = answer.hits().get(0);
      System.out.println(best.sentence().text()); // the best sentence, verbatim
      System.out.println(best.citation().reference()); // a citation to paste
    }
  }

  @Test
  void theSnippetPrintsTheJuly2023SentenceAndItsCitation() {
    PrintStream original = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      snippet();
    } finally {
      System.setOut(original);
    }

    assertThat(printed.toString(StandardCharsets.UTF_8).lines())
        .containsExactly(
            "NATO even offered South Korea an Individually Tailored Partnership Programme (ITPP), "
                + "signed in July 2023.",
            "Ramon Pacheco Pardo, CSDS Policy Brief 10/2024 (Centre for Security, Diplomacy and "
                + "Strategy, 15 April 2024), §1 \"Introduction\" ¶2");
  }

  @Test
  void theSnippetsBestHitIsTheIntroductionsSecondParagraph() {
    try (BriefIndex index = BriefIndex.build(Library.bundled())) {
      Hit best = index.ask(Question.of("When was the ITPP signed?")).hits().get(0);
      assertThat(best.passage().id()).isEqualTo("csds-2024-10#s1p2");
      assertThat(best.citation().passageId()).isEqualTo("csds-2024-10#s1p2");
    }
  }

  @Test
  void theSnippetHereIsTheSnippetInTheReadme() throws IOException {
    List<String> readme = readmeSnippet();
    String source = Files.readString(THIS_FILE, StandardCharsets.UTF_8);

    List<String> imports = readme.stream().filter(l -> l.startsWith("import ")).toList();
    List<String> body =
        readme.stream()
            .filter(l -> !l.startsWith("import ") && !l.isBlank())
            .map(l -> "    " + l)
            .toList();
    assertThat(imports).isNotEmpty();
    assertThat(body).isNotEmpty();
    // The README imports the API's classes; this test, in their package, needs no import for them.
    assertThat(source.lines())
        .containsAll(
            imports.stream()
                .filter(i -> !i.matches("import org\\.briefbot\\.index\\.\\w+;"))
                .toList());
    assertThat(source).contains(String.join("\n", body));
  }

  /** The lines of the ```java block under the README's "Using briefbot from Java" heading. */
  private static List<String> readmeSnippet() throws IOException {
    List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
    int heading = lines.indexOf("## Using briefbot from Java");
    assertThat(heading).as("README heading \"## Using briefbot from Java\"").isNotNegative();
    int start = lines.subList(heading, lines.size()).indexOf("```java") + heading;
    assertThat(start).as("a ```java block under the heading").isGreaterThan(heading);
    List<String> snippet = new ArrayList<>();
    for (String line : lines.subList(start + 1, lines.size())) {
      if (line.equals("```")) return snippet;
      snippet.add(line);
    }
    throw new AssertionError("the README's java block is not closed");
  }
}
