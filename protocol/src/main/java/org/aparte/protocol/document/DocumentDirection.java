package org.aparte.protocol.document;

/** Who sent a document; the sender is its owner, the only one who may delete it. */
public enum DocumentDirection {
  /** A patient to the practice of one of their bookings. */
  TO_PRACTICE,
  /** A practice member to the patient of a booking. */
  TO_PATIENT
}
