package org.aparte.server.testing;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.slf4j.LoggerFactory;

/**
 * Captures everything logged while it is open, formatted with the very pattern the console appender
 * of logback.xml uses, so a test sees the log lines an operator would.
 */
public final class LogCapture implements AutoCloseable {
  private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
  private final OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();

  private LogCapture() {}

  @SuppressWarnings("unchecked")
  public static LogCapture start() {
    LogCapture capture = new LogCapture();
    var context = (LoggerContext) LoggerFactory.getILoggerFactory();
    Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    var console = (OutputStreamAppender<ILoggingEvent>) root.getAppender("CONSOLE");
    var encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern(((PatternLayoutEncoder) console.getEncoder()).getPattern());
    encoder.start();
    capture.appender.setContext(context);
    capture.appender.setEncoder(encoder);
    capture.appender.setOutputStream(capture.captured);
    capture.appender.start();
    root.addAppender(capture.appender);
    return capture;
  }

  /** Everything logged so far. */
  public String text() {
    return captured.toString(StandardCharsets.UTF_8);
  }

  /**
   * Everything logged, once {@code expected} appears in it (or after {@code timeout}): the access
   * log line of a request is written after its response has been sent.
   */
  public String textOnce(String expected, java.time.Duration timeout) throws InterruptedException {
    java.time.Instant deadline = java.time.Instant.now().plus(timeout);
    String text = text();
    while (!text.contains(expected) && java.time.Instant.now().isBefore(deadline)) {
      Thread.sleep(20);
      text = text();
    }
    return text;
  }

  @Override
  public void close() {
    var context = (LoggerContext) LoggerFactory.getILoggerFactory();
    context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).detachAppender(appender);
    appender.stop();
  }
}
