package org.aparte.cli.prescription;

import java.io.IOException;
import java.util.UUID;
import org.aparte.client.ApiError;
import org.aparte.client.account.AccountSession;
import org.aparte.client.booking.BookingReceipt;
import org.aparte.client.booking.PracticeTarget;
import org.aparte.client.document.PatientDocuments;
import org.aparte.client.document.PracticeDocuments;
import org.aparte.client.prescription.EvidenceFetcher;
import org.aparte.crypto.SecretBytes;

/**
 * What issuing and exporting prescriptions need: the practitioner's unlocked account and the
 * booking's data key (from the agenda) on one side; the vault's receipts, the booking capability's
 * documents and this device's verified view of the log on the other.
 */
public interface PrescriptionContext {
  /** The logged-in practitioner: signing key, account id, session transport. */
  AccountSession practitioner();

  PracticeDocuments practiceDocuments();

  PracticeTarget practice(UUID practiceId) throws IOException, ApiError;

  /** The booking's data key, opened from the practice's agenda entry with the practice key. */
  SecretBytes bookingKey(UUID practiceId, UUID bookingId) throws IOException, ApiError;

  PatientDocuments patientDocuments();

  /** A booking of the logged-in patient, from the vault. */
  BookingReceipt appointment(UUID bookingId) throws IOException, ApiError;

  /** Fetches and checks the signer key's inclusion proof against this device's log trust. */
  EvidenceFetcher evidence() throws IOException, ApiError;
}
