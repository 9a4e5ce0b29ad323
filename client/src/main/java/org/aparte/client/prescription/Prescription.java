package org.aparte.client.prescription;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A prescription as its practitioner signs it. The id is random (it names this prescription only,
 * so a pharmacy can refuse to dispense the same one twice); nothing here is sent in clear.
 */
public record Prescription(
    UUID id,
    LocalDate issuedOn,
    String practitionerName,
    String registrationNumber,
    String patientName,
    LocalDate patientBirthDate,
    List<Medication> medications) {
  public static final int MAX_MEDICATIONS = 16;

  public Prescription {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(issuedOn, "issuedOn");
    Objects.requireNonNull(patientBirthDate, "patientBirthDate");
    PrescriptionText.require("practitioner name", practitionerName);
    PrescriptionText.require("registration number", registrationNumber);
    PrescriptionText.require("patient name", patientName);
    medications = List.copyOf(medications);
    if (medications.isEmpty() || medications.size() > MAX_MEDICATIONS) {
      throw new IllegalArgumentException(
          "a prescription has 1 to " + MAX_MEDICATIONS + " medications");
    }
    PrescriptionDates.require(issuedOn);
    PrescriptionDates.require(patientBirthDate);
  }

  @Override
  public String toString() {
    return "Prescription[" + id + ", details redacted]";
  }
}
