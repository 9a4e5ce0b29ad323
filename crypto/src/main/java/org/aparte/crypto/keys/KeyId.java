package org.aparte.crypto.keys;

import java.util.Arrays;
import java.util.HexFormat;
import org.aparte.crypto.Labels;
import org.bouncycastle.crypto.digests.SHA256Digest;

/**
 * Short, stable name of a public key: the first 16 bytes of SHA-256(utf8(KEY_ID label) || 0x00 ||
 * encoded public key). Public information; it lets a wrapped key say which key opens it.
 */
public final class KeyId {
  public static final int LENGTH = 16;

  private final byte[] bytes;

  private KeyId(byte[] bytes) {
    this.bytes = bytes;
  }

  /** A key id read from a message; any 16 bytes are a well-formed id. */
  public static KeyId fromBytes(byte[] bytes) {
    if (bytes == null || bytes.length != LENGTH) {
      throw new IllegalArgumentException("a key id has exactly " + LENGTH + " bytes");
    }
    return new KeyId(bytes.clone());
  }

  /**
   * The id of a public key's encoding, without decoding or validating the key. For keys that were
   * validated when they were stored: decoding an X-Wing key (with its low-order and modulus checks)
   * costs far more than this hash, and the booking path needs only the id.
   */
  public static KeyId ofEncodedPublicKey(byte[] encodedPublicKey) {
    SHA256Digest sha256 = new SHA256Digest();
    byte[] label = Labels.utf8(Labels.KEY_ID);
    sha256.update(label, 0, label.length);
    sha256.update((byte) 0x00);
    sha256.update(encodedPublicKey, 0, encodedPublicKey.length);
    byte[] digest = new byte[sha256.getDigestSize()];
    sha256.doFinal(digest, 0);
    return new KeyId(Arrays.copyOf(digest, LENGTH));
  }

  public byte[] bytes() {
    return bytes.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof KeyId id && Arrays.equals(bytes, id.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  /** Lower-case hex of the 16 bytes. */
  @Override
  public String toString() {
    return HexFormat.of().formatHex(bytes);
  }
}
