package org.aparte.client.vault;

/** The patient's own details, all optional; they never leave the device unencrypted. */
public record VaultProfile(
    String firstName,
    String lastName,
    String birthDate,
    String socialSecurityNumber,
    String phone,
    String email,
    String address) {

  public static VaultProfile empty() {
    return new VaultProfile(null, null, null, null, null, null, null);
  }

  @Override
  public String toString() {
    return "VaultProfile[REDACTED]";
  }
}
