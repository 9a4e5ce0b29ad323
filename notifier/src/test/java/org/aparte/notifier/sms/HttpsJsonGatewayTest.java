package org.aparte.notifier.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Instant;
import org.aparte.protocol.reminder.ReminderChannel;
import org.aparte.protocol.reminder.ReminderMessage;
import org.junit.jupiter.api.Test;

class HttpsJsonGatewayTest {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @Test
  void fillsTheTemplateWithJsonEscapedValues() {
    var gateway =
        new HttpsJsonGateway(
            URI.create("https://sms.example/send"),
            "Bearer x",
            HttpsJsonGateway.DEFAULT_BODY,
            CLIENT);
    var message =
        new ReminderMessage(
            ReminderChannel.SMS,
            "+33600000000",
            Instant.parse("2026-03-01T09:00:00Z"),
            "fr",
            "Rappel \"demain\"\n10:30 \\ ok");
    assertThat(gateway.body(message))
        .isEqualTo("{\"to\":\"+33600000000\",\"text\":\"Rappel \\\"demain\\\"\\n10:30 \\\\ ok\"}");
  }

  @Test
  void refusesPlainHttpToAnotherHost() {
    assertThatThrownBy(
            () ->
                new HttpsJsonGateway(
                    URI.create("http://sms.example/send"),
                    "",
                    HttpsJsonGateway.DEFAULT_BODY,
                    CLIENT))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
