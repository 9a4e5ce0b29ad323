package org.aparte.transparency;

import java.util.Optional;

/**
 * What a log entry records, as its one-byte code. Codes are permanent: a retired kind keeps its
 * number. Room is left for what the privacy model also logs, each with its code reserved here so
 * two branches cannot pick the same one:
 *
 * <ul>
 *   <li>0x06: a support agent's key;
 *   <li>0x10 and up: support-access events (request, approval, fetch, revocation, expiry).
 * </ul>
 */
public enum EntryKind {
  /** An account's X-Wing public key (what practices wrap the practice key to). */
  ACCOUNT_ENCRYPTION_KEY(0x01),
  /** An account's Ed25519 public key. */
  ACCOUNT_SIGNING_KEY(0x02),
  /** One version of a practice's X-Wing public key (what patients encrypt bookings to). */
  PRACTICE_KEY(0x03),
  /**
   * The booking-token issuer's RSA key of one epoch (RFC 9474), subject {@link
   * #TOKEN_ISSUER_SUBJECT}, version {@code epoch + 1}: one key for everyone, so the issuer cannot
   * hand one patient a key of their own to recognise their tokens.
   */
  ISSUER_EPOCH_KEY(0x04),
  /**
   * One of the notifier's X-Wing public keys (what reminders and verification contacts are sealed
   * to), subject {@link #NOTIFIER_SUBJECT}, versions 1, 2, … in the order the server first saw
   * them: one notifier for everyone, so the server cannot hand one patient a key of its own.
   */
  NOTIFIER_KEY(0x05);

  /** The fixed subject id of the token issuer's entries. */
  public static final java.util.UUID TOKEN_ISSUER_SUBJECT = new java.util.UUID(0, 4);

  /** The fixed subject id of the notifier's entries. */
  public static final java.util.UUID NOTIFIER_SUBJECT = new java.util.UUID(0, 5);

  /**
   * The key version under which epoch {@code epoch}'s issuer key is logged (versions start at 1).
   */
  public static int issuerKeyVersion(long epoch) {
    return Math.toIntExact(epoch + 1);
  }

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
