package org.aparte.crypto.token;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Objects;
import org.aparte.crypto.InvalidSignatureException;
import org.aparte.crypto.MalformedInputException;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.digests.SHA384Digest;
import org.bouncycastle.crypto.engines.RSABlindingEngine;
import org.bouncycastle.crypto.engines.RSAEngine;
import org.bouncycastle.crypto.generators.RSABlindingFactorGenerator;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.params.RSABlindSignatureParameters;
import org.bouncycastle.crypto.params.RSABlindingParameters;
import org.bouncycastle.crypto.signers.PSSSigner;
import org.bouncycastle.crypto.signers.RSABlindSignatureServer;
import org.bouncycastle.util.BigIntegers;

/**
 * RFC 9474 RSABSSA-SHA384-PSS-Randomized: SHA-384, MGF1-SHA-384, 48-byte salt, and a 32-byte random
 * message prefix. Blinding is BouncyCastle's PSS encoder over its RSA blinding engine (exactly what
 * {@code RSABlindSignatureClient.blind} composes), written out here so that the blinding state can
 * be kept as a value and the RFC's test vector can pin salt and blinding factor; blind signing is
 * BouncyCastle's {@link RSABlindSignatureServer}, which re-verifies every signature it makes (RFC
 * 9474 section 4.3, a guard against fault attacks leaking the key).
 */
public final class BlindRsa {
  /** Below 2048 bits RSA no longer gives 112-bit security; refuse it everywhere. */
  public static final int MIN_MODULUS_BITS = 2048;

  static final int PREFIX_LENGTH = RSABlindSignatureParameters.RANDOMIZED_PREFIX_LEN;
  static final int SALT_LENGTH = 48;

  private BlindRsa() {}

  /** Client: blinds {@code message} for {@code issuer}. Keep the state to finalize the answer. */
  public static BlindingState blind(IssuerPublicKey issuer, byte[] message, SecureRandom random) {
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(message, "message");
    byte[] prefix = new byte[PREFIX_LENGTH];
    random.nextBytes(prefix);
    byte[] salt = new byte[SALT_LENGTH];
    random.nextBytes(salt);
    RSABlindingFactorGenerator factors = new RSABlindingFactorGenerator();
    factors.init(new ParametersWithRandom(issuer.bouncyCastleKey(), random));
    // The generator only returns factors coprime to n, so the inverse always exists.
    return blindWith(issuer, message, prefix, salt, factors.generateBlindingFactor());
  }

  /** Fixed-input blinding for test vectors: {@code r} is the blinding factor (inv = r^-1). */
  static BlindingState blindWith(
      IssuerPublicKey issuer, byte[] message, byte[] prefix, byte[] salt, BigInteger r) {
    byte[] prepared = concat(prefix, message);
    PSSSigner encoder = new PSSSigner(new RSABlindingEngine(), new SHA384Digest(), salt);
    encoder.init(true, new RSABlindingParameters(issuer.bouncyCastleKey(), r));
    encoder.update(prepared, 0, prepared.length);
    byte[] blinded;
    try {
      blinded = encoder.generateSignature();
    } catch (CryptoException impossible) {
      throw new IllegalStateException("PSS encoding failed for a valid key", impossible);
    }
    BigInteger n = issuer.bouncyCastleKey().getModulus();
    if (!r.gcd(n).equals(BigInteger.ONE)) {
      throw new IllegalArgumentException("blinding factor not invertible modulo n");
    }
    return new BlindingState(blinded, prefix, message, BigIntegers.modOddInverse(n, r));
  }

  /** Issuer: signs a blinded message. It learns nothing about the message it signs. */
  public static byte[] blindSign(IssuerKeyPair issuer, byte[] blindedMessage)
      throws MalformedInputException {
    Objects.requireNonNull(issuer, "issuer");
    if (blindedMessage == null || blindedMessage.length != issuer.publicKey().modulusLength()) {
      throw new MalformedInputException("blinded message: wrong length for this issuer key");
    }
    try {
      return new RSABlindSignatureServer(issuer.bouncyCastlePrivateKey()).blindSign(blindedMessage);
    } catch (CryptoException refused) {
      throw new MalformedInputException("blinded message: out of range for this issuer key");
    }
  }

  /**
   * Client: unblinds the issuer's answer and verifies the result, so a misbehaving issuer (wrong
   * key, garbage) is caught now rather than at booking time. Returns the RFC 9474 signature.
   */
  public static byte[] finalize(IssuerPublicKey issuer, BlindingState state, byte[] blindSignature)
      throws InvalidSignatureException {
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(state, "state");
    int length = issuer.modulusLength();
    if (blindSignature == null || blindSignature.length != length) {
      throw new InvalidSignatureException("blind signature: wrong length for this issuer key");
    }
    BigInteger n = issuer.bouncyCastleKey().getModulus();
    BigInteger z = BigIntegers.fromUnsignedByteArray(blindSignature);
    if (z.compareTo(n) >= 0) {
      throw new InvalidSignatureException("blind signature: out of range for this issuer key");
    }
    byte[] signature = BigIntegers.asUnsignedByteArray(length, z.multiply(state.inverse()).mod(n));
    verify(issuer, state.messagePrefix(), state.message(), signature);
    return signature;
  }

  /** Anyone: checks an RFC 9474 signature over {@code prefix || message}. */
  public static void verify(IssuerPublicKey issuer, byte[] prefix, byte[] message, byte[] signature)
      throws InvalidSignatureException {
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(message, "message");
    if (prefix == null || prefix.length != PREFIX_LENGTH) {
      throw new InvalidSignatureException("signature: message prefix must be 32 bytes");
    }
    if (signature == null || signature.length != issuer.modulusLength()) {
      throw new InvalidSignatureException("signature: wrong length for this issuer key");
    }
    byte[] prepared = concat(prefix, message);
    PSSSigner verifier = new PSSSigner(new RSAEngine(), new SHA384Digest(), SALT_LENGTH);
    verifier.init(false, issuer.bouncyCastleKey());
    verifier.update(prepared, 0, prepared.length);
    if (!verifier.verifySignature(signature)) {
      throw new InvalidSignatureException("signature: does not verify for this issuer key");
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
