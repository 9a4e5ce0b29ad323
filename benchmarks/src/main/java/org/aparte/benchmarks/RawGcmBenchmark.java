package org.aparte.benchmarks;

import java.security.GeneralSecurityException;
import java.util.concurrent.TimeUnit;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
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
 * The ceiling: raw JDK AES-256-GCM over the whole 256 MiB as one single operation, with no segments
 * at all. Encryption streams through {@code update()} in 1 MiB pieces; decryption cannot (the JDK
 * withholds unverified plaintext until {@code doFinal}), so it is one call over arrays that hold
 * the whole file, which is exactly why a real file decoder needs segments.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class RawGcmBenchmark {
  @Param({"268435456"})
  public long fileBytes;

  private Cipher gcm;
  private SecretKeySpec key;
  private byte[] pattern;
  private byte[] chunkOut;
  private byte[] wholeCiphertext;
  private byte[] wholeOut;
  private long counter;

  @Setup
  public void setUp() throws GeneralSecurityException {
    gcm = Cipher.getInstance("AES/GCM/NoPadding");
    key = new SecretKeySpec(Inputs.bytes(32, 2), "AES");
    pattern = Inputs.bytes(Inputs.PATTERN_BYTES, 1);
    chunkOut = new byte[Inputs.PATTERN_BYTES + 16];
    wholeCiphertext = encryptWhole();
    wholeOut = new byte[(int) fileBytes];
  }

  @Benchmark
  public long encryptOneOperation() throws GeneralSecurityException {
    // A fresh nonce per operation: the JDK refuses to encrypt twice under one key and nonce.
    gcm.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce(++counter)));
    long written = 0;
    for (long done = 0; done < fileBytes; done += pattern.length) {
      int length = (int) Math.min(pattern.length, fileBytes - done);
      written += gcm.update(pattern, 0, length, chunkOut, 0);
    }
    return written + gcm.doFinal(chunkOut, 0);
  }

  @Benchmark
  public long decryptOneOperation() throws GeneralSecurityException {
    gcm.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, nonce(0)));
    return gcm.doFinal(wholeCiphertext, 0, wholeCiphertext.length, wholeOut, 0);
  }

  private byte[] encryptWhole() throws GeneralSecurityException {
    byte[] out = new byte[(int) fileBytes + 16];
    gcm.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce(0)));
    int at = 0;
    for (long done = 0; done < fileBytes; done += pattern.length) {
      int length = (int) Math.min(pattern.length, fileBytes - done);
      at += gcm.update(pattern, 0, length, out, at);
    }
    gcm.doFinal(out, at);
    return out;
  }

  private static byte[] nonce(long counter) {
    byte[] nonce = new byte[12];
    for (int i = 0; i < 8; i++) {
      nonce[11 - i] = (byte) (counter >>> (8 * i));
    }
    return nonce;
  }
}
