package org.aparte.crypto.stream;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.aparte.crypto.Hkdf;

/**
 * A deliberately plain, all-in-memory re-implementation of the v1 stream format written from the
 * documented layout. Salt, nonce prefix and segment size are parameters, so tests can cross-check
 * {@link StreamCipher} byte for byte and the vector generator can make small-segment files.
 */
public final class NaiveStreamEncoder {
  public static final int HEADER_LENGTH = 41;
  public static final int TAG_LENGTH = 16;

  private NaiveStreamEncoder() {}

  public static byte[] encrypt(
      byte[] fileKey,
      byte[] associatedData,
      int segmentExponent,
      byte[] salt,
      byte[] noncePrefix,
      byte[] plaintext)
      throws Exception {
    ByteArrayOutputStream header = new ByteArrayOutputStream();
    header.write(1);
    header.write(segmentExponent);
    header.write(salt);
    header.write(noncePrefix);

    ByteArrayOutputStream info = new ByteArrayOutputStream();
    info.write("aparte/stream/v1".getBytes(StandardCharsets.UTF_8));
    info.write(0);
    info.write(associatedData);
    byte[] segmentKey = Hkdf.sha256(fileKey, salt, info.toByteArray(), 32);

    int segmentSize = 1 << segmentExponent;
    int segments = Math.max(1, (plaintext.length + segmentSize - 1) / segmentSize);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(header.toByteArray());
    for (int i = 0; i < segments; i++) {
      byte[] nonce =
          ByteBuffer.allocate(12)
              .put(noncePrefix)
              .putInt(i)
              .put((byte) (i == segments - 1 ? 1 : 0))
              .array();
      Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
      gcm.init(
          Cipher.ENCRYPT_MODE,
          new SecretKeySpec(segmentKey, "AES"),
          new GCMParameterSpec(128, nonce));
      gcm.updateAAD(header.toByteArray());
      int from = i * segmentSize;
      out.write(
          gcm.doFinal(
              Arrays.copyOfRange(plaintext, from, Math.min(plaintext.length, from + segmentSize))));
    }
    return out.toByteArray();
  }

  /** Splits a well-formed ciphertext into its sealed segments (header excluded). */
  public static List<byte[]> segments(byte[] ciphertext) {
    int chunk = (1 << ciphertext[1]) + TAG_LENGTH;
    List<byte[]> segments = new ArrayList<>();
    for (int at = HEADER_LENGTH; at < ciphertext.length; at += chunk) {
      segments.add(Arrays.copyOfRange(ciphertext, at, Math.min(ciphertext.length, at + chunk)));
    }
    return segments;
  }

  /** Header of {@code ciphertext} followed by {@code segments}, in the order given. */
  public static byte[] assemble(byte[] ciphertext, List<byte[]> segments) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(ciphertext, 0, HEADER_LENGTH);
    segments.forEach(out::writeBytes);
    return out.toByteArray();
  }
}
