package org.aparte.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
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
 * operation, and in {@link StreamMemoryCheck}. See {@link JitPriming} for the setup's priming.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class StreamDecryptBenchmark {
  @Param({"16", "18", "20"})
  public int segmentExponent;

  @Param({"268435456"})
  public long fileBytes;

  @Param({"true"})
  public boolean primeJit;

  private SecretBytes fileKey;
  private final byte[] fileId = {'f', 'i', 'l', 'e'};
  private byte[] ciphertext;
  private Cipher rawGcm;
  private SecretKeySpec rawKey;
  private byte[] rawCiphertext;
  private byte[] rawIn;
  private byte[] rawOut;

  @Setup
  public void setUp() throws Exception {
    fileKey = SecretBytes.random(32, new SecureRandom());
    byte[] pattern = Inputs.bytes(Inputs.PATTERN_BYTES, 1);
    rawGcm = Cipher.getInstance("AES/GCM/NoPadding");
    rawKey = new SecretKeySpec(Inputs.bytes(32, 2), "AES");
    rawIn = new byte[(1 << segmentExponent) + 16];
    rawOut = new byte[1 << segmentExponent];

    byte[] primingCiphertext = sealAparte(pattern, JitPriming.PRIMING_BYTES);
    byte[] primingRaw = sealRaw(pattern, JitPriming.PRIMING_BYTES);
    JitPriming.prime(
        primeJit,
        () -> decryptAparte(primingCiphertext),
        () -> decryptRaw(primingRaw),
        () -> decryptRawFromStream(primingRaw));
    ciphertext = sealAparte(pattern, fileBytes);
    rawCiphertext = sealRaw(pattern, fileBytes);
  }

  /** Ours: header, HKDF, one GCM call per segment, reading and writing through streams. */
  @Benchmark
  public long aparteStream() throws IOException, CryptoException {
    return decryptAparte(ciphertext);
  }

  /** The floor for this segment size: one GCM call per segment straight from the array. */
  @Benchmark
  public long rawGcmPerSegment() throws GeneralSecurityException {
    return decryptRaw(rawCiphertext);
  }

  /**
   * Raw GCM per segment read from the same kind of InputStream as ours (see the encryption twin).
   */
  @Benchmark
  public long rawGcmPerSegmentFromStream() throws IOException, GeneralSecurityException {
    return decryptRawFromStream(rawCiphertext);
  }

  private long decryptRawFromStream(byte[] sealed) throws IOException, GeneralSecurityException {
    InputStream in = new ByteArrayInputStream(sealed);
    CountingOutputStream out = new CountingOutputStream();
    Nonces nonces = new Nonces();
    int read;
    while ((read = in.readNBytes(rawIn, 0, rawIn.length)) > 0) {
      rawGcm.init(Cipher.DECRYPT_MODE, rawKey, new GCMParameterSpec(128, nonces.next()));
      out.write(rawOut, 0, rawGcm.doFinal(rawIn, 0, read, rawOut, 0));
    }
    return out.count();
  }

  private long decryptAparte(byte[] sealed) throws IOException, CryptoException {
    CountingOutputStream out = new CountingOutputStream();
    StreamCipher.decrypt(fileKey, fileId, new ByteArrayInputStream(sealed), out);
    return out.count();
  }

  private long decryptRaw(byte[] sealed) throws GeneralSecurityException {
    int sealedSegment = (1 << segmentExponent) + 16;
    Nonces nonces = new Nonces();
    long written = 0;
    for (int at = 0; at < sealed.length; at += sealedSegment) {
      int length = Math.min(sealedSegment, sealed.length - at);
      rawGcm.init(Cipher.DECRYPT_MODE, rawKey, new GCMParameterSpec(128, nonces.next()));
      written += rawGcm.doFinal(sealed, at, length, rawOut, 0);
    }
    return written;
  }

  private byte[] sealAparte(byte[] pattern, long bytes) throws IOException {
    StreamCipher cipher = StreamCipher.withSegmentExponent(segmentExponent);
    byte[] sealed = new byte[(int) cipher.ciphertextSize(bytes)];
    cipher.encrypt(
        fileKey,
        fileId,
        new RepeatingInputStream(pattern, bytes),
        new ArrayFillingOutputStream(sealed),
        new SecureRandom());
    return sealed;
  }

  /** Raw segments under nonces 1, 2, 3…, each segment as its own GCM message. */
  private byte[] sealRaw(byte[] pattern, long bytes) throws GeneralSecurityException {
    int segment = 1 << segmentExponent;
    int segments = (int) Math.ceilDiv(bytes, segment);
    byte[] out = new byte[(int) bytes + 16 * segments];
    Nonces nonces = new Nonces();
    Cipher sealer = Cipher.getInstance("AES/GCM/NoPadding"); // its own nonce-reuse guard
    int at = 0;
    for (long done = 0; done < bytes; done += segment) {
      int length = (int) Math.min(segment, bytes - done);
      sealer.init(Cipher.ENCRYPT_MODE, rawKey, new GCMParameterSpec(128, nonces.next()));
      at += sealer.doFinal(pattern, (int) (done % pattern.length), length, out, at);
    }
    return out;
  }
}
