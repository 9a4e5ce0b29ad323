package org.aparte.availability.demo;

/** Argument checks for the demo profile records. */
final class DemoChecks {
  private DemoChecks() {}

  static void text(String value, int max, String field) {
    if (value == null || value.isBlank() || value.length() > max) {
      throw new IllegalArgumentException(field + " must be 1 to " + max + " characters");
    }
    if (!value.strip().equals(value)) {
      throw new IllegalArgumentException(field + " must not start or end with white space");
    }
  }
}
