package org.aparte.client.prescription;

import java.time.LocalDate;

/** Dates travel as a signed 32-bit day count from 1970-01-01, so birth dates before 1970 fit. */
final class PrescriptionDates {
  static final LocalDate EARLIEST = LocalDate.of(1850, 1, 1);
  static final LocalDate LATEST = LocalDate.of(2200, 12, 31);

  private PrescriptionDates() {}

  static void require(LocalDate date) {
    if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
      throw new IllegalArgumentException("a date lies between 1850 and 2200");
    }
  }

  static int encode(LocalDate date) {
    return Math.toIntExact(date.toEpochDay());
  }

  static LocalDate decode(int days) {
    LocalDate date = LocalDate.ofEpochDay(days);
    require(date);
    return date;
  }
}
