package org.aparte.client.log;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.aparte.client.ApiError;
import org.aparte.crypto.keys.SigningKeyPair;
import org.aparte.crypto.keys.SigningPublicKey;
import org.aparte.transparency.SignedTreeHead;
import org.aparte.transparency.TransparencyException;
import org.aparte.transparency.Witness;

/**
 * The witness process's round: fetch the log's newest head, check it extends the last head this
 * witness co-signed (the {@link Witness} rule), co-sign it, persist it as the new last head, and
 * hand the co-signature to the server. A head that is not an extension is refused and the state is
 * kept, so the witness never co-signs two histories.
 */
public final class WitnessRunner {
  /** What one round did. */
  public enum Outcome {
    COSIGNED,
    UNCHANGED
  }

  private final LogClient log;
  private final Witness witness;
  private final SigningPublicKey witnessKey;
  private final Consumer<SignedTreeHead> persist;
  private SignedTreeHead handedIn;

  /**
   * {@code persist} must store the head durably before it returns: a witness that forgot what it
   * co-signed could be led to co-sign a fork after a restart.
   */
  public WitnessRunner(
      LogClient log,
      SigningKeyPair witnessKey,
      SigningPublicKey logKey,
      Optional<SignedTreeHead> lastCosigned,
      Consumer<SignedTreeHead> persist) {
    this.log = Objects.requireNonNull(log, "log");
    this.witness = new Witness(witnessKey, logKey, lastCosigned.orElse(null));
    this.witnessKey = witnessKey.publicKey();
    this.persist = Objects.requireNonNull(persist, "persist");
  }

  public Outcome round() throws IOException, ApiError, TransparencyException {
    SignedTreeHead fresh = log.treeHead();
    Optional<SignedTreeHead> last = witness.last();
    if (last.isPresent() && last.get().equals(fresh) && fresh.equals(handedIn)) {
      return Outcome.UNCHANGED;
    }
    List<byte[]> proof = List.of();
    if (last.isPresent()) {
      long first = last.get().head().size();
      long second = fresh.head().size();
      if (first > 0 && first < second) {
        proof = log.consistency(first, second);
      }
    }
    byte[] cosignature = witness.cosign(fresh, proof);
    persist.accept(fresh);
    // Co-signing the same head again (when handing it in failed last time) gives the same bytes.
    log.handInCosignature(fresh.head().size(), witnessKey, cosignature);
    handedIn = fresh;
    return Outcome.COSIGNED;
  }

  public Optional<SignedTreeHead> last() {
    return witness.last();
  }
}
