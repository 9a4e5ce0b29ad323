package org.aparte.crypto.password;

import org.aparte.crypto.Labels;
import org.bouncycastle.crypto.digests.SHA256Digest;

/**
 * {@code SHA-256(utf8(label) || 0x00 || data)}. The zero byte ends the label, so no label can be
 * the prefix of another's input (labels never contain a zero byte).
 */
final class LabelledHash {
  static final int LENGTH = 32;

  private LabelledHash() {}

  static byte[] sha256(String label, byte[] data) {
    SHA256Digest digest = new SHA256Digest();
    byte[] prefix = Labels.utf8(label);
    digest.update(prefix, 0, prefix.length);
    digest.update((byte) 0x00);
    digest.update(data, 0, data.length);
    byte[] out = new byte[LENGTH];
    digest.doFinal(out, 0);
    return out;
  }
}
