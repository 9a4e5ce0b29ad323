package org.aparte.client.log;

import java.io.IOException;
import java.util.Objects;
import java.util.UUID;
import org.aparte.client.ApiError;
import org.aparte.client.booking.PracticeTarget;
import org.aparte.protocol.log.KeyProofResponse;
import org.aparte.transparency.EntryKind;
import org.aparte.transparency.InclusionVerifier;
import org.aparte.transparency.KeyEntry;
import org.aparte.transparency.SignedTreeHead;
import org.aparte.transparency.TransparencyException;
import org.aparte.transparency.TreeHashes;

/**
 * Refuses a key the log does not show: before the SDK encrypts to a practice, the practice's key of
 * that version must be in a tree head this client verified (signature and consistency), recorded
 * exactly as offered. A server that substitutes a key must then log the substitute, where its owner
 * and every auditor can see it.
 */
public final class KeyDirectory {
  /** How often to ask for a freshly queued key, {@link #QUEUED_PAUSE_MILLIS} apart. */
  static final int QUEUED_ATTEMPTS = 10;

  static final long QUEUED_PAUSE_MILLIS = 500;

  private final LogClient log;
  private final LogMonitor monitor;

  public KeyDirectory(LogClient log, LogMonitor monitor) {
    this.log = Objects.requireNonNull(log, "log");
    this.monitor = Objects.requireNonNull(monitor, "monitor");
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

  private static void pause() throws IOException {
    try {
      Thread.sleep(QUEUED_PAUSE_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for the next tree head", e);
    }
  }

  /** The key {@code publicKey} is version {@code version} of {@code subject} in the log. */
  public void requireLogged(
      EntryKind kind, String kindPath, UUID subject, int version, byte[] publicKey)
      throws IOException, ApiError, LogVerificationException {
    SignedTreeHead head = monitor.refresh();
    KeyProofResponse proof = null;
    for (int attempt = 1; proof == null; attempt++) {
      try {
        proof = log.keyProof(kindPath, subject, version, head.head().size());
      } catch (ApiError refused) {
        if (refused.status() == 404) {
          throw new UnloggedKeyException(
              "the server offered a key (version "
                  + version
                  + ") that is not in the transparency log; refusing to use it",
              refused);
        }
        if (refused.status() != 503 || attempt >= QUEUED_ATTEMPTS) {
          throw refused;
        }
        // A key created seconds ago is queued until the next tree head: wait for that head.
        pause();
        head = monitor.refresh();
      }
    }
    try {
      KeyEntry entry = KeyEntry.decode(proof.entry());
      if (!entry.records(kind, subject, version, publicKey)) {
        throw new UnloggedKeyException(
            "the transparency log records another key for this "
                + kindPath
                + " (version "
                + version
                + ") than the one the server offered: the server substituted the key;"
                + " refusing to use it");
      }
      if (proof.treeSize() != head.head().size()) {
        throw new UnloggedKeyException("the key proof is for another tree size; refusing it");
      }
      InclusionVerifier.verify(
          proof.leafIndex(),
          proof.treeSize(),
          TreeHashes.leafHash(proof.entry()),
          proof.path(),
          head.head().rootHash());
    } catch (TransparencyException unproven) {
      throw new UnloggedKeyException(
          "the server's proof that this key is in the transparency log does not verify;"
              + " refusing to use it",
          unproven);
    }
  }
}
