package org.aparte.server.logging;

import ch.qos.logback.classic.pattern.ThrowableHandlingConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.CoreConstants;

/**
 * Prints a logged exception's class names and stack frames, but not its messages. Exception
 * messages are where request data leaks into logs: a parser quotes the input it choked on, a driver
 * quotes the row that broke a constraint, a careless {@code "bad value " + x} quotes x. The stack
 * trace alone still says where the bug is.
 */
public final class MessageFreeThrowableConverter extends ThrowableHandlingConverter {
  private static final int MAX_DEPTH = 8;

  @Override
  public String convert(ILoggingEvent event) {
    IThrowableProxy throwable = event.getThrowableProxy();
    if (throwable == null) {
      return "";
    }
    var out = new StringBuilder();
    write(out, throwable, "", 0);
    return out.toString();
  }

  private static void write(
      StringBuilder out, IThrowableProxy throwable, String prefix, int depth) {
    if (depth >= MAX_DEPTH) {
      return;
    }
    out.append(prefix).append(throwable.getClassName()).append(" (message withheld)");
    out.append(CoreConstants.LINE_SEPARATOR);
    StackTraceElementProxy[] frames = throwable.getStackTraceElementProxyArray();
    int shown = frames.length - Math.max(0, throwable.getCommonFrames());
    for (int i = 0; i < shown; i++) {
      out.append("\tat ")
          .append(frames[i].getStackTraceElement())
          .append(CoreConstants.LINE_SEPARATOR);
    }
    if (shown < frames.length) {
      out.append("\t... ")
          .append(frames.length - shown)
          .append(" more")
          .append(CoreConstants.LINE_SEPARATOR);
    }
    for (IThrowableProxy suppressed : throwable.getSuppressed()) {
      write(out, suppressed, "Suppressed: ", depth + 1);
    }
    if (throwable.getCause() != null) {
      write(out, throwable.getCause(), "Caused by: ", depth + 1);
    }
  }
}
