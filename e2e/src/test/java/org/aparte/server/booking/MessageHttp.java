package org.aparte.server.booking;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import org.aparte.protocol.document.DocumentLimits;

/** Raw HTTP for the message tests: exactly the headers and body given, answers with their code. */
final class MessageHttp {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private MessageHttp() {}

  record Answer(int status, String code, String body) {}

  static Answer send(
      BookingFixture fixture,
      String method,
      String path,
      byte[] cancelSecret,
      String session,
      String body)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(fixture.server.url() + path))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (cancelSecret != null) {
      request.header(
          DocumentLimits.CAPABILITY_HEADER, Base64.getEncoder().encodeToString(cancelSecret));
    }
    if (session != null) {
      request.header("Authorization", "Bearer " + session);
    }
    HttpResponse<String> response =
        HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    String code = null;
    if (response.statusCode() >= 400) {
      JsonNode error = TokenHttp.JSON.readTree(response.body());
      code = error.path("error").asText();
    }
    return new Answer(response.statusCode(), code, response.body());
  }
}
