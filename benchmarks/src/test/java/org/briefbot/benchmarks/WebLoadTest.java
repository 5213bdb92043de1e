package org.briefbot.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.briefbot.core.Library;
import org.briefbot.index.BriefIndex;
import org.briefbot.web.WebServer;
import org.briefbot.web.WebSettings;
import org.junit.jupiter.api.Test;

/**
 * {@code briefbot serve} answers 1,000 questions sent 32 at a time, every one: no error, no dropped
 * connection. How fast is the benchmark's to print ({@link WebLoad#main}), never asserted.
 */
class WebLoadTest {
  @Test
  void aThousandQuestionsThirtyTwoAtATimeAllGetAnAnswer() throws Exception {
    try (BriefIndex index = BriefIndex.build(Library.bundled());
        WebServer server =
            WebServer.start(
                index, new WebSettings(Optional.empty(), WebSettings.MAX_RATE), "127.0.0.1", 0)) {
      WebLoad.Result result = WebLoad.run(server.address(), 1000, 32);

      assertThat(result.errors()).isZero();
      assertThat(result.requests()).isEqualTo(1000);
      assertThat(result.millis()).hasSize(1000);
      assertThat(result.millis()[0]).as("every request timed").isPositive();
      System.out.println("WebLoadTest: " + result.format());
    }
  }

  @Test
  void percentilesAreTakenByNearestRank() {
    double[] millis = new double[100];
    for (int i = 0; i < 100; i++) millis[i] = i + 1;
    WebLoad.Result result = new WebLoad.Result(100, 4, 0, 1.0, millis);

    assertThat(result.percentile(0.50)).isEqualTo(50);
    assertThat(result.percentile(0.99)).isEqualTo(99);
    assertThat(result.percentile(1.0)).isEqualTo(100);
  }
}
