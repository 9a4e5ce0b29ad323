package org.aparte.notifier.sms;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.aparte.notifier.send.ReminderSender;
import org.aparte.notifier.send.SendFailedException;
import org.aparte.protocol.reminder.ReminderMessage;

/**
 * SMS through a provider's HTTPS JSON API: {@code APARTE_SMS_HTTP_URL} (https only), {@code
 * APARTE_SMS_HTTP_AUTH} (the Authorization header's value) and {@code APARTE_SMS_HTTP_BODY}, a JSON
 * template whose {@code {{to}}} and {@code {{text}}} are replaced by JSON-escaped values. Any 2xx
 * answer counts as accepted.
 */
public final class HttpsJsonGateway implements ReminderSender {
  public static final String DEFAULT_BODY = "{\"to\":\"{{to}}\",\"text\":\"{{text}}\"}";
  private final URI url;
  private final String authorization;
  private final String bodyTemplate;
  private final HttpClient client;

  public HttpsJsonGateway(URI url, String authorization, String bodyTemplate, HttpClient client) {
    this.url = Objects.requireNonNull(url, "url");
    this.authorization = authorization == null ? "" : authorization;
    this.bodyTemplate = Objects.requireNonNull(bodyTemplate, "bodyTemplate");
    this.client = Objects.requireNonNull(client, "client");
    if (!"https".equals(url.getScheme()) && !"127.0.0.1".equals(url.getHost())) {
      throw new IllegalArgumentException("APARTE_SMS_HTTP_URL must be https");
    }
  }

  public static Optional<HttpsJsonGateway> fromEnvironment(Map<String, String> env) {
    String url = env.get("APARTE_SMS_HTTP_URL");
    if (url == null || url.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(
        new HttpsJsonGateway(
            URI.create(url.strip()),
            env.get("APARTE_SMS_HTTP_AUTH"),
            env.getOrDefault("APARTE_SMS_HTTP_BODY", DEFAULT_BODY),
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()));
  }

  /** The request body for a message: the template with both fields JSON-escaped. */
  String body(ReminderMessage message) {
    return bodyTemplate
        .replace("{{to}}", jsonEscape(message.destination()))
        .replace("{{text}}", jsonEscape(message.text()));
  }

  @Override
  public void send(ReminderMessage message) throws SendFailedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(url)
            .timeout(Duration.ofSeconds(15))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body(message)));
    if (!authorization.isEmpty()) {
      request.header("Authorization", authorization);
    }
    int status;
    try {
      status = client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      throw new SendFailedException("SMS gateway unreachable: " + e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SendFailedException("interrupted while sending an SMS");
    }
    if (status / 100 != 2) {
      throw new SendFailedException("SMS gateway answered HTTP " + status);
    }
  }

  static String jsonEscape(String value) {
    StringBuilder out = new StringBuilder(value.length() + 8);
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
