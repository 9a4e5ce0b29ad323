package org.aparte.client.booking;

import java.time.LocalDate;
import java.util.Objects;

/** A relative the patient books for (a child, a parent), with how they are related. */
public record Relative(
    String firstName,
    String lastName,
    LocalDate birthDate,
    String socialSecurityNumber,
    String phone,
    String email,
    String relationship) {
  public Relative {
    Objects.requireNonNull(firstName, "firstName");
    Objects.requireNonNull(lastName, "lastName");
  }
}
