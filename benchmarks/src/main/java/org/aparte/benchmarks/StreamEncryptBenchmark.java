package org.aparte.benchmarks;

import java.io.IOException;
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
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx64m")
public class StreamEncryptBenchmark {
  @Param({"16", "18", "20"})
  public int segmentExponent;

  @Param({"268435456"})
  public long fileBytes;

  private final SecureRandom random = new SecureRandom();
  private SecretBytes fileKey;
  private byte[] fileId;
  private byte[] pattern;
  private StreamCipher cipher;
  private Cipher rawGcm;
  private SecretKeySpec rawKey;
  private byte[] rawOut;

  @Setup
  public void setUp() throws GeneralSecurityException {
    fileKey = SecretBytes.random(32, random);
    fileId = new byte[] {'f', 'i', 'l', 'e'};
    pattern = Inputs.bytes(Inputs.PATTERN_BYTES, 1);
    cipher = StreamCipher.withSegmentExponent(segmentExponent);
    rawGcm = Cipher.getInstance("AES/GCM/NoPadding");
    rawKey = new SecretKeySpec(Inputs.bytes(32, 2), "AES");
    rawOut = new byte[(1 << segmentExponent) + 16];
  }

  /** Ours: header, HKDF, one GCM call per segment, reading and writing through streams. */
  @Benchmark
  public long aparteStream() throws IOException {
    CountingOutputStream out = new CountingOutputStream();
    cipher.encrypt(fileKey, fileId, new RepeatingInputStream(pattern, fileBytes), out, random);
    return out.count();
  }

  /** The floor for this segment size: one GCM call per segment straight from the buffer. */
  @Benchmark
  public long rawGcmPerSegment() throws GeneralSecurityException {
    int segment = 1 << segmentExponent;
    byte[] nonce = new byte[12];
    long written = 0;
    for (long done = 0, index = 0; done < fileBytes; done += segment, index++) {
      int length = (int) Math.min(segment, fileBytes - done);
      nonce[4] = (byte) (index >>> 24);
      nonce[5] = (byte) (index >>> 16);
      nonce[6] = (byte) (index >>> 8);
      nonce[7] = (byte) index;
      rawGcm.init(Cipher.ENCRYPT_MODE, rawKey, new GCMParameterSpec(128, nonce));
      written += rawGcm.doFinal(pattern, (int) (done % pattern.length), length, rawOut, 0);
    }
    return written;
  }
}
