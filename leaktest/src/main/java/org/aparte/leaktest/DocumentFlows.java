package org.aparte.leaktest;

import static org.aparte.leaktest.FlowCheck.require;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;
import org.aparte.client.ApiTransport;
import org.aparte.client.booking.BookingDataKeys;
import org.aparte.client.booking.BookingReceipt;
import org.aparte.client.document.PatientDocuments;
import org.aparte.client.document.PracticeDocuments;
import org.aparte.protocol.booking.Agenda;
import org.aparte.protocol.booking.AgendaEntry;

/**
 * Documents both ways on one booking: the patient sends a file whose name and content are canaries,
 * the practice reads it and answers with a file of its own, the patient reads that. The plaintext
 * files live in a scratch directory outside the platform's data directory, and are deleted at the
 * end; the encrypted blobs stay in {@code <data-dir>/blobs} to be searched.
 */
final class DocumentFlows {
  private final FlowContext context;
  private final PracticeFlows practice;
  private final Canaries c;

  DocumentFlows(FlowContext context, PracticeFlows practice) {
    this.context = context;
    this.practice = practice;
    this.c = context.canaries;
  }

  void run(BookingReceipt booking) throws Exception {
    Path scratch = Files.createTempDirectory("aparte-leak-documents");
    try {
      patientToPractice(booking, scratch);
      practiceToPatient(booking, scratch);
    } finally {
      try (Stream<Path> files = Files.walk(scratch)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(file);
        }
      }
    }
  }

  private void patientToPractice(BookingReceipt booking, Path scratch) throws Exception {
    Path file = canaryFile(scratch.resolve(c.documentName.value()), c.documentContent.value());
    var patient = new PatientDocuments(context.anonymous(), context.random, context.clock);
    var prepared = patient.prepare(booking, practice.target(), file, "application/pdf");
    patient.send(booking, prepared, n -> {});
    var documents = practiceDocuments();
    var listing = documents.list(practice.practiceId, practice.keyring());
    require(listing.problems().isEmpty(), "practice lists documents");
    require(
        listing.documents().stream()
            .anyMatch(d -> d.meta().fileName().equals(c.documentName.value())),
        "practice sees the file name");
    Path copy = scratch.resolve("practice-copy");
    documents.download(
        practice.practiceId, practice.keyring(), prepared.documentId(), copy, n -> {});
    require(Files.mismatch(file, copy) == -1, "practice downloads the same bytes");
    context.step("documents: a patient sends a file; the practice lists and downloads it");
  }

  private void practiceToPatient(BookingReceipt booking, Path scratch) throws Exception {
    Path file = canaryFile(scratch.resolve(c.replyName.value()), c.replyContent.value());
    var bookingKey =
        BookingDataKeys.openForPractice(
            booking.bookingId(),
            wrappedKeyOf(booking),
            practice.keyring().version(practice.target().keyVersion()).orElseThrow());
    var documents = practiceDocuments();
    var prepared =
        documents.prepare(practice.target(), booking.bookingId(), bookingKey, file, "text/plain");
    documents.send(practice.practiceId, prepared, n -> {});
    var patient = new PatientDocuments(context.anonymous(), context.random, context.clock);
    var listing = patient.list(booking);
    require(listing.problems().isEmpty() && listing.documents().size() == 2, "patient lists");
    Path copy = scratch.resolve("patient-copy");
    patient.download(booking, prepared.documentId(), copy, n -> {});
    require(Files.mismatch(file, copy) == -1, "patient downloads the same bytes");
    context.step("documents: the practice answers with a file; the patient downloads it");
  }

  private PracticeDocuments practiceDocuments() {
    return new PracticeDocuments(practice.secretaryTransport(), context.random, context.clock);
  }

  /** The booking's data key as the agenda gives it to members: wrapped to the practice key. */
  byte[] wrappedKeyOf(BookingReceipt booking) throws Exception {
    Instant at = booking.start();
    ApiTransport transport = practice.secretaryTransport();
    Agenda agenda =
        transport.call(
            "GET",
            "/v1/practices/"
                + practice.practiceId
                + "/bookings?from="
                + URLEncoder.encode(
                    at.minus(Duration.ofHours(1)).toString(), StandardCharsets.UTF_8)
                + "&to="
                + URLEncoder.encode(
                    at.plus(Duration.ofHours(1)).toString(), StandardCharsets.UTF_8),
            null,
            Agenda.class);
    return agenda.bookings().stream()
        .filter(entry -> entry.bookingId().equals(booking.bookingId()))
        .map(AgendaEntry::wrappedKey)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("flow check failed: booking in agenda"));
  }

  /** Several stream segments of text, so a leak of any plaintext block would show. */
  private static Path canaryFile(Path file, String canary) throws IOException {
    byte[] line = (canary + "\n").getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(file)) {
      for (int written = 0; written < 200_000; written += line.length) {
        out.write(line);
      }
    }
    return file;
  }
}
