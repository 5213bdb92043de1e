package org.briefbot.chat.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.Handler;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.bridge.SLF4JBridgeHandler;

/** The index's java.util.logging records reach SLF4J through one bridge, however often asked. */
class JavaUtilLoggingTest {
  private final Logger root = LogManager.getLogManager().getLogger("");
  private Handler[] before;

  @BeforeEach
  void remember() {
    before = root.getHandlers();
  }

  @AfterEach
  void restore() {
    for (Handler h : root.getHandlers()) root.removeHandler(h);
    for (Handler h : before) root.addHandler(h);
  }

  @Test
  void replacesTheConsoleHandlerWithOneBridge() {
    JavaUtilLogging.routeToSlf4j();
    JavaUtilLogging.routeToSlf4j();

    assertThat(SLF4JBridgeHandler.isInstalled()).isTrue();
    assertThat(root.getHandlers()).singleElement().isInstanceOf(SLF4JBridgeHandler.class);
  }
}
