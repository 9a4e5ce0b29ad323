package org.aparte.benchmarks;

import java.security.SecureRandom;
import java.util.concurrent.TimeUnit;
import org.aparte.crypto.CryptoException;
import org.aparte.crypto.token.BlindRsa;
import org.aparte.crypto.token.BookingToken;
import org.aparte.crypto.token.BookingTokens;
import org.aparte.crypto.token.IssuerKeyPair;
import org.aparte.crypto.token.PendingToken;
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
 * Booking tokens on one thread: the issuer's blind signature (RSA-CRT private operation plus
 * BouncyCastle's RFC 9474 self-check), the booking path's verification (decode + RSA-PSS verify
 * with e = 65537), and the client's blind and finalize.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class BookingTokenBenchmark {
  @Param({"2048", "3072"})
  public int keyBits;

  private final SecureRandom random = new SecureRandom();
  private IssuerKeyPair issuer;
  private PendingToken pending;
  private byte[] blindSignature;
  private byte[] encodedToken;

  @Setup
  public void setUp() throws CryptoException {
    issuer = IssuerKeyPair.generate(keyBits, random);
    pending = BookingTokens.request(issuer.publicKey(), 7, random);
    blindSignature = BlindRsa.blindSign(issuer, pending.blindedMessage());
    encodedToken = BookingTokens.complete(issuer.publicKey(), pending, blindSignature).encode();
  }

  @Benchmark
  public byte[] blindSign() throws CryptoException {
    return BlindRsa.blindSign(issuer, pending.blindedMessage());
  }

  @Benchmark
  public BookingToken verify() throws CryptoException {
    BookingToken token = BookingToken.decode(encodedToken);
    BookingTokens.verify(issuer.publicKey(), token);
    return token;
  }

  @Benchmark
  public PendingToken clientBlind() {
    return BookingTokens.request(issuer.publicKey(), 7, random);
  }

  @Benchmark
  public BookingToken clientFinalize() throws CryptoException {
    return BookingTokens.complete(issuer.publicKey(), pending, blindSignature);
  }
}
