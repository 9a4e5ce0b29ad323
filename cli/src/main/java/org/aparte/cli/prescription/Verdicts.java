package org.aparte.cli.prescription;

import java.io.PrintWriter;
import org.aparte.client.prescription.AlteredPrescriptionException;
import org.aparte.client.prescription.BadLogProofException;
import org.aparte.client.prescription.KeyNotInLogException;
import org.aparte.client.prescription.MalformedPrescriptionException;
import org.aparte.client.prescription.Medication;
import org.aparte.client.prescription.PrescriptionRejectedException;
import org.aparte.client.prescription.UnknownSignerKeyException;
import org.aparte.client.prescription.UntrustedTreeHeadException;
import org.aparte.client.prescription.VerifiedPrescription;

/** How {@code prescription verify} words its answer: one headline, then the details. */
final class Verdicts {
  private Verdicts() {}

  static void authentic(PrintWriter out, VerifiedPrescription verified) {
    var p = verified.prescription();
    out.println("AUTHENTIC: the signature is valid and the signer's key is in the log.");
    out.println(
        "  signed by: "
            + p.practitionerName()
            + ", registration number "
            + p.registrationNumber()
            + " (name and number as signed by the practitioner)");
    out.println(
        "  signer key: account "
            + verified.signerAccount()
            + ", signing key version "
            + verified.keyVersion()
            + ", included in the log at tree size "
            + verified.treeSize()
            + " (tree head of "
            + verified.treeHeadTime()
            + ", verified against the log's public key)");
    out.println("  issued on: " + p.issuedOn() + "   prescription id: " + p.id());
    out.println("  patient: " + p.patientName() + ", born " + p.patientBirthDate());
    for (Medication m : p.medications()) {
      out.println("  - " + m.name() + ": " + m.dosage() + ", for " + m.durationDays() + " days");
    }
  }

  static String headline(PrescriptionRejectedException rejected) {
    return switch (rejected) {
      case AlteredPrescriptionException e -> "NOT AUTHENTIC (altered or forged)";
      case UnknownSignerKeyException e -> "NOT AUTHENTIC (unknown signer key)";
      case KeyNotInLogException e -> "NOT AUTHENTIC (signer key not in the log)";
      case BadLogProofException e -> "NOT AUTHENTIC (bad log proof)";
      case UntrustedTreeHeadException e -> "NOT AUTHENTIC (tree head not signed by the log)";
      case MalformedPrescriptionException e -> "UNREADABLE (not a valid prescription code)";
    };
  }
}
