package org.aparte.transparency;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.aparte.crypto.InvalidSignatureException;
import org.aparte.crypto.keys.SigningKeyPair;
import org.aparte.crypto.keys.SigningPublicKey;
import org.aparte.crypto.sign.Signatures;

/**
 * A witness: co-signs a log's tree heads, each only after checking it is signed by the log and
 * extends the last head it co-signed. A log that shows two histories cannot get both co-signed by
 * one witness, so clients that require its co-signature all see one history. The caller persists
 * {@link #last()} between runs; this class holds no I/O.
 */
public final class Witness {
  private final SigningKeyPair witnessKey;
  private final SigningPublicKey logKey;
  private SignedTreeHead last;

  public Witness(SigningKeyPair witnessKey, SigningPublicKey logKey, SignedTreeHead lastCosigned) {
    this.witnessKey = Objects.requireNonNull(witnessKey, "witnessKey");
    this.logKey = Objects.requireNonNull(logKey, "logKey");
    this.last = lastCosigned;
  }

  /**
   * The co-signature of {@code head}, given the consistency proof from the last co-signed head to
   * it (empty for the first head). Refuses, and keeps its state, if the log did not sign it, if it
   * is smaller than the last one, or if the proof does not show it extends the last one.
   */
  public synchronized byte[] cosign(SignedTreeHead head, List<byte[]> consistencyFromLast)
      throws TransparencyException {
    head.verify(logKey);
    if (last != null) {
      long first = last.head().size();
      long second = head.head().size();
      if (second < first) {
        throw new TreeSizeOrderException(first, second);
      }
      ConsistencyVerifier.verify(
          first, second, last.head().rootHash(), head.head().rootHash(), consistencyFromLast);
    }
    last = head;
    return Signatures.sign(witnessKey, LogSignatures.COSIGNATURE, head.head().encode());
  }

  public synchronized Optional<SignedTreeHead> last() {
    return Optional.ofNullable(last);
  }

  /** Returns normally only if {@code witness} co-signed exactly {@code head}. */
  public static void verifyCosignature(SigningPublicKey witness, TreeHead head, byte[] cosignature)
      throws TreeHeadSignatureException {
    try {
      Signatures.verify(witness, LogSignatures.COSIGNATURE, head.encode(), cosignature);
    } catch (InvalidSignatureException invalid) {
      throw new TreeHeadSignatureException(
          "tree head of size " + head.size() + ": not co-signed by this witness", invalid);
    }
  }
}
