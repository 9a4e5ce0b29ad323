package org.aparte.crypto;

import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;

/** HKDF-SHA256 (RFC 5869), from BouncyCastle. Every call names its purpose through {@code info}. */
public final class Hkdf {
  /** RFC 5869 caps the output at 255 hash lengths. */
  public static final int MAX_OUTPUT = 255 * 32;

  private Hkdf() {}

  public static byte[] sha256(byte[] inputKeyMaterial, byte[] salt, byte[] info, int length) {
    if (inputKeyMaterial == null || inputKeyMaterial.length == 0) {
      throw new IllegalArgumentException("HKDF needs input key material");
    }
    if (length <= 0 || length > MAX_OUTPUT) {
      throw new IllegalArgumentException("HKDF output length must be 1.." + MAX_OUTPUT);
    }
    HKDFBytesGenerator generator = new HKDFBytesGenerator(new SHA256Digest());
    generator.init(new HKDFParameters(inputKeyMaterial, salt, info));
    byte[] out = new byte[length];
    generator.generateBytes(out, 0, length);
    return out;
  }

  /** Derives a 32-byte subkey of {@code key} for the purpose named by {@code label}. */
  public static SecretBytes subkey(SecretBytes key, String label) {
    byte[] ikm = key.revealCopy();
    try {
      byte[] derived = sha256(ikm, null, Labels.utf8(label), 32);
      SecretBytes subkey = SecretBytes.copyOf(derived);
      java.util.Arrays.fill(derived, (byte) 0);
      return subkey;
    } finally {
      java.util.Arrays.fill(ikm, (byte) 0);
    }
  }
}
