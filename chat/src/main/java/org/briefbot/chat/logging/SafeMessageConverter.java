package org.briefbot.chat.logging;

import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * {@code %safeMsg} in a logback pattern: the event's message through {@link SafeLogText}, for
 * briefbot's loggers and every library's alike (Bolt, JDA, Jetty, OkHttp).
 */
public final class SafeMessageConverter extends ClassicConverter {
  @Override
  public String convert(ILoggingEvent event) {
    String logger = event.getLoggerName();
    return SafeLogText.clean(
        event.getFormattedMessage(), logger != null && logger.startsWith("org.briefbot."));
  }
}
