package org.aparte.crypto.stream;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.SecureRandom;
import org.aparte.crypto.CryptoException;
import org.aparte.crypto.DecryptionFailedException;
import org.aparte.crypto.MalformedInputException;
import org.aparte.crypto.SecretBytes;
import org.aparte.crypto.TruncatedStreamException;
import org.aparte.crypto.UnsupportedVersionException;

/**
 * Streaming encryption for files (documents, attachments) too large to hold in memory: the STREAM
 * construction of Hoang, Reyhanitabar, Rogaway and Vizár, laid out like Tink's AES-GCM-HKDF
 * streaming AEAD. A 41-byte header ({@link StreamHeader}) is followed by segments; each non-final
 * segment carries exactly {@link #segmentSize()} plaintext bytes, the final one 0 to that many (an
 * empty file is one empty final segment), and each adds a 16-byte GCM tag. The segment number and a
 * final-segment flag sit in each nonce, so reordering, dropping, duplicating or appending segments
 * fails authentication; see {@link #decrypt} for what is reported when.
 *
 * <p>Memory stays at about two segments whatever the file size; one {@code Cipher} is reused for
 * all segments of a stream.
 *
 * <p>The default segment is 64 KiB (2^{@value #DEFAULT_SEGMENT_EXPONENT} bytes); see
 * docs/benchmarks.md. In Java, steady-state throughput is the same within noise from 64 KiB to 1
 * MiB, but a fresh JVM encrypts its first 256 MiB about five times faster with 64 KiB segments,
 * because the JDK's GCM intrinsics are JIT-compiled after a number of calls rather than of bytes.
 * The browser, whose WebCrypto cannot stream one GCM call, holds one whole segment per call, so a
 * small one keeps its memory low; and readers can verify and release data 64 KiB at a time.
 */
public final class StreamCipher {
  public static final int DEFAULT_SEGMENT_EXPONENT = 16;
  public static final int MIN_SEGMENT_EXPONENT = 16;
  public static final int MAX_SEGMENT_EXPONENT = StreamHeader.MAX_EXPONENT;
  public static final int KEY_LENGTH = 32;
  public static final int MAX_ASSOCIATED_DATA = 255;

  /** Reads of the pull form; the decryptor gathers them into whole segments. */
  private static final int READ_BUFFER = 64 * 1024;

  private final int segmentExponent;

  private StreamCipher(int segmentExponent) {
    this.segmentExponent = segmentExponent;
  }

  /** Encryption with 64 KiB segments. */
  public static StreamCipher withDefaultSegments() {
    return new StreamCipher(DEFAULT_SEGMENT_EXPONENT);
  }

  /** Encryption with segments of {@code 2^exponent} bytes, exponent 16 (64 KiB) to 20 (1 MiB). */
  public static StreamCipher withSegmentExponent(int exponent) {
    if (exponent < MIN_SEGMENT_EXPONENT || exponent > MAX_SEGMENT_EXPONENT) {
      throw new IllegalArgumentException("segment exponent must be 16..20");
    }
    return new StreamCipher(exponent);
  }

  /** Segments down to 1 KiB, so tests can cross many segment boundaries with small inputs. */
  static StreamCipher forTesting(int exponent) {
    if (exponent < StreamHeader.MIN_EXPONENT || exponent > StreamHeader.MAX_EXPONENT) {
      throw new IllegalArgumentException("test segment exponent must be 10..20");
    }
    return new StreamCipher(exponent);
  }

  public int segmentSize() {
    return 1 << segmentExponent;
  }

  /**
   * The exact ciphertext length for a plaintext of {@code plaintextSize} bytes (Content-Length).
   */
  public long ciphertextSize(long plaintextSize) {
    if (plaintextSize < 0) {
      throw new IllegalArgumentException("a size is not negative");
    }
    long segments = Math.max(1, Math.ceilDiv(plaintextSize, segmentSize()));
    if (segments > SegmentCipher.MAX_SEGMENTS) {
      throw new IllegalArgumentException("a stream has at most 2^32 segments");
    }
    return StreamHeader.LENGTH + plaintextSize + segments * SegmentCipher.TAG_LENGTH;
  }

