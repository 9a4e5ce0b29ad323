package org.aparte.benchmarks;

import java.security.SecureRandom;
import java.util.concurrent.TimeUnit;
import org.aparte.crypto.CryptoException;
import org.aparte.crypto.SecretBytes;
import org.aparte.crypto.record.RecordCipher;
import org.aparte.crypto.record.RecordType;
import org.aparte.crypto.record.SealedRecord;
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
 * Records per second: sealing under a fresh data key (key generation, padding, GCM) and opening. A
 * 2 KiB record pads to the 4 KiB bucket (2048 + the 0x80 marker does not fit in 2048).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class RecordBenchmark {
  @Param({"2048"})
  public int plaintextBytes;

  private final SecureRandom random = new SecureRandom();
  private final RecordType type = RecordType.of("booking");
  private final byte[] recordId = {'b', '-', '1'};
  private byte[] plaintext;
  private SecretBytes key;
  private byte[] ciphertext;

  @Setup
  public void setUp() {
    plaintext = Inputs.bytes(plaintextBytes, 3);
    SealedRecord sealed = RecordCipher.sealWithFreshKey(type, recordId, plaintext, random);
    key = sealed.dataKey();
    ciphertext = sealed.ciphertext();
  }

  @Benchmark
  public SealedRecord sealWithFreshKey() {
    return RecordCipher.sealWithFreshKey(type, recordId, plaintext, random);
  }

  @Benchmark
  public byte[] open() throws CryptoException {
    return RecordCipher.open(key, type, recordId, ciphertext);
  }
}
