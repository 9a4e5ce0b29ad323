package org.aparte.benchmarks;

import java.security.SecureRandom;
import java.util.concurrent.TimeUnit;
import org.aparte.crypto.CryptoException;
import org.aparte.crypto.SecretBytes;
import org.aparte.crypto.keys.EncryptionKeyPair;
import org.aparte.crypto.keys.KeyKind;
import org.aparte.crypto.wrap.KeyWrap;
import org.aparte.crypto.wrap.WrapPurpose;
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
 * Data keys wrapped and unwrapped per second with HPKE: X-Wing (what every booking uses) and X25519
 * (for comparison: the price of the post-quantum half).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class KeyWrapBenchmark {
  @Param({"X_WING", "X25519"})
  public String kind;

  private final SecureRandom random = new SecureRandom();
  private final WrapPurpose purpose = WrapPurpose.of("booking");
  private final byte[] recordId = {'b', '-', '1'};
  private EncryptionKeyPair recipient;
  private SecretBytes dataKey;
  private byte[] wrapped;

  @Setup
  public void setUp() {
    recipient = EncryptionKeyPair.generate(KeyKind.valueOf(kind), random);
    dataKey = SecretBytes.random(32, random);
    wrapped = KeyWrap.seal(dataKey, recipient.publicKey(), purpose, recordId, random);
  }

  @Benchmark
  public byte[] seal() {
    return KeyWrap.seal(dataKey, recipient.publicKey(), purpose, recordId, random);
  }

  @Benchmark
  public SecretBytes open() throws CryptoException {
    return KeyWrap.open(wrapped, recipient, purpose, recordId);
  }
}
