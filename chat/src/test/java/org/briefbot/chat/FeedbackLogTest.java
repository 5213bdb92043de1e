package org.briefbot.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Feedback holds users' questions: written only to a file no one else can read or change. */
class FeedbackLogTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC);

  @TempDir Path folder;

  @Test
  void aNewLogIsReadableByItsOwnerOnly() throws Exception {
    Path file = folder.resolve("feedback.jsonl");
    FeedbackLog log = new FeedbackLog(file, false, CLOCK);

    log.record(
        "slack",
        "When was the ITPP signed?",
        List.of("csds-2024-10#s1p3"),
        FeedbackLog.Vote.UP,
        Optional.of("U123"));

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .contains("\"question\":\"When was the ITPP signed?\"")
        .doesNotContain("U123");
  }

  @Test
  void aLinkInPlaceOfTheLogIsNotFollowed() throws Exception {
    Path elsewhere = Files.writeString(folder.resolve("elsewhere.txt"), "theirs\n");
    Path file = Files.createSymbolicLink(folder.resolve("feedback.jsonl"), elsewhere);
    FeedbackLog log = new FeedbackLog(file, false, CLOCK);

    assertThatThrownBy(
            () ->
                log.record(
                    "discord", "q", List.of("x#k1"), FeedbackLog.Vote.DOWN, Optional.empty()))
        .hasMessageContaining("symbolic link");
    assertThat(Files.readString(elsewhere, StandardCharsets.UTF_8)).isEqualTo("theirs\n");
  }

  @Test
  void aLogOthersCanWriteIsNotAppendedTo() throws Exception {
    Path file = Files.writeString(folder.resolve("feedback.jsonl"), "");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-rw-"));
    FeedbackLog log = new FeedbackLog(file, false, CLOCK);

    assertThatThrownBy(
            () ->
                log.record("discord", "q", List.of("x#k1"), FeedbackLog.Vote.UP, Optional.empty()))
        .hasMessageContaining("can be written by other users");
    assertThat(Files.size(file)).isZero();
  }
}
