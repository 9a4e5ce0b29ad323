package org.aparte.server.booking;

import static org.aparte.server.booking.BookingFixture.RANDOM;
import static org.aparte.server.booking.BookingFixture.appointment;
import static org.aparte.server.booking.BookingFixture.slot;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import org.aparte.blobstore.DirectoryBlobStore;
import org.aparte.client.AnonymousTransport;
import org.aparte.client.booking.BookingReceipt;
import org.aparte.client.document.PatientDocuments;
import org.aparte.client.document.PreparedDocument;
import org.aparte.protocol.Json;
import org.aparte.protocol.document.DocumentLimits;
import org.aparte.server.AparteServer;
import org.aparte.server.ServerConfig;
import org.aparte.server.ServerSettings;
import org.aparte.server.ServerWiring;
import org.aparte.server.document.DocumentSettings;
import org.aparte.server.token.TokenSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The document routes' refusals, in raw HTTP: what a careless or hostile client gets back. */
class DocumentBadInputTest {
  @TempDir static Path temp;
  private static BookingFixture fixture;
  private static AparteServer server;
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static int nextSlot;

  @BeforeAll
  static void start() throws Exception {
    fixture = new BookingFixture();
    server =
        new ServerWiring(
                new ServerConfig("127.0.0.1", 0, ServerConfig.DEFAULT_MAX_BODY_BYTES),
                fixture.database,
                Clock.systemUTC(),
                ServerSettings.defaults()
                    .withTokens(
                        TokenSettings.defaults().withPerEpochLimit(TokenSettings.MAX_PER_EPOCH))
                    .withDocuments(
                        DocumentSettings.of(DirectoryBlobStore.open(temp.resolve("blobs")))))
            .server()
            .start();
  }

  @AfterAll
  static void stop() {
    server.close();
    fixture.close();
  }

  private static BookingReceipt booking() throws Exception {
    int n = nextSlot++;
    String slot = slot(fixture.group, 12, 8 + n / 2, (n % 2) * 30);
    return fixture
        .bookings(server)
        .book(fixture.target(), appointment(fixture.group, "bad input", slot));
  }

  /** A document announced but not uploaded, and its URL. */
  private static String announced(BookingReceipt receipt) throws Exception {
    Path file = temp.resolve("f-" + receipt.bookingId());
    Files.write(file, new byte[1000]);
    var documents =
        new PatientDocuments(
            new AnonymousTransport(URI.create(server.url())), RANDOM, Clock.systemUTC());
    PreparedDocument prepared = documents.prepare(receipt, fixture.target(), file, "text/plain");
    var response =
        send(
            HttpRequest.newBuilder(
                    URI.create(server.url() + "/v1/bookings/" + receipt.bookingId() + "/documents"))
                .header(DocumentLimits.CAPABILITY_HEADER, secret(receipt))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofByteArray(
                        Json.mapper().writeValueAsBytes(prepared.request()))));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return server.url()
        + "/v1/bookings/"
        + receipt.bookingId()
        + "/documents/"
        + prepared.documentId();
  }

  private static String secret(BookingReceipt receipt) {
    return Base64.getEncoder().encodeToString(receipt.cancelSecret());
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void anUploadOfAnotherLengthThanAnnouncedIsRefused() throws Exception {
    BookingReceipt receipt = booking();
    String url = announced(receipt);
    var response =
        send(
            HttpRequest.newBuilder(URI.create(url + "/content"))
                .header(DocumentLimits.CAPABILITY_HEADER, secret(receipt))
                .header("Content-Type", "application/octet-stream")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(new byte[10])));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("Content-Length");
  }

  @Test
  void contentIsNotServedBeforeItArrives() throws Exception {
    BookingReceipt receipt = booking();
    String url = announced(receipt);
    var response =
        send(
            HttpRequest.newBuilder(URI.create(url + "/content"))
                .header(DocumentLimits.CAPABILITY_HEADER, secret(receipt))
                .GET());
    assertThat(response.statusCode()).isEqualTo(409);
    assertThat(response.body()).contains("not_uploaded");
  }

  @Test
  void thePatientsRoutesRefuseASession() throws Exception {
    BookingReceipt receipt = booking();
    var response =
        send(
            HttpRequest.newBuilder(
                    URI.create(server.url() + "/v1/bookings/" + receipt.bookingId() + "/documents"))
                .header(DocumentLimits.CAPABILITY_HEADER, secret(receipt))
                .header("Authorization", "Bearer " + fixture.memberToken)
                .GET());
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("credentials_not_allowed");
  }

  @Test
  void aMissingOrMalformedCapabilityIsRefusedWithoutEcho() throws Exception {
    BookingReceipt receipt = booking();
    var response =
        send(
            HttpRequest.newBuilder(
                    URI.create(server.url() + "/v1/bookings/" + receipt.bookingId() + "/documents"))
                .header(DocumentLimits.CAPABILITY_HEADER, "not-base64-Zx9!")
                .GET());
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).doesNotContain("Zx9");
  }

  @Test
  void anOutsiderSeesNoPracticeDocuments() throws Exception {
    var response =
        send(
            HttpRequest.newBuilder(
                    URI.create(server.url() + "/v1/practices/" + fixture.practiceId + "/documents"))
                .header("Authorization", "Bearer " + fixture.outsiderToken)
                .GET());
    assertThat(response.statusCode()).isEqualTo(403);
  }
}
