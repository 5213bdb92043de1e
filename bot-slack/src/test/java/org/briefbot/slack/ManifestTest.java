package org.briefbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The app manifests ask Slack for exactly what the bot handles. */
class ManifestTest {
  static final Path SOCKET = Path.of("slack-app-manifest.yml");
  static final Path HTTP = Path.of("slack-app-manifest-http.yml");

  @Test
  void bothManifestsInstallTheCommandEventsScopesAndButtonsTheBotHandles() throws IOException {
    for (Path manifest : List.of(SOCKET, HTTP)) {
      String yaml = Files.readString(manifest);
      assertThat(yaml)
          .as(manifest.toString())
          .contains("- command: " + SlackHandlers.COMMAND)
          .contains("      - app_mention\n", "      - message.im\n")
          .contains("- app_mentions:read", "- chat:write", "- commands", "- im:history")
          .contains("  interactivity:\n    is_enabled: true")
          .contains("messages_tab_enabled: true");
    }
  }

  @Test
  void theSocketModeManifestNeedsNoUrl() throws IOException {
    String yaml = Files.readString(SOCKET);
    assertThat(yaml).contains("socket_mode_enabled: true").doesNotContain("url:");
  }

  @Test
  void theHttpManifestSendsEverythingToTheEventsPath() throws IOException {
    String yaml = Files.readString(HTTP);
    assertThat(yaml).contains("socket_mode_enabled: false");
    Matcher urls = Pattern.compile("(?m)^\\s*(?:request_)?url: (\\S+)$").matcher(yaml);
    int count = 0;
    while (urls.find()) {
      assertThat(urls.group(1)).endsWith(HttpEndpoint.EVENTS_PATH);
      count++;
    }
    assertThat(count).isEqualTo(3);
  }
}
