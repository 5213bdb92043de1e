package org.briefbot.chat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.briefbot.index.PrivateFolders;

/**
 * Records 👍/👎 votes on answers as JSON Lines, one object per vote, so answers can be reviewed
 * later: {@code {"time", "platform", "question", "passages", "vote"}}, plus {@code "user"} only
 * when the operator chose to record users.
 */
public final class FeedbackLog {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Path file;
  private final boolean recordUsers;
  private final Clock clock;

  public enum Vote {
    UP,
    DOWN
  }

  public FeedbackLog(Path file, boolean recordUsers, Clock clock) {
    this.file = file;
    this.recordUsers = recordUsers;
    this.clock = clock;
  }

  public Path file() {
    return file;
  }

  /** Appends one vote; safe to call from many threads. */
  public void record(
      String platform, String question, List<String> passageIds, Vote vote, Optional<String> user) {
    ObjectNode line = MAPPER.createObjectNode();
    line.put("time", clock.instant().toString());
    line.put("platform", platform);
    line.put("question", question);
    line.putPOJO("passages", List.copyOf(passageIds));
    line.put("vote", vote == Vote.UP ? "up" : "down");
    if (recordUsers) user.ifPresent(u -> line.put("user", u));
    String json;
    try {
      json = MAPPER.writeValueAsString(line) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    synchronized (FeedbackLog.class) {
      try {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
          // Questions and (optionally) user ids are private: never append through a link to
          // somewhere else, nor to a file another user could read back or rewrite.
          Optional<String> problem = PrivateFolders.fileProblem(file);
          if (problem.isPresent()) throw new IOException(file + " " + problem.get());
        } else if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
          try {
            Files.createFile(
                file,
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
          } catch (java.nio.file.FileAlreadyExistsException e) {
            // Another bot process made it a moment ago: checked on its next append.
          }
        }
        Files.writeString(
            file,
            json,
            StandardCharsets.UTF_8,
            StandardOpenOption.CREATE,
            StandardOpenOption.APPEND,
            StandardOpenOption.WRITE,
            LinkOption.NOFOLLOW_LINKS);
      } catch (IOException e) {
        throw new UncheckedIOException(
            "cannot append to feedback log " + file + ": " + e.getMessage(), e);
      }
    }
  }
}
