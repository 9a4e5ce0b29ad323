package org.aparte.cli.log;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.aparte.crypto.CryptoException;
import org.aparte.crypto.keys.SigningPublicKey;
import org.aparte.transparency.EntryKind;
import org.aparte.transparency.KeyEntry;
import org.aparte.transparency.OwnerSignatureException;

/**
 * An auditor's count of account key entries that do not carry a valid signature by the account's
 * own logged signing key: the server can log keys in an account's name, but not sign for it.
 */
final class OwnerSignatureTally {
  private final Map<UUID, KeyEntry> signingKeys = new HashMap<>();
  private final Map<UUID, KeyEntry> encryptionKeys = new HashMap<>();

  void add(KeyEntry entry) {
    if (entry.kind() == EntryKind.ACCOUNT_SIGNING_KEY) {
      signingKeys.put(entry.subjectId(), entry);
    } else if (entry.kind() == EntryKind.ACCOUNT_ENCRYPTION_KEY) {
      encryptionKeys.put(entry.subjectId(), entry);
    }
  }

  /** Account entries (both kinds) whose owner signature is missing or does not verify. */
  long unsigned() {
    long unsigned = 0;
    for (KeyEntry signing : signingKeys.values()) {
      if (!signedBy(signing, signing)) {
        unsigned++;
      }
    }
    for (KeyEntry encryption : encryptionKeys.values()) {
      KeyEntry signing = signingKeys.get(encryption.subjectId());
      if (signing == null || !signedBy(encryption, signing)) {
        unsigned++;
      }
    }
    return unsigned;
  }

  private static boolean signedBy(KeyEntry entry, KeyEntry signing) {
    try {
      entry.verifyOwnerSignature(SigningPublicKey.decode(signing.publicKey()));
      return true;
    } catch (CryptoException | OwnerSignatureException e) {
      return false;
    }
  }
}
