package org.aparte.client.booking;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Who the appointment is for, as the practice needs to know them. Encrypted, never sent in clear.
 */
public record Person(
    String firstName,
    String lastName,
    LocalDate birthDate,
    String socialSecurityNumber,
    String phone,
    String email) {
  public Person {
    Objects.requireNonNull(firstName, "firstName");
    Objects.requireNonNull(lastName, "lastName");
  }
}
