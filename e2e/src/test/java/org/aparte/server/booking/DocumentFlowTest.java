package org.aparte.server.booking;

import static org.aparte.server.booking.BookingFixture.RANDOM;
import static org.aparte.server.booking.BookingFixture.appointment;
import static org.aparte.server.booking.BookingFixture.slot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.aparte.blobstore.DirectoryBlobStore;
import org.aparte.client.AnonymousTransport;
import org.aparte.client.ApiError;
import org.aparte.client.ApiTransport;
import org.aparte.client.booking.BookingDataKeys;
import org.aparte.client.booking.BookingReceipt;
import org.aparte.client.document.DocumentMeta;
import org.aparte.client.document.DocumentPadding;
import org.aparte.client.document.PatientDocuments;
import org.aparte.client.document.PracticeDocuments;
import org.aparte.client.document.TamperedDocumentException;
import org.aparte.crypto.stream.StreamCipher;
import org.aparte.protocol.document.DocumentDirection;
import org.aparte.server.AparteServer;
import org.aparte.server.ServerConfig;
import org.aparte.server.ServerSettings;
import org.aparte.server.ServerWiring;
import org.aparte.server.document.DocumentSettings;
import org.aparte.server.token.TokenSettings;
import org.aparte.store.testing.Sql;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents end to end: the SDK streams files through the real server into a real blob store. */
class DocumentFlowTest {
  static final long LIMIT = 8L * 1024 * 1024;
  @TempDir static Path temp;
  private static BookingFixture fixture;
  private static AparteServer server;
  private static Path blobs;
  private static int nextSlot;

  @BeforeAll
  static void start() throws IOException {
    fixture = new BookingFixture();
    blobs = temp.resolve("data").resolve("blobs");
    var settings = new DocumentSettings(DirectoryBlobStore.open(blobs), LIMIT);
    server =
        new ServerWiring(
                new ServerConfig("127.0.0.1", 0, ServerConfig.DEFAULT_MAX_BODY_BYTES),
                fixture.database,
                Clock.systemUTC(),
                ServerSettings.defaults()
                    .withTokens(
                        TokenSettings.defaults().withPerEpochLimit(TokenSettings.MAX_PER_EPOCH))
                    .withDocuments(settings))
            .server()
            .start();
  }

  @AfterAll
  static void stop() {
    server.close();
    fixture.close();
  }

  private static PatientDocuments patient() {
    return new PatientDocuments(
        new AnonymousTransport(URI.create(server.url())), RANDOM, Clock.systemUTC());
  }

  private static PracticeDocuments practice() {
    ApiTransport transport = new ApiTransport(URI.create(server.url()));
    transport.useSession(fixture.memberToken);
    return new PracticeDocuments(transport, RANDOM, Clock.systemUTC());
  }

  private static BookingReceipt booking() throws Exception {
    int n = nextSlot++;
    String slot = slot(fixture.group, 4 + n / 20, 8 + (n % 20) / 2, (n % 2) * 30);
    return fixture
        .bookings(server)
        .book(fixture.target(), appointment(fixture.group, "documents", slot));
  }

  private static Path file(String name, long size, long seed) throws IOException {
    Path file = temp.resolve(name);
    Random random = new Random(seed);
    byte[] chunk = new byte[64 * 1024];
    try (OutputStream out = Files.newOutputStream(file)) {
      for (long left = size; left > 0; left -= chunk.length) {
        random.nextBytes(chunk);
        out.write(chunk, 0, (int) Math.min(chunk.length, left));
      }
    }
    return file;
  }

  private static List<Path> blobFiles() throws IOException {
    try (var files = Files.list(blobs)) {
      return files.filter(Files::isRegularFile).toList();
    }
  }

  private static String blobOf(UUID documentId) {
    return Sql.column(
            fixture.database, "SELECT blob_id FROM documents WHERE id = '" + documentId + "'")
        .get(0);
  }

  @Test
  void aMultiMegabyteFileGoesFromPatientToPracticeAndBack() throws Exception {
    BookingReceipt receipt = booking();
    Path original = file("scan.pdf", 5 * 1024 * 1024 + 123, 1);
    var prepared = patient().prepare(receipt, fixture.target(), original, "application/pdf");
    AtomicLong progress = new AtomicLong();
    var sent = patient().send(receipt, prepared, progress::set);

    assertThat(sent.uploaded()).isTrue();
    assertThat(progress.get()).isEqualTo(Files.size(original));
    var listing = practice().list(fixture.practiceId, fixture.keyring());
    assertThat(listing.problems()).isEmpty();
    var entry =
        listing.documents().stream()
            .filter(d -> d.documentId().equals(prepared.documentId()))
            .findFirst()
            .orElseThrow();
    assertThat(entry.meta().fileName()).isEqualTo("scan.pdf");
    assertThat(entry.meta().mediaType()).isEqualTo("application/pdf");
    assertThat(entry.meta().size()).isEqualTo(Files.size(original));
    assertThat(entry.direction()).isEqualTo(DocumentDirection.TO_PRACTICE);

    Path atPractice = temp.resolve("practice-copy.pdf");
    practice()
        .download(
            fixture.practiceId, fixture.keyring(), prepared.documentId(), atPractice, n -> {});
    assertThat(Files.mismatch(original, atPractice)).isEqualTo(-1);
    Path atPatient = temp.resolve("patient-copy.pdf");
    patient().download(receipt, prepared.documentId(), atPatient, n -> {});
    assertThat(Files.mismatch(original, atPatient)).isEqualTo(-1);
  }

