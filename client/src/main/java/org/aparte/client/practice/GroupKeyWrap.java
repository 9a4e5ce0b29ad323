package org.aparte.client.practice;

import java.security.SecureRandom;
import java.util.Arrays;
import org.aparte.crypto.CryptoException;
import org.aparte.crypto.MalformedInputException;
import org.aparte.crypto.SecretBytes;
import org.aparte.crypto.keys.EncryptionKeyPair;
import org.aparte.crypto.keys.EncryptionPublicKey;
import org.aparte.crypto.keys.KeyKind;
import org.aparte.crypto.wrap.KeyWrap;
import org.aparte.crypto.wrap.WrapPurpose;

/**
 * A group's X-Wing private key (a practice's, the support team's) wrapped to one member: the
 * 32-byte seed, HPKE-wrapped under the group's purpose and record id.
 */
public final class GroupKeyWrap {
  private GroupKeyWrap() {}

  public static byte[] wrap(
      EncryptionKeyPair groupKey,
      EncryptionPublicKey recipient,
      WrapPurpose purpose,
      byte[] recordId,
      SecureRandom random) {
    SecretBytes encoded = groupKey.encodePrivate();
    byte[] bytes = encoded.revealCopy();
    // encodePrivate() is 0x01 || kind || 32-byte seed; the wrap carries the seed (KeyWrap takes
    // exactly 32 bytes), and the kind is always X-Wing for group keys.
    byte[] raw = Arrays.copyOfRange(bytes, 2, bytes.length);
    SecretBytes seed = SecretBytes.copyOf(raw);
    Arrays.fill(raw, (byte) 0);
    Arrays.fill(bytes, (byte) 0);
    encoded.destroy();
    try {
      return KeyWrap.seal(seed, recipient, purpose, recordId, random);
    } finally {
      seed.destroy();
    }
  }

  /** Opens a wrap and checks the key against the group's published public key. */
  public static EncryptionKeyPair open(
      byte[] wrapped, EncryptionKeyPair me, WrapPurpose purpose, byte[] recordId, byte[] publicKey)
      throws CryptoException {
    SecretBytes seed = KeyWrap.open(wrapped, me, purpose, recordId);
    EncryptionKeyPair pair;
    try {
      pair = EncryptionKeyPair.fromPrivateKey(KeyKind.X_WING, seed);
    } finally {
      seed.destroy();
    }
    if (!pair.publicKey().equals(EncryptionPublicKey.decode(publicKey))) {
      throw new MalformedInputException("group key: private key does not match its public key");
    }
    return pair;
  }
}
