package org.briefbot.chat.logging;

import ch.qos.logback.classic.pattern.ThrowableHandlingConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;

/**
 * {@code %safeEx} in a logback pattern: an exception's class and message through {@link
 * SafeLogText} (a parser's message may quote the payload it choked on), then its frames, which hold
 * only code locations. Frames are cut to {@value #FRAMES} per exception.
 */
public final class SafeThrowableConverter extends ThrowableHandlingConverter {
  static final int FRAMES = 25;

  @Override
  public String convert(ILoggingEvent event) {
    IThrowableProxy proxy = event.getThrowableProxy();
    if (proxy == null) return "";
    StringBuilder out = new StringBuilder();
    String prefix = "";
    for (int depth = 0; proxy != null && depth < 8; depth++, proxy = proxy.getCause()) {
      out.append(prefix).append(proxy.getClassName());
      if (proxy.getMessage() != null) {
        out.append(": ").append(SafeLogText.clean(proxy.getMessage(), false));
      }
      out.append(System.lineSeparator());
      StackTraceElementProxy[] frames = proxy.getStackTraceElementProxyArray();
      int shown = Math.min(frames.length, FRAMES);
      for (int i = 0; i < shown; i++) {
        out.append("\tat ").append(frames[i].getStackTraceElement()).append(System.lineSeparator());
      }
      if (frames.length > shown) {
        out.append("\t... ")
            .append(frames.length - shown)
            .append(" more")
            .append(System.lineSeparator());
      }
      prefix = "Caused by: ";
    }
    return out.toString();
  }
}
