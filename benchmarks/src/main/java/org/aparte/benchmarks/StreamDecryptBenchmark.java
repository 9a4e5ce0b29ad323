package org.aparte.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.concurrent.TimeUnit;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.aparte.crypto.CryptoException;
import org.aparte.crypto.SecretBytes;
import org.aparte.crypto.stream.StreamCipher;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decrypting a 256 MiB file, ours against raw JDK AES-256-GCM over the same segments. The
 * ciphertexts sit in memory (they are the input, like a file in the page cache), so this fork needs
 * a large heap; that decryption itself streams shows in {@code -prof gc}'s bytes allocated per
 * operation, and in {@link StreamMemoryCheck}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class StreamDecryptBenchmark {
  @Param({"16", "18", "20"})
  public int segmentExponent;

  @Param({"268435456"})
  public long fileBytes;

  private SecretBytes fileKey;
  private byte[] fileId;
  private byte[] ciphertext;
  private Cipher rawGcm;
  private SecretKeySpec rawKey;
  private byte[] rawCiphertext;
  private byte[] rawOut;

  @Setup
  public void setUp() throws Exception {
    SecureRandom random = new SecureRandom();
    fileKey = SecretBytes.random(32, random);
    fileId = new byte[] {'f', 'i', 'l', 'e'};
    byte[] pattern = Inputs.bytes(Inputs.PATTERN_BYTES, 1);
    StreamCipher cipher = StreamCipher.withSegmentExponent(segmentExponent);
    ciphertext = new byte[(int) cipher.ciphertextSize(fileBytes)];
    OutputStream sealed = new ArrayFillingOutputStream(ciphertext);
    cipher.encrypt(fileKey, fileId, new RepeatingInputStream(pattern, fileBytes), sealed, random);

    rawGcm = Cipher.getInstance("AES/GCM/NoPadding");
    rawKey = new SecretKeySpec(Inputs.bytes(32, 2), "AES");
    rawCiphertext = rawSegments(pattern);
    rawOut = new byte[1 << segmentExponent];
  }

  /** Ours: header, HKDF, one GCM call per segment, reading and writing through streams. */
  @Benchmark
  public long aparteStream() throws IOException, CryptoException {
    CountingOutputStream out = new CountingOutputStream();
    StreamCipher.decrypt(fileKey, fileId, new ByteArrayInputStream(ciphertext), out);
    return out.count();
  }

  /** The floor for this segment size: one GCM call per segment straight from the array. */
  @Benchmark
  public long rawGcmPerSegment() throws GeneralSecurityException {
    int sealedSegment = (1 << segmentExponent) + 16;
    long written = 0;
    for (int at = 0, index = 0; at < rawCiphertext.length; at += sealedSegment, index++) {
      int length = Math.min(sealedSegment, rawCiphertext.length - at);
      rawGcm.init(Cipher.DECRYPT_MODE, rawKey, new GCMParameterSpec(128, nonce(index)));
      written += rawGcm.doFinal(rawCiphertext, at, length, rawOut, 0);
    }
    return written;
  }

  private byte[] rawSegments(byte[] pattern) throws GeneralSecurityException {
    int segment = 1 << segmentExponent;
    int segments = (int) Math.ceilDiv(fileBytes, segment);
    byte[] out = new byte[(int) fileBytes + 16 * segments];
    int at = 0;
    for (int index = 0; index < segments; index++) {
      int length = (int) Math.min(segment, fileBytes - (long) index * segment);
      rawGcm.init(Cipher.ENCRYPT_MODE, rawKey, new GCMParameterSpec(128, nonce(index)));
      at +=
          rawGcm.doFinal(pattern, (int) ((long) index * segment % pattern.length), length, out, at);
    }
    return out;
  }

  private static byte[] nonce(int index) {
    return new byte[] {
      0,
      0,
      0,
      0,
      (byte) (index >>> 24),
      (byte) (index >>> 16),
      (byte) (index >>> 8),
      (byte) index,
      0,
      0,
      0,
      0
    };
  }
}
