package org.aparte.protocol.support;

import java.util.List;

/**
 * What a ticket reference points at in the owner's vault, and the field names an agent may ask for.
 * The server checks names against this list; the owner's client fills in the values.
 */
public enum RefKind {
  /** A booking, as the vault's appointment entry holds it. */
  BOOKING(List.of("date", "practice", "visit-type", "status", "note")),
  /**
   * A booking of the owner's practice, as the member's client decrypted it from the agenda (a
   * practice discloses its own data the same way a patient does).
   */
  PRACTICE_BOOKING(List.of("date", "patient-name", "visit-type", "status", "reason")),
  /** The owner's profile. */
  PROFILE(
      List.of(
          "first-name",
          "last-name",
          "birth-date",
          "social-security-number",
          "phone",
          "email",
          "address"));

  private final List<String> fields;

  RefKind(List<String> fields) {
    this.fields = fields;
  }

  public List<String> fields() {
    return fields;
  }
}
