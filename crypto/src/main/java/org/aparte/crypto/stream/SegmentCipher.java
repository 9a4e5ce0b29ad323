package org.aparte.crypto.stream;

import java.io.ByteArrayOutputStream;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.aparte.crypto.DecryptionFailedException;
import org.aparte.crypto.Hkdf;
import org.aparte.crypto.Labels;
import org.aparte.crypto.SecretBytes;

/**
 * AES-256-GCM for the segments of one stream. The segment key is {@code HKDF-SHA256(ikm = file key,
 * salt = header salt, info = utf8("aparte/stream/v1") || 0x00 || associated data, 32)}; segment
 * {@code i} uses the nonce {@code nonce prefix (7) || i (4, big-endian) || last flag (1)} and
 * authenticates the header bytes. One {@link Cipher} is re-initialised per segment: the JDK keeps
 * the expanded AES key when the key does not change, so a segment costs little beyond its bytes.
 */
final class SegmentCipher {
  static final int TAG_LENGTH = 16;
  static final long MAX_SEGMENTS = 1L << 32;
  private static final int NONCE_LENGTH = 12;

  private final Cipher gcm;
  private final SecretKeySpec segmentKey;
  private final byte[] headerBytes;
  private final byte[] nonce = new byte[NONCE_LENGTH];

  private SegmentCipher(SecretKeySpec segmentKey, StreamHeader header) {
    this.segmentKey = segmentKey;
    this.headerBytes = header.encode();
    System.arraycopy(header.noncePrefix(), 0, nonce, 0, StreamHeader.NONCE_PREFIX_LENGTH);
    try {
      this.gcm = Cipher.getInstance("AES/GCM/NoPadding");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM unavailable", e);
    }
  }

  static SegmentCipher forStream(SecretBytes fileKey, byte[] associatedData, StreamHeader header) {
    ByteArrayOutputStream info = new ByteArrayOutputStream();
    info.writeBytes(Labels.utf8(Labels.STREAM));
    info.write(0);
    info.writeBytes(associatedData);
    byte[] ikm = fileKey.revealCopy();
    byte[] key = Hkdf.sha256(ikm, header.salt(), info.toByteArray(), 32);
    try {
      return new SegmentCipher(new SecretKeySpec(key, "AES"), header);
    } finally {
      Arrays.fill(ikm, (byte) 0);
      Arrays.fill(key, (byte) 0);
    }
  }

  /** Encrypts {@code in[0, length)} into {@code out}; returns the bytes written (length + tag). */
  int seal(long index, boolean last, byte[] in, int length, byte[] out) {
    try {
      init(Cipher.ENCRYPT_MODE, index, last);
      return gcm.doFinal(in, 0, length, out, 0);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM misused", e);
    }
  }

  /** Decrypts {@code in[0, length)} into {@code out}; returns the plaintext length. */
  int open(long index, boolean last, byte[] in, int length, byte[] out)
      throws DecryptionFailedException {
    try {
      init(Cipher.DECRYPT_MODE, index, last);
      return gcm.doFinal(in, 0, length, out, 0);
    } catch (AEADBadTagException e) {
      throw new DecryptionFailedException("stream: segment " + index + " failed authentication");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM misused", e);
    }
  }

  private void init(int mode, long index, boolean last) throws GeneralSecurityException {
    if (index < 0 || index >= MAX_SEGMENTS) {
      throw new IllegalStateException("a stream has at most 2^32 segments");
    }
    int at = StreamHeader.NONCE_PREFIX_LENGTH;
    nonce[at] = (byte) (index >>> 24);
    nonce[at + 1] = (byte) (index >>> 16);
    nonce[at + 2] = (byte) (index >>> 8);
    nonce[at + 3] = (byte) index;
    nonce[at + 4] = (byte) (last ? 1 : 0);
    gcm.init(mode, segmentKey, new GCMParameterSpec(TAG_LENGTH * 8, nonce));
    gcm.updateAAD(headerBytes);
  }
}
