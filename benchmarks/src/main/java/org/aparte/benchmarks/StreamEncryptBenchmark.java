package org.aparte.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.concurrent.TimeUnit;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
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
 * Encrypting a 256 MiB file, ours against raw JDK AES-256-GCM over the same segments. The fork gets
 * a 64 MiB heap, a quarter of the file: the run itself shows that encryption streams.
 *
 * <p>See {@link JitPriming} for why the JIT is primed in setup.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx64m")
public class StreamEncryptBenchmark {
  @Param({"16", "18", "20"})
  public int segmentExponent;

  @Param({"268435456"})
  public long fileBytes;

  @Param({"true"})
  public boolean primeJit;

  private final SecureRandom random = new SecureRandom();
  private SecretBytes fileKey;
  private byte[] fileId;
  private byte[] pattern;
  private StreamCipher cipher;
  private Cipher rawGcm;
  private SecretKeySpec rawKey;
  private byte[] rawIn;
  private byte[] rawOut;
  private final Nonces nonces = new Nonces();

  @Setup
  public void setUp() throws Exception {
    fileKey = SecretBytes.random(32, random);
    fileId = new byte[] {'f', 'i', 'l', 'e'};
    pattern = Inputs.bytes(Inputs.PATTERN_BYTES, 1);
    cipher = StreamCipher.withSegmentExponent(segmentExponent);
    rawGcm = Cipher.getInstance("AES/GCM/NoPadding");
    rawKey = new SecretKeySpec(Inputs.bytes(32, 2), "AES");
    rawIn = new byte[1 << segmentExponent];
    rawOut = new byte[(1 << segmentExponent) + 16];
    JitPriming.prime(
        primeJit,
        () -> encryptAparte(JitPriming.PRIMING_BYTES),
        () -> encryptRaw(JitPriming.PRIMING_BYTES),
        () -> encryptRawFromStream(JitPriming.PRIMING_BYTES));
  }

  /** Ours: header, HKDF, one GCM call per segment, reading and writing through streams. */
  @Benchmark
  public long aparteStream() throws IOException {
    return encryptAparte(fileBytes);
  }

  /** The floor for this segment size: one GCM call per segment straight from the buffer. */
  @Benchmark
  public long rawGcmPerSegment() throws GeneralSecurityException {
    return encryptRaw(fileBytes);
  }

  /**
   * Raw GCM per segment fed through the same InputStream and OutputStream as ours: the copy from
   * the stream into a segment buffer is what any stream-based API pays, so this isolates our
   * framing (header, HKDF, AAD, nonce layout, look-ahead) from that copy.
   */
  @Benchmark
  public long rawGcmPerSegmentFromStream() throws IOException, GeneralSecurityException {
    return encryptRawFromStream(fileBytes);
  }

  private long encryptRawFromStream(long bytes) throws IOException, GeneralSecurityException {
    InputStream in = new RepeatingInputStream(pattern, bytes);
    CountingOutputStream out = new CountingOutputStream();
    int read;
    while ((read = in.readNBytes(rawIn, 0, rawIn.length)) > 0) {
      rawGcm.init(Cipher.ENCRYPT_MODE, rawKey, new GCMParameterSpec(128, nonces.next()));
      out.write(rawOut, 0, rawGcm.doFinal(rawIn, 0, read, rawOut, 0));
    }
    return out.count();
  }

  private long encryptAparte(long bytes) throws IOException {
    CountingOutputStream out = new CountingOutputStream();
    cipher.encrypt(fileKey, fileId, new RepeatingInputStream(pattern, bytes), out, random);
    return out.count();
  }

  private long encryptRaw(long bytes) throws GeneralSecurityException {
    int segment = 1 << segmentExponent;
    long written = 0;
    for (long done = 0; done < bytes; done += segment) {
      int length = (int) Math.min(segment, bytes - done);
      rawGcm.init(Cipher.ENCRYPT_MODE, rawKey, new GCMParameterSpec(128, nonces.next()));
      written += rawGcm.doFinal(pattern, (int) (done % pattern.length), length, rawOut, 0);
    }
    return written;
  }
}
