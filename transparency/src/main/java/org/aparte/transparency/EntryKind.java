package org.aparte.transparency;

import java.util.Optional;

/**
 * What a log entry records, as its one-byte code. Codes are permanent: a retired kind keeps its
 * number. Room is left for what the privacy model also logs, each with its code reserved here so
 * two branches cannot pick the same one:
 *
 * <ul>
 *   <li>0x04: the booking-token issuer's epoch key (RFC 9474), per epoch;
 *   <li>0x05: the notifier's key; 0x06: a support agent's key;
 *   <li>0x10 and up: support-access events (request, approval, fetch, revocation, expiry).
 * </ul>
 */
public enum EntryKind {
  /** An account's X-Wing public key (what practices wrap the practice key to). */
  ACCOUNT_ENCRYPTION_KEY(0x01),
  /** An account's Ed25519 public key. */
  ACCOUNT_SIGNING_KEY(0x02),
  /** One version of a practice's X-Wing public key (what patients encrypt bookings to). */
  PRACTICE_KEY(0x03);

  private final int code;

  EntryKind(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  public static Optional<EntryKind> fromCode(int code) {
    for (EntryKind kind : values()) {
      if (kind.code == code) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
