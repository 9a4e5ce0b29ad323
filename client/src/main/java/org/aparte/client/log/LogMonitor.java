package org.aparte.client.log;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.aparte.client.ApiError;
import org.aparte.crypto.CryptoException;
import org.aparte.crypto.keys.SigningPublicKey;
import org.aparte.transparency.ConsistencyVerifier;
import org.aparte.transparency.SignedTreeHead;
import org.aparte.transparency.TransparencyException;
import org.aparte.transparency.TreeHeadSignatureException;
import org.aparte.transparency.Witness;

/**
 * Follows the log's tree heads: each new head must be signed by the pinned key and be an extension
 * of the last head this client stored (RFC 9162 consistency), or the client refuses it and keeps
 * the old one. A rollback or a fork therefore cannot go unnoticed by a client that saw the past.
 *
 * <p>With a required witness, the client only takes heads that witness co-signed: a witness signs
 * one history, so a log cannot show this client a fork it does not also show the witness.
 */
public final class LogMonitor {
  private final LogClient log;
  private final SigningPublicKey pinnedKey;
  private final TreeHeadStore store;
  private final Optional<SigningPublicKey> requiredWitness;

  public LogMonitor(LogClient log, SigningPublicKey pinnedKey, TreeHeadStore store) {
    this(log, pinnedKey, store, Optional.empty());
  }

  public LogMonitor(
      LogClient log,
      SigningPublicKey pinnedKey,
      TreeHeadStore store,
      Optional<SigningPublicKey> requiredWitness) {
    this.log = Objects.requireNonNull(log, "log");
    this.pinnedKey = Objects.requireNonNull(pinnedKey, "pinnedKey");
    this.store = Objects.requireNonNull(store, "store");
    this.requiredWitness = Objects.requireNonNull(requiredWitness, "requiredWitness");
  }

  /**
   * A monitor that pins the log key the server names now and remembers tree heads in memory only:
   * for short-lived tools and tests. A long-lived client pins the key once and keeps the last head
   * (the CLI keeps both in its profile).
   */
  public static LogMonitor pinnedNow(LogClient log) throws IOException, ApiError {
    try {
      return new LogMonitor(
          log, SigningPublicKey.decode(log.publicKey()), TreeHeadStore.inMemory());
    } catch (CryptoException unusable) {
      throw new IOException("the server's log key is not an Ed25519 key", unusable);
    }
  }

  /**
   * Fetches, verifies and stores the newest tree head (the newest the required witness co-signed,
   * if there is one); returns it.
   */
  public SignedTreeHead refresh() throws IOException, ApiError, LogVerificationException {
    SignedTreeHead fresh =
        requiredWitness.isPresent() ? witnessed(requiredWitness.get()) : log.treeHead();
    accept(fresh);
    return fresh;
  }

  private SignedTreeHead witnessed(SigningPublicKey witness)
      throws IOException, ApiError, LogVerificationException {
    CosignedHead cosigned;
    try {
      cosigned = log.treeHeadCosignedBy(witness);
    } catch (ApiError missing) {
      if (missing.status() != 404) {
        throw missing;
      }
      throw new UntrustedTreeHeadException(
          "the witness you require has co-signed no tree head of this log; refusing to trust it",
          missing);
    }
    try {
      Witness.verifyCosignature(witness, cosigned.head().head(), cosigned.cosignature());
    } catch (TreeHeadSignatureException unsigned) {
      throw new UntrustedTreeHeadException(
          "the tree head is not co-signed by the witness you require; refusing it", unsigned);
    }
    return cosigned.head();
  }

  /** Verifies {@code fresh} against the pinned key and the stored head, then stores it. */
  public void accept(SignedTreeHead fresh) throws IOException, ApiError, LogVerificationException {
    try {
      fresh.verify(pinnedKey);
    } catch (TreeHeadSignatureException unsigned) {
      throw new UntrustedTreeHeadException(
          "the server's tree head is not signed by the pinned log key; refusing it", unsigned);
    }
    Optional<SignedTreeHead> last = store.last();
    if (last.isPresent()) {
      requireExtension(last.get(), fresh);
    }
    if (last.isEmpty() || fresh.head().size() >= last.get().head().size()) {
      store.save(fresh);
    }
  }

  private void requireExtension(SignedTreeHead old, SignedTreeHead fresh)
      throws IOException, ApiError, LogForkException {
    long first = old.head().size();
    long second = fresh.head().size();
    if (second < first) {
      throw new LogForkException(
          "the log shrank from "
              + first
              + " to "
              + second
              + " entries since this client last checked: it was rolled back; refusing it",
          null);
    }
    try {
      ConsistencyVerifier.verify(
          first,
          second,
          old.head().rootHash(),
          fresh.head().rootHash(),
          first == 0 || first == second ? List.of() : log.consistency(first, second));
    } catch (TransparencyException inconsistent) {
      throw new LogForkException(
          "the log's tree of "
              + second
              + " entries does not extend the tree of "
              + first
              + " entries this client saw before: the log was forked or rewritten; refusing it",
          inconsistent);
    }
  }
}
