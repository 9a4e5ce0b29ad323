package org.aparte.client.vault;

import java.util.Objects;
import java.util.UUID;

/** Someone the patient books for (a child, an elderly parent). */
public record Relative(
    UUID id, String firstName, String lastName, String birthDate, String relationship) {
  public Relative {
    Objects.requireNonNull(id, "id");
  }

  @Override
  public String toString() {
    return "Relative[id=" + id + ", REDACTED]";
  }
}
