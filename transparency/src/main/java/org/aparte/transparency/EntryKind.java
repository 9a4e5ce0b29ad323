package org.aparte.transparency;

import java.util.Optional;

/**
 * What a log entry records, as its one-byte code. Codes are permanent: a retired kind keeps its
 * number. Room is left for what the privacy model also logs, each with its code reserved here so
 * two branches cannot pick the same one:
 *
 * <ul>
 *   <li>0x05: the notifier's key; 0x06: a support agent's key; 0x07: a support team key version;
 *   <li>0x10 to 0x16: support-access events ({@link SupportEvent}): request, approval, denial,
 *       fetch, revocation, expiry, refused attempt.
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
  NOTIFIER_KEY(0x05),
  /** A support agent's X-Wing key (its account key, logged again when it becomes an agent). */
  SUPPORT_AGENT_KEY(0x06),
  /** One version of the support team's X-Wing key, subject {@link #SUPPORT_TEAM_SUBJECT}. */
  SUPPORT_TEAM_KEY(0x07),
  /**
   * The hash of a web app bundle the server serves ({@link WebBundleStatement} in the entry's key
   * field), subject {@link #WEB_BUNDLE_SUBJECT}, versions 1, 2, … in the order the server first
   * served them: anyone can compare what the server serves with what it logged.
   */
  WEB_BUNDLE(0x08),
  /** An agent asked a ticket's owner for access to a scope ({@link SupportEvent}). */
  SUPPORT_REQUEST(0x10),
  /** The owner approved (maybe a narrower scope) until an expiry. */
  SUPPORT_APPROVAL(0x11),
  /** The owner denied the request. */
  SUPPORT_DENIAL(0x12),
  /** The agent fetched the disclosure. */
  SUPPORT_FETCH(0x13),
  /** The owner revoked the disclosure before its expiry. */
  SUPPORT_REVOCATION(0x14),
  /** The disclosure expired and its ciphertext was deleted. */
  SUPPORT_EXPIRY(0x15),
  /** Someone else than the owner (or the requesting agent) tried to act on it and was refused. */
  SUPPORT_REFUSED(0x16);

  /** The fixed subject id of the token issuer's entries. */
  public static final java.util.UUID TOKEN_ISSUER_SUBJECT = new java.util.UUID(0, 4);

  /** The fixed subject id of the notifier's entries. */
  public static final java.util.UUID NOTIFIER_SUBJECT = new java.util.UUID(0, 5);

  /** The fixed subject id of the web bundle hash entries. */
  public static final java.util.UUID WEB_BUNDLE_SUBJECT = new java.util.UUID(0, 8);

  /** The fixed subject id of the support team key's entries. */
  public static final java.util.UUID SUPPORT_TEAM_SUBJECT = new java.util.UUID(0, 7);

  /** Whether entries of this kind are {@link SupportEvent}s rather than {@link KeyEntry}s. */
  public boolean isSupportEvent() {
    return code >= 0x10 && code <= 0x16;
  }

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
