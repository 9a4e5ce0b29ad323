package org.aparte.leaktest;

import static org.aparte.leaktest.FlowCheck.require;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.aparte.client.booking.BookingDataKeys;
import org.aparte.client.booking.BookingReceipt;
import org.aparte.client.document.PatientDocuments;
import org.aparte.client.document.PracticeDocuments;
import org.aparte.client.log.LogClient;
import org.aparte.client.log.LogMonitor;
import org.aparte.client.log.TreeHeadStore;
import org.aparte.client.prescription.EvidenceCodec;
import org.aparte.client.prescription.EvidenceFetcher;
import org.aparte.client.prescription.Medication;
import org.aparte.client.prescription.Prescription;
import org.aparte.client.prescription.PrescriptionDelivery;
import org.aparte.client.prescription.PrescriptionIssuer;
import org.aparte.client.prescription.PrescriptionVerifier;
import org.aparte.crypto.keys.SigningPublicKey;

/**
 * A practitioner signs a prescription whose patient, medication and dosage are canaries and sends
 * it to the patient of a booking (as an encrypted document); the patient receives it, fetches the
 * signer key's inclusion proof from the log and builds the QR code's payload. The PDF the patient
 * would print stays on the patient's device, so it is not an operator surface and is not made here.
 */
final class PrescriptionFlows {
  private final FlowContext context;
  private final PracticeFlows practice;
  private final Canaries c;

  PrescriptionFlows(FlowContext context, PracticeFlows practice) {
    this.context = context;
    this.practice = practice;
    this.c = context.canaries;
  }

  void run(BookingReceipt booking) throws Exception {
    Path scratch = Files.createTempDirectory("aparte-leak-prescriptions");
    try {
      var signed = PrescriptionIssuer.issue(practice.practitioner, prescription());
      var bookingKey =
          BookingDataKeys.openForPractice(
              booking.bookingId(),
              new DocumentFlows(context, practice).wrappedKeyOf(booking),
              practice.keyring().version(practice.target().keyVersion()).orElseThrow());
      var documents =
          new PracticeDocuments(practice.practitioner.transport(), context.random, context.clock);
      UUID sent =
          PrescriptionDelivery.send(
              documents, practice.target(), booking.bookingId(), bookingKey, signed, scratch);
      var patient = new PatientDocuments(context.anonymous(), context.random, context.clock);
      require(
          PrescriptionDelivery.list(patient, booking).stream()
              .anyMatch(d -> d.documentId().equals(sent)),
          "patient lists the prescription");
      var received = PrescriptionDelivery.receive(patient, booking, sent, scratch);
      String code = EvidenceCodec.toText(evidence(received));
      var verified = new PrescriptionVerifier(logKey()).verify(code);
      require(
          verified.prescription().patientName().equals(c.prescribedPatientName.value()),
          "the QR payload verifies offline");
      context.step("prescriptions: a practitioner signs and sends one; the patient verifies it");
    } finally {
      try (var files = Files.list(scratch)) {
        for (Path file : files.toList()) {
          Files.deleteIfExists(file);
        }
      }
      Files.deleteIfExists(scratch);
    }
  }

  private org.aparte.client.prescription.PrescriptionEvidence evidence(
      org.aparte.client.prescription.SignedPrescription received) throws Exception {
    var log = new LogClient(context.anonymous());
    var monitor = new LogMonitor(log, logKey(), TreeHeadStore.inMemory());
    return new EvidenceFetcher(log, monitor, logKey()).fetch(received);
  }

  private SigningPublicKey logKey() throws Exception {
    return SigningPublicKey.decode(new LogClient(context.anonymous()).publicKey());
  }

  private Prescription prescription() {
    return new Prescription(
        UUID.randomUUID(),
        context.today(),
        "Dr Locum Public",
        "10099999999",
        c.prescribedPatientName.value(),
        LocalDate.parse(c.patientBirthDate.value()),
        List.of(new Medication(c.prescribedMedication.value(), c.prescribedDosage.value(), 10)));
  }
}
