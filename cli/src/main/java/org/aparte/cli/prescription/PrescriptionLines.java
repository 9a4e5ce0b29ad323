package org.aparte.cli.prescription;

import java.util.ArrayList;
import java.util.List;
import org.aparte.client.prescription.Medication;
import org.aparte.client.prescription.Prescription;

/** The prescription in words, as printed above its QR code. */
final class PrescriptionLines {
  static final int WIDTH = 90;

  private PrescriptionLines() {}

  static List<String> of(Prescription p) {
    List<String> lines = new ArrayList<>();
    lines.add("PRESCRIPTION - signed electronically (Aparté)");
    lines.add("");
    lines.add("Practitioner: " + p.practitionerName());
    lines.add("Registration number: " + p.registrationNumber());
    lines.add("Issued on: " + p.issuedOn());
    lines.add("Patient: " + p.patientName() + ", born " + p.patientBirthDate());
    lines.add("");
    for (Medication m : p.medications()) {
      String line = "- " + m.name() + ": " + m.dosage() + ", for " + m.durationDays() + " days";
      lines.addAll(PdfText.wrap(line, WIDTH));
    }
    lines.add("");
    lines.add("Prescription id: " + p.id());
    lines.add("Check it: scan the code below, or run 'aparte prescription verify <this file>'.");
    return lines;
  }
}