  /**
   * Encrypts all of {@code plaintext} into {@code ciphertext} under a fresh salt and nonce prefix.
   * Neither stream is closed; {@code ciphertext} is flushed at the end.
   *
   * @param fileKey 32 random bytes, one per file, wrapped to the recipients elsewhere
   * @param associatedData the file id (1..255 bytes): decryption needs the same bytes
   * @return the number of ciphertext bytes written, equal to {@link #ciphertextSize}
   */
  public long encrypt(
      SecretBytes fileKey,
      byte[] associatedData,
      InputStream plaintext,
      OutputStream ciphertext,
      SecureRandom random)
      throws IOException {
    checkKeyAndData(fileKey, associatedData);
    if (plaintext == null || ciphertext == null || random == null) {
      throw new IllegalArgumentException("encryption needs both streams and a random source");
    }
    StreamHeader header = StreamHeader.fresh(segmentExponent, random);
    SegmentCipher segments = SegmentCipher.forStream(fileKey, associatedData, header);
    ciphertext.write(header.encode());
    long written =
        StreamHeader.LENGTH
            + new SegmentWriter(segments, segmentSize()).copy(plaintext, ciphertext);
    ciphertext.flush();
    return written;
  }

  /**
   * The same ciphertext as {@link #encrypt}, as a stream that encrypts while it is read, one
   * segment at a time on the reader's thread: for a consumer that pulls, such as an HTTP body
   * publisher. Closing it closes {@code plaintext}.
   */
  public InputStream encrypting(
      SecretBytes fileKey, byte[] associatedData, InputStream plaintext, SecureRandom random) {
    checkKeyAndData(fileKey, associatedData);
    if (plaintext == null || random == null) {
      throw new IllegalArgumentException("encryption needs a plaintext and a random source");
    }
    StreamHeader header = StreamHeader.fresh(segmentExponent, random);
    SegmentCipher segments = SegmentCipher.forStream(fileKey, associatedData, header);
    return new EncryptingInputStream(segments, segmentSize(), header.encode(), plaintext);
  }

  /**
   * Decrypts a stream made by {@link #encrypt}, writing plaintext segment by segment as each one
   * authenticates. <b>If this throws, the output so far is unauthenticated as a whole (a prefix of
   * the file, maybe cut or spliced after it): the caller must discard everything written to {@code
   * plaintext}</b>, e.g. delete the temporary file, never show or keep it.
   *
   * @throws MalformedInputException empty input, a truncated header or an unknown segment size
   * @throws UnsupportedVersionException an unknown format version
   * @throws TruncatedStreamException the input ends after a valid non-final segment, i.e. cut at a
   *     segment boundary (or right after the header)
   * @throws DecryptionFailedException wrong key or associated data, a tampered, reordered,
   *     duplicated or foreign segment, a stream cut inside a segment, or bytes appended after the
   *     final segment (which leave the final segment where the decoder expects a non-final one, or
   *     lengthen it)
   */
  public static long decrypt(
      SecretBytes fileKey, byte[] associatedData, InputStream ciphertext, OutputStream plaintext)
      throws IOException, CryptoException {
    checkKeyAndData(fileKey, associatedData);
    if (plaintext == null || ciphertext == null) {
      throw new IllegalArgumentException("decryption needs both streams");
    }
    StreamDecryptor decryptor = new StreamDecryptor(fileKey, associatedData, plaintext);
    byte[] buffer = new byte[READ_BUFFER];
    for (int n; (n = ciphertext.read(buffer)) >= 0; ) {
      decryptor.update(buffer, 0, n);
    }
    return decryptor.finish();
  }

  /**
   * Decryption fed by the caller, piece by piece as the ciphertext arrives, into {@code plaintext}:
   * the push form of {@link #decrypt}, with the same checks and errors, for a producer such as an
   * HTTP response subscriber. {@code plaintext} is not closed.
   */
  public static StreamDecryptor decryptor(
      SecretBytes fileKey, byte[] associatedData, OutputStream plaintext) {
    checkKeyAndData(fileKey, associatedData);
    if (plaintext == null) {
      throw new IllegalArgumentException("decryption needs an output");
    }
    return new StreamDecryptor(fileKey, associatedData, plaintext);
  }

  private static void checkKeyAndData(SecretBytes fileKey, byte[] associatedData) {
    if (fileKey == null || fileKey.length() != KEY_LENGTH) {
      throw new IllegalArgumentException("a file key has " + KEY_LENGTH + " bytes");
    }
    if (associatedData == null
        || associatedData.length == 0
        || associatedData.length > MAX_ASSOCIATED_DATA) {
      throw new IllegalArgumentException("associated data has 1..255 bytes");
    }
  }
}
