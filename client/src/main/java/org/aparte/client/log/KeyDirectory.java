package org.aparte.client.log;

import java.io.IOException;
import java.util.UUID;
import org.aparte.client.ApiError;
import org.aparte.client.booking.PracticeTarget;
import org.aparte.crypto.CryptoException;
import org.aparte.crypto.keys.SigningPublicKey;
import org.aparte.transparency.EntryKind;
import org.aparte.transparency.KeyEntry;
import org.aparte.transparency.OwnerSignatureException;

/**
 * Refuses a key the log does not show: before the SDK encrypts to a practice or wraps a practice
 * key to a member, that key must be in a tree head this client verified (signature and
 * consistency), recorded exactly as offered. A server that substitutes a key must then log the
 * substitute, where its owner and every auditor can see it.
 */
public final class KeyDirectory {
  private final ProvenEntries entries;

  public KeyDirectory(LogClient log, LogMonitor monitor) {
    this.entries = new ProvenEntries(log, monitor);
  }

  /** A directory over {@link LogMonitor#pinnedNow}: for short-lived tools and tests. */
  public static KeyDirectory pinnedNow(LogClient log) throws IOException, ApiError {
    return new KeyDirectory(log, LogMonitor.pinnedNow(log));
  }

  /** Returns {@code target} once its key is proven to be in the log; refuses it otherwise. */
  public PracticeTarget requireLogged(PracticeTarget target)
      throws IOException, ApiError, LogVerificationException {
    requireLogged(
        EntryKind.PRACTICE_KEY,
        "practice",
        target.practiceId(),
        target.keyVersion(),
        target.publicKey().encoded());
    return target;
  }

  /**
   * Refuses a booking-token issuer key the log does not show for its epoch: a key made for one
   * patient alone would let the issuer recognise that patient's tokens when they book.
   */
  public void requireLoggedIssuerKey(long epoch, byte[] publicKey)
      throws IOException, ApiError, LogVerificationException {
    requireLogged(
        EntryKind.ISSUER_EPOCH_KEY,
        "token-issuer",
        EntryKind.TOKEN_ISSUER_SUBJECT,
        EntryKind.issuerKeyVersion(epoch),
        publicKey);
  }

  /**
   * Refuses a notifier key the log does not show under {@code version}: a key made for one patient
   * alone would let the server read that patient's reminders.
   */
  public void requireLoggedNotifierKey(int version, byte[] publicKey)
      throws IOException, ApiError, LogVerificationException {
    requireLogged(
        EntryKind.NOTIFIER_KEY, "notifier", EntryKind.NOTIFIER_SUBJECT, version, publicKey);
  }

  /**
   * Refuses an account encryption key (what a practice or support key is wrapped to) unless the log
   * shows it as that account's key, signed by that account's own logged signing key: a key the
   * server registered in the account's name has no such signature.
   */
  public void requireLoggedAccountKey(UUID accountId, byte[] encryptionKey)
      throws IOException, ApiError, LogVerificationException {
    KeyEntry encryption =
        requireLogged(
            EntryKind.ACCOUNT_ENCRYPTION_KEY, "account-encryption", accountId, 1, encryptionKey);
    KeyEntry signing =
        entries.proven(EntryKind.ACCOUNT_SIGNING_KEY, "account-signing", accountId, 1);
    try {
      SigningPublicKey owner = SigningPublicKey.decode(signing.publicKey());
      signing.verifyOwnerSignature(owner);
      encryption.verifyOwnerSignature(owner);
    } catch (CryptoException | OwnerSignatureException unsigned) {
      throw new UnloggedKeyException(
          "the account's key in the transparency log is not signed by the account itself:"
              + " refusing to encrypt anything to it",
          unsigned);
    }
  }

  /** The key {@code publicKey} is version {@code version} of {@code subject} in the log. */
  public KeyEntry requireLogged(
      EntryKind kind, String kindPath, UUID subject, int version, byte[] publicKey)
      throws IOException, ApiError, LogVerificationException {
    KeyEntry entry = entries.proven(kind, kindPath, subject, version);
    if (!entry.records(kind, subject, version, publicKey)) {
      throw new UnloggedKeyException(
          "the transparency log records another key for this "
              + kindPath
              + " (version "
              + version
              + ") than the one the server offered: the server substituted the key;"
              + " refusing to use it");
    }
    return entry;
  }
}
