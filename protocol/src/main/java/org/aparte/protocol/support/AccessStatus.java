package org.aparte.protocol.support;

/** Where an access request stands. */
public enum AccessStatus {
  PENDING,
  APPROVED,
  DENIED,
  REVOKED,
  EXPIRED
}
