package org.aparte.client.prescription;

import java.io.IOException;
import java.util.Objects;
import org.aparte.client.ApiError;
import org.aparte.client.log.LogClient;
import org.aparte.client.log.LogMonitor;
import org.aparte.client.log.LogVerificationException;
import org.aparte.crypto.keys.SigningPublicKey;
import org.aparte.protocol.log.KeyProofResponse;
import org.aparte.transparency.SignedTreeHead;

/**
 * The patient's side of an export: asks the log (anonymously) for the signer key's inclusion proof
 * at the newest tree head this client verified (signature and consistency, by the monitor), and
 * checks the result exactly as a pharmacist will, so a code a pharmacy would refuse is never
 * printed.
 */
public final class EvidenceFetcher {
  /** How often to ask again for a key still queued for the next head, and how long apart. */
  static final int QUEUED_ATTEMPTS = 10;

  static final long QUEUED_PAUSE_MILLIS = 500;

  private final LogClient log;
  private final LogMonitor monitor;
  private final PrescriptionVerifier verifier;

  public EvidenceFetcher(LogClient log, LogMonitor monitor, SigningPublicKey logKey) {
    this.log = Objects.requireNonNull(log, "log");
    this.monitor = Objects.requireNonNull(monitor, "monitor");
    this.verifier = new PrescriptionVerifier(logKey);
  }

  public PrescriptionEvidence fetch(SignedPrescription signed)
      throws IOException, ApiError, LogVerificationException, PrescriptionRejectedException {
    for (int attempt = 1; ; attempt++) {
      SignedTreeHead head = monitor.refresh();
      try {
        KeyProofResponse proof =
            log.keyProof(
                "account-signing", signed.signerAccount(), signed.keyVersion(), head.head().size());
        PrescriptionEvidence evidence =
            new PrescriptionEvidence(
                signed.encoded(),
                signed.signature(),
                proof.entry(),
                proof.leafIndex(),
                proof.path(),
                head);
        verifier.verify(evidence);
        return evidence;
      } catch (ApiError refused) {
        if (refused.status() != 503 || attempt >= QUEUED_ATTEMPTS) {
          throw refused;
        }
        pause();
      }
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
