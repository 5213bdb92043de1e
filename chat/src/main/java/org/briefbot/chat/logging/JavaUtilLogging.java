package org.briefbot.chat.logging;

import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * The index logs through java.util.logging (an index rebuilt, or kept in memory); a bot routes
 * those records to SLF4J, so they join its own lines, one line each in the same format, instead of
 * java.util.logging's two on the console.
 */
public final class JavaUtilLogging {
  private JavaUtilLogging() {}

  /** Replaces java.util.logging's console handler with the bridge to SLF4J, once per process. */
  public static synchronized void routeToSlf4j() {
    if (!SLF4JBridgeHandler.isInstalled()) {
      SLF4JBridgeHandler.removeHandlersForRootLogger();
      SLF4JBridgeHandler.install();
    }
  }
}
