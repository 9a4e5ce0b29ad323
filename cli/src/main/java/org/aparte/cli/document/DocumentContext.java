package org.aparte.cli.document;

import java.io.IOException;
import java.util.UUID;
import org.aparte.client.ApiError;
import org.aparte.client.booking.BookingReceipt;
import org.aparte.client.booking.PracticeKeyring;
import org.aparte.client.booking.PracticeTarget;
import org.aparte.client.document.PatientDocuments;
import org.aparte.client.document.PracticeDocuments;

/** What the document commands need: the two SDK sides, the vault's receipts, practice keys. */
public interface DocumentContext {
  /** The patient's side: anonymous transport, the booking's capability. */
  PatientDocuments patientDocuments();

  /** The member's side: the session transport. */
  PracticeDocuments practiceDocuments();

  /** A booking of the logged-in patient, from the vault. */
  BookingReceipt appointment(UUID bookingId) throws IOException, ApiError;

  PracticeTarget practice(UUID practiceId) throws IOException, ApiError;

  PracticeKeyring keyring(UUID practiceId) throws IOException, ApiError;
}
