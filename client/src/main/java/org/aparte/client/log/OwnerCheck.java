package org.aparte.client.log;

import java.io.IOException;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.aparte.client.ApiError;
import org.aparte.protocol.log.KeyHistoryResponse;
import org.aparte.protocol.log.KeyProofResponse;
import org.aparte.transparency.EntryKind;
import org.aparte.transparency.InclusionVerifier;
import org.aparte.transparency.KeyEntry;
import org.aparte.transparency.SignedTreeHead;
import org.aparte.transparency.TransparencyException;
import org.aparte.transparency.TreeHashes;

/**
 * An owner's look at its own entries: every key version the log lists for the owner's account or
 * practice must be one the owner holds. A version it does not know, or another key under a version
 * it knows, raises {@link ForeignKeyException}. The server picks what it lists, so this catches a
 * substitute it lists; a full scan ({@code aparte audit --entries}) catches one it hides.
 */
public final class OwnerCheck {
  private final LogClient log;
  private final LogMonitor monitor;

  public OwnerCheck(LogClient log, LogMonitor monitor) {
    this.log = Objects.requireNonNull(log, "log");
    this.monitor = Objects.requireNonNull(monitor, "monitor");
  }

  /** A check over {@link LogMonitor#pinnedNow}: for short-lived tools and tests. */
  public static OwnerCheck pinnedNow(LogClient log) throws IOException, ApiError {
    return new OwnerCheck(log, LogMonitor.pinnedNow(log));
  }

  /** Checks the account's two logged keys (version 1 each: account keys never rotate). */
  public void checkAccount(UUID accountId, byte[] encryptionKey, byte[] signingKey)
      throws IOException, ApiError, LogVerificationException {
    check(
        EntryKind.ACCOUNT_ENCRYPTION_KEY,
        "account-encryption",
        accountId,
        Map.of(1, encryptionKey));
    check(EntryKind.ACCOUNT_SIGNING_KEY, "account-signing", accountId, Map.of(1, signingKey));
  }

  /** Checks a practice's logged key versions against {@code mine} (version → encoded key). */
  public void checkPractice(UUID practiceId, Map<Integer, byte[]> mine)
      throws IOException, ApiError, LogVerificationException {
    check(EntryKind.PRACTICE_KEY, "practice", practiceId, mine);
  }

  public void check(EntryKind kind, String kindPath, UUID subject, Map<Integer, byte[]> mine)
      throws IOException, ApiError, LogVerificationException {
    SignedTreeHead head = monitor.refresh();
    KeyHistoryResponse history = log.keyHistory(kindPath, subject);
    if (history.treeSize() != head.head().size()) {
      // A head was published between the two calls: take both again.
      head = monitor.refresh();
      history = log.keyHistory(kindPath, subject);
    }
    for (KeyProofResponse proof : history.versions()) {
      KeyEntry entry;
      try {
        entry = KeyEntry.decode(proof.entry());
        InclusionVerifier.verify(
            proof.leafIndex(),
            head.head().size(),
            TreeHashes.leafHash(proof.entry()),
            proof.path(),
            head.head().rootHash());
      } catch (TransparencyException unproven) {
        throw new UnloggedKeyException("the log's listing of your keys does not verify", unproven);
      }
      if (entry.kind() != kind || !entry.subjectId().equals(subject)) {
        throw new UnloggedKeyException("the log listed an entry about someone else as yours");
      }
      byte[] own = mine.get(entry.keyVersion());
      if (own == null || !MessageDigest.isEqual(own, entry.publicKey())) {
        throw new ForeignKeyException(
            "ALARM: the transparency log shows a "
                + kindPath
                + " key (version "
                + entry.keyVersion()
                + ") that you did not create: someone registered a key in your name");
      }
    }
  }
}
