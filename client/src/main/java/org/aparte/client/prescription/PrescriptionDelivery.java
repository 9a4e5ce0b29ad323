package org.aparte.client.prescription;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.aparte.client.ApiError;
import org.aparte.client.booking.BookingReceipt;
import org.aparte.client.booking.PracticeTarget;
import org.aparte.client.document.DocumentEntry;
import org.aparte.client.document.PatientDocuments;
import org.aparte.client.document.PracticeDocuments;
import org.aparte.client.document.TamperedDocumentException;
import org.aparte.crypto.SecretBytes;
import org.aparte.protocol.document.DocumentDirection;

/**
 * A signed prescription travels as an encrypted document of the booking, from the practice to the
 * patient, under {@link SignedPrescription#MEDIA_TYPE} (inside the encrypted metadata): the server
 * sees one more document of a booking, never that it is a prescription nor whose. The plaintext
 * bundle passes through a file in {@code scratch} (the documents path streams files), deleted
 * before returning.
 */
public final class PrescriptionDelivery {
  private PrescriptionDelivery() {}

  /** Returns the document id the prescription travels as. */
  public static UUID send(
      PracticeDocuments documents,
      PracticeTarget practice,
      UUID bookingId,
      SecretBytes bookingKey,
      SignedPrescription signed,
      Path scratch)
      throws IOException, ApiError {
    Path file = Files.createTempFile(scratch, "rx", ".bin");
    try {
      Files.write(file, signed.toBytes());
      var prepared =
          documents.prepare(practice, bookingId, bookingKey, file, SignedPrescription.MEDIA_TYPE);
      documents.send(practice.practiceId(), prepared, n -> {});
      return prepared.documentId();
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** The booking's documents that are prescriptions from the practice. */
  public static List<DocumentEntry> list(PatientDocuments documents, BookingReceipt booking)
      throws IOException, ApiError {
    return documents.list(booking).documents().stream()
        .filter(d -> d.direction() == DocumentDirection.TO_PATIENT)
        .filter(d -> d.meta().mediaType().equals(SignedPrescription.MEDIA_TYPE))
        .toList();
  }

  public static SignedPrescription receive(
      PatientDocuments documents, BookingReceipt booking, UUID documentId, Path scratch)
      throws IOException, ApiError, TamperedDocumentException, MalformedPrescriptionException {
    Path file = Files.createTempFile(scratch, "rx", ".bin");
    try {
      Files.delete(file);
      var meta = documents.download(booking, documentId, file, n -> {});
      if (!meta.mediaType().equals(SignedPrescription.MEDIA_TYPE)) {
        throw new MalformedPrescriptionException("this document is not a prescription");
      }
      return SignedPrescription.fromBytes(Files.readAllBytes(file));
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
