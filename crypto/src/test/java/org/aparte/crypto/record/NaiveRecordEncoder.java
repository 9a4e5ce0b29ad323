package org.aparte.crypto.record;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A deliberately plain re-implementation of the v1 record format, written from the layout in the
 * docs rather than from {@link RecordCipher}: it takes the nonce as a parameter and does no
 * validation, so tests can cross-check the real encoder byte for byte and the vector generator can
 * build cases the real encoder refuses to make (bad padding under a valid tag).
 */
public final class NaiveRecordEncoder {
  private NaiveRecordEncoder() {}

  /** {@code plaintext || 0x80 || 0x00...} up to the smallest power of two >= max(256, len + 1). */
  public static byte[] pad(byte[] plaintext) {
    int bucket = 256;
    while (bucket < plaintext.length + 1) {
      bucket *= 2;
    }
    byte[] padded = new byte[bucket];
    System.arraycopy(plaintext, 0, padded, 0, plaintext.length);
    padded[plaintext.length] = (byte) 0x80;
    return padded;
  }

  /** Encrypts an already padded (or deliberately mis-padded) plaintext. */
  public static byte[] seal(
      byte[] key, String type, byte[] recordId, byte[] nonce, byte[] paddedPlaintext)
      throws Exception {
    byte[] label = type.getBytes(StandardCharsets.US_ASCII);
    ByteArrayOutputStream header = new ByteArrayOutputStream();
    header.write(1);
    header.write(label.length);
    header.write(label);
    header.write(nonce);

    ByteArrayOutputStream aad = new ByteArrayOutputStream();
    aad.write("aparte/record/v1".getBytes(StandardCharsets.UTF_8));
    aad.write(0);
    aad.write(header.toByteArray());
    aad.write(recordId.length);
    aad.write(recordId);

    Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
    gcm.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
    gcm.updateAAD(aad.toByteArray());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(header.toByteArray());
    out.write(gcm.doFinal(paddedPlaintext));
    return out.toByteArray();
  }
}