  @Test
  void aPracticeSendsToThePatientOfABooking() throws Exception {
    BookingReceipt receipt = booking();
    byte[] wrapped =
        fixture.database.transaction(
            connection -> {
              try (PreparedStatement query =
                  connection.prepareStatement("SELECT wrapped_key FROM bookings WHERE id = ?")) {
                query.setObject(1, receipt.bookingId());
                try (ResultSet row = query.executeQuery()) {
                  row.next();
                  return row.getBytes(1);
                }
              }
            });
    var bookingKey =
        BookingDataKeys.openForPractice(receipt.bookingId(), wrapped, fixture.practiceKey);
    Path original = file("results.txt", 300_000, 2);
    var prepared =
        practice()
            .prepare(fixture.target(), receipt.bookingId(), bookingKey, original, "text/plain");
    practice().send(fixture.practiceId, prepared, n -> {});

    var listing = patient().list(receipt);
    assertThat(listing.problems()).isEmpty();
    assertThat(listing.documents())
        .singleElement()
        .satisfies(d -> assertThat(d.direction()).isEqualTo(DocumentDirection.TO_PATIENT))
        .satisfies(d -> assertThat(d.meta().fileName()).isEqualTo("results.txt"));
    Path copy = temp.resolve("results-copy.txt");
    DocumentMeta meta = patient().download(receipt, prepared.documentId(), copy, n -> {});
    assertThat(meta.size()).isEqualTo(300_000);
    assertThat(Files.mismatch(original, copy)).isEqualTo(-1);
    assertThatThrownBy(() -> patient().delete(receipt, prepared.documentId()))
        .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.code()).isEqualTo("not_owner"));
  }

  @Test
  void documentsStayReadableAfterARescheduleAndTheAgendaStillOpens() throws Exception {
    BookingReceipt receipt = booking();
    Path original = file("before-move.txt", 5000, 10);
    var prepared = patient().prepare(receipt, fixture.target(), original, "text/plain");
    patient().send(receipt, prepared, n -> {});
    String newSlot = slot(fixture.group, 25, 15, 0);
    BookingReceipt moved =
        fixture
            .bookings(server)
            .reschedule(
                receipt, fixture.target(), appointment(fixture.group, "documents", newSlot));

    assertThat(moved.dataKey()).isEqualTo(receipt.dataKey());
    var listing = patient().list(moved);
    assertThat(listing.problems()).isEmpty();
    assertThat(listing.documents()).hasSize(1);
    Path copy = temp.resolve("after-move.txt");
    patient().download(moved, prepared.documentId(), copy, n -> {});
    assertThat(Files.mismatch(original, copy)).isEqualTo(-1);
  }

  @Test
  void blobSizesRevealOnlyThePaddingBucket() throws Exception {
    BookingReceipt receipt = booking();
    Path smaller = file("smaller.bin", 300_000, 11);
    Path larger = file("larger.bin", 301_000, 12);
    var first = patient().prepare(receipt, fixture.target(), smaller, "application/pdf");
    var second = patient().prepare(receipt, fixture.target(), larger, "application/pdf");
    patient().send(receipt, first, n -> {});
    patient().send(receipt, second, n -> {});

    long expected =
        StreamCipher.withDefaultSegments().ciphertextSize(DocumentPadding.padded(301_000));
    assertThat(Files.size(blobs.resolve(blobOf(first.documentId())))).isEqualTo(expected);
    assertThat(Files.size(blobs.resolve(blobOf(second.documentId())))).isEqualTo(expected);
    Path copy = temp.resolve("smaller-copy.bin");
    practice().download(fixture.practiceId, fixture.keyring(), first.documentId(), copy, n -> {});
    assertThat(Files.mismatch(smaller, copy)).isEqualTo(-1);
  }

  @Test
  void aFlippedByteInTheStoredBlobIsRefusedAndNothingIsWritten() throws Exception {
    BookingReceipt receipt = booking();
    Path original = file("tamper.bin", 200_000, 3);
    var prepared = patient().prepare(receipt, fixture.target(), original, "image/png");
    patient().send(receipt, prepared, n -> {});
    Path blob = blobs.resolve(blobOf(prepared.documentId()));
    byte[] bytes = Files.readAllBytes(blob);
    bytes[bytes.length / 2] ^= 0x01;
    Files.write(blob, bytes);

    Path target = temp.resolve("tampered-copy.bin");
    assertThatThrownBy(
            () ->
                practice()
                    .download(
                        fixture.practiceId,
                        fixture.keyring(),
                        prepared.documentId(),
                        target,
                        n -> {}))
        .isInstanceOf(TamperedDocumentException.class)
        .hasMessageContaining("does not authenticate");
    assertThat(target).doesNotExist();
    try (var left = Files.list(temp)) {
      assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
    }
  }

  @Test
  void aFileOverTheLimitIsRefusedBeforeItsBytes() throws Exception {
    BookingReceipt receipt = booking();
    Path big = file("big.bin", LIMIT + 1, 4);
    var prepared = patient().prepare(receipt, fixture.target(), big, "application/octet-stream");
    assertThatThrownBy(() -> patient().send(receipt, prepared, n -> {}))
        .isInstanceOfSatisfying(
            ApiError.class,
            e -> {
              assertThat(e.status()).isEqualTo(413);
              assertThat(e.code()).isEqualTo("document_too_large");
            });
    assertThat(
            Sql.column(
                fixture.database,
                "SELECT id FROM documents WHERE id = '" + prepared.documentId() + "'"))
        .isEmpty();
  }

  @Test
  void deletingByTheOwnerErasesTheBlob() throws Exception {
    BookingReceipt receipt = booking();
    var prepared =
        patient().prepare(receipt, fixture.target(), file("delete.bin", 70_000, 5), "text/plain");
    patient().send(receipt, prepared, n -> {});
    Path blob = blobs.resolve(blobOf(prepared.documentId()));
    assertThat(blob).exists();

    assertThatThrownBy(() -> practice().delete(fixture.practiceId, prepared.documentId()))
        .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.status()).isEqualTo(403));
    patient().delete(receipt, prepared.documentId());

    assertThat(blob).doesNotExist();
    assertThat(patient().list(receipt).documents()).isEmpty();
  }

  @Test
  void aRetriedSendLeavesOneDocumentAndOneBlob() throws Exception {
    BookingReceipt receipt = booking();
    var prepared =
        patient().prepare(receipt, fixture.target(), file("retry.bin", 150_000, 6), "text/plain");
    List<Path> before = new ArrayList<>(blobFiles());
    patient().send(receipt, prepared, n -> {});
    patient().send(receipt, prepared, n -> {});

    assertThat(patient().list(receipt).documents()).hasSize(1);
    List<Path> after = new ArrayList<>(blobFiles());
    after.removeAll(before);
    assertThat(after).containsExactly(blobs.resolve(blobOf(prepared.documentId())));
  }

  @Test
  void withoutTheBookingsSecretThereIsNothingToSee() throws Exception {
    BookingReceipt receipt = booking();
    var prepared =
        patient().prepare(receipt, fixture.target(), file("secret.bin", 1000, 7), "text/plain");
    patient().send(receipt, prepared, n -> {});
    byte[] wrongSecret = new byte[32];
    RANDOM.nextBytes(wrongSecret);
    BookingReceipt forged =
        new BookingReceipt(
            receipt.bookingId(),
            receipt.practiceId(),
            receipt.slotIds(),
            receipt.visitTypeName(),
            receipt.practiceName(),
            receipt.start(),
            receipt.dataKey(),
            wrongSecret,
            null,
            receipt.status(),
            null);
    assertThatThrownBy(() -> patient().list(forged))
        .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.status()).isEqualTo(404));
  }

  @Test
  void aDocumentKeySwappedBetweenDocumentsIsRefused() throws Exception {
    BookingReceipt receipt = booking();
    var first =
        patient().prepare(receipt, fixture.target(), file("one.txt", 1000, 8), "text/plain");
    var second =
        patient().prepare(receipt, fixture.target(), file("two.txt", 1000, 9), "text/plain");
    patient().send(receipt, first, n -> {});
    patient().send(receipt, second, n -> {});
    fixture.database.transaction(
        connection ->
            Sql.update(
                connection,
                "UPDATE documents SET booking_key = (SELECT booking_key FROM documents WHERE id = '"
                    + second.documentId()
                    + "') WHERE id = '"
                    + first.documentId()
                    + "'"));

    var listing = patient().list(receipt);
    assertThat(listing.documents())
        .extracting(d -> d.documentId())
        .containsExactly(second.documentId());
    assertThat(listing.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.documentId()).isEqualTo(first.documentId()));
  }
}
