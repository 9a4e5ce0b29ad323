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
 * the whole file, which is exactly why a real file decoder needs segments. See {@link JitPriming}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class RawGcmBenchmark {
  @Param({"268435456"})
  public long fileBytes;

  @Param({"true"})
  public boolean primeJit;

  private final Nonces nonces = new Nonces();
  private Cipher gcm;
  private SecretKeySpec key;
  private byte[] pattern;
  private byte[] chunkOut;
  private byte[] wholeCiphertext;
  private byte[] wholeOut;

  @Setup
  public void setUp() throws Exception {
    gcm = Cipher.getInstance("AES/GCM/NoPadding");
    key = new SecretKeySpec(Inputs.bytes(32, 2), "AES");
    pattern = Inputs.bytes(Inputs.PATTERN_BYTES, 1);
    chunkOut = new byte[Inputs.PATTERN_BYTES + 16];
    byte[] primingCiphertext = encryptWhole(JitPriming.PRIMING_BYTES);
    byte[] primingOut = new byte[JitPriming.PRIMING_BYTES];
    JitPriming.prime(
        primeJit,
        () -> encrypt(JitPriming.PRIMING_BYTES),
        () -> decrypt(primingCiphertext, primingOut));
    wholeCiphertext = encryptWhole(fileBytes);
    wholeOut = new byte[(int) fileBytes];
  }

  @Benchmark
  public long encryptOneOperation() throws GeneralSecurityException {
    return encrypt(fileBytes);
  }

  @Benchmark
  public long decryptOneOperation() throws GeneralSecurityException {
    return decrypt(wholeCiphertext, wholeOut);
  }

  private long encrypt(long bytes) throws GeneralSecurityException {
    // A fresh nonce per operation: the JDK refuses to encrypt twice under one key and nonce.
    gcm.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonces.next()));
    long written = 0;
    for (long done = 0; done < bytes; done += pattern.length) {
      int length = (int) Math.min(pattern.length, bytes - done);
      written += gcm.update(pattern, 0, length, chunkOut, 0);
    }
    return written + gcm.doFinal(chunkOut, 0);
  }

  private long decrypt(byte[] sealed, byte[] out) throws GeneralSecurityException {
    gcm.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, new Nonces().at(0)));
    return gcm.doFinal(sealed, 0, sealed.length, out, 0);
  }

  /** One GCM message under nonce 0 (decryption may reuse a nonce; encryption may not). */
  private byte[] encryptWhole(long bytes) throws GeneralSecurityException {
    byte[] out = new byte[(int) bytes + 16];
    Cipher sealer = Cipher.getInstance("AES/GCM/NoPadding"); // its own nonce-reuse guard
    sealer.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, new Nonces().at(0)));
    int at = 0;
    for (long done = 0; done < bytes; done += pattern.length) {
      int length = (int) Math.min(pattern.length, bytes - done);
      at += sealer.update(pattern, 0, length, out, at);
    }
    sealer.doFinal(out, at);
    return out;
  }
}
