package org.aparte.server.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.Test;

class MessageFreeThrowableConverterTest {
  @Test
  void classesAndFramesStayMessagesGo() {
    var context = new LoggerContext();
    var failure = new IllegalStateException("patient Jeanne Dupont");
    failure.addSuppressed(new RuntimeException("note: allergy"));
    var wrapped = new RuntimeException("wrapped 06 12 34 56 78", failure);
    var event =
        new LoggingEvent(
            "test", context.getLogger("test"), Level.ERROR, "something broke", wrapped, null);

    var converter = new MessageFreeThrowableConverter();
    converter.start();
    String printed = converter.convert(event);

    assertThat(printed)
        .contains("java.lang.RuntimeException (message withheld)")
        .contains("Caused by: java.lang.IllegalStateException (message withheld)")
        .contains("Suppressed: java.lang.RuntimeException (message withheld)")
        .contains("at org.aparte.server.logging.MessageFreeThrowableConverterTest")
        .doesNotContain("Jeanne")
        .doesNotContain("allergy")
        .doesNotContain("06 12");
  }
}
