package org.aparte.client.prescription;

/**
 * One line of a prescription: what, how to take it, and for how many days. Texts are NFC, 1 to
 * {@value PrescriptionText#MAX_BYTES} UTF-8 bytes, so the signed encoding is canonical.
 */
public record Medication(String name, String dosage, int durationDays) {
  public static final int MAX_DURATION_DAYS = 3650;

  public Medication {
    PrescriptionText.require("medication name", name);
    PrescriptionText.require("dosage", dosage);
    if (durationDays < 1 || durationDays > MAX_DURATION_DAYS) {
      throw new IllegalArgumentException("a duration is 1 to " + MAX_DURATION_DAYS + " days");
    }
  }

  @Override
  public String toString() {
    return "Medication[redacted]";
  }
}
