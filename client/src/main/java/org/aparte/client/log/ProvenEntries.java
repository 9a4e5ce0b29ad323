package org.aparte.client.log;

import java.io.IOException;
import java.util.Objects;
import java.util.UUID;
import org.aparte.client.ApiError;
import org.aparte.protocol.log.KeyProofResponse;
import org.aparte.transparency.EntryKind;
import org.aparte.transparency.InclusionVerifier;
import org.aparte.transparency.KeyEntry;
import org.aparte.transparency.SignedTreeHead;
import org.aparte.transparency.TransparencyException;
import org.aparte.transparency.TreeHashes;

/**
 * Fetches the log entry of one key version and proves it is in a tree head this client verified
 * (signature and consistency). Whether the entry records the expected key is the caller's check.
 */
final class ProvenEntries {
  /** How often to ask for a freshly queued key, {@link #QUEUED_PAUSE_MILLIS} apart. */
  static final int QUEUED_ATTEMPTS = 10;

  static final long QUEUED_PAUSE_MILLIS = 500;

  private final LogClient log;
  private final LogMonitor monitor;

  ProvenEntries(LogClient log, LogMonitor monitor) {
    this.log = Objects.requireNonNull(log, "log");
    this.monitor = Objects.requireNonNull(monitor, "monitor");
  }

  KeyEntry proven(EntryKind kind, String kindPath, UUID subject, int version)
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
      if (entry.kind() != kind
          || !entry.subjectId().equals(subject)
          || entry.keyVersion() != version) {
        throw new UnloggedKeyException("the log answered with an entry about another key");
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
      return entry;
    } catch (TransparencyException unproven) {
      throw new UnloggedKeyException(
          "the server's proof that this key is in the transparency log does not verify;"
              + " refusing to use it",
          unproven);
    }
  }

  private static void pause() throws IOException {
    try {
      Thread.sleep(QUEUED_PAUSE_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for the next tree head", e);
    }
  }
}
