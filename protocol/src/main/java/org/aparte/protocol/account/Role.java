package org.aparte.protocol.account;

/** What an account is for. Practitioners and secretaries also join practices as members. */
public enum Role {
  PATIENT,
  PRACTITIONER,
  SECRETARY
}
