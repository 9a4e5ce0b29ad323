package org.aparte.crypto.token;

import java.io.IOException;
import java.math.BigInteger;
import java.security.SecureRandom;
import org.aparte.crypto.MalformedInputException;
import org.aparte.crypto.SecretBytes;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.generators.RSAKeyPairGenerator;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.RSAKeyGenerationParameters;
import org.bouncycastle.crypto.params.RSAPrivateCrtKeyParameters;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.PrivateKeyInfoFactory;

/**
 * A token issuer's RSA key pair (the server's own secret, never a user's). {@code toString()} is
 * redacted; the private key leaves only through {@link #encodePrivate()} as {@link SecretBytes}.
 */
public final class IssuerKeyPair {
  private final RSAPrivateCrtKeyParameters privateKey;
  private final IssuerPublicKey publicKey;

  private IssuerKeyPair(RSAPrivateCrtKeyParameters privateKey) {
    this.privateKey = privateKey;
    this.publicKey = IssuerPublicKey.of(privateKey.getModulus(), privateKey.getPublicExponent());
  }

  /**
   * A fresh key of {@code bits} bits (at least 2048) with e = 65537. Key generation takes tens to
   * hundreds of milliseconds: do it ahead of time, never on a request path.
   */
  public static IssuerKeyPair generate(int bits, SecureRandom random) {
    if (bits < BlindRsa.MIN_MODULUS_BITS || bits % 8 != 0) {
      throw new IllegalArgumentException("issuer keys are at least 2048 bits, a multiple of 8");
    }
    RSAKeyPairGenerator generator = new RSAKeyPairGenerator();
    generator.init(new RSAKeyGenerationParameters(BigInteger.valueOf(65537), random, bits, 100));
    AsymmetricCipherKeyPair pair = generator.generateKeyPair();
    return new IssuerKeyPair((RSAPrivateCrtKeyParameters) pair.getPrivate());
  }

  /** From RSA primes (test vectors): d = e^-1 mod lcm(p-1, q-1), as RFC 8017 computes it. */
  static IssuerKeyPair fromPrimes(BigInteger p, BigInteger q, BigInteger e) {
    BigInteger n = p.multiply(q);
    BigInteger pMinus = p.subtract(BigInteger.ONE);
    BigInteger qMinus = q.subtract(BigInteger.ONE);
    BigInteger lambda = pMinus.multiply(qMinus).divide(pMinus.gcd(qMinus));
    BigInteger d = e.modInverse(lambda);
    return new IssuerKeyPair(
        new RSAPrivateCrtKeyParameters(
            n,
            e,
            d,
            p,
            q,
            d.mod(p.subtract(BigInteger.ONE)),
            d.mod(q.subtract(BigInteger.ONE)),
            q.modInverse(p)));
  }

  /** PKCS#8 DER of the private key. Encrypt it before it touches a disk or a database. */
  public SecretBytes encodePrivate() {
    try {
      byte[] der = PrivateKeyInfoFactory.createPrivateKeyInfo(privateKey).getEncoded("DER");
      try {
        return SecretBytes.copyOf(der);
      } finally {
        java.util.Arrays.fill(der, (byte) 0);
      }
    } catch (IOException impossible) {
      throw new IllegalStateException("PKCS#8 encoding failed", impossible);
    }
  }

  public static IssuerKeyPair decodePrivate(SecretBytes pkcs8) throws MalformedInputException {
    byte[] der = pkcs8.revealCopy();
    try {
      AsymmetricKeyParameter parsed = PrivateKeyFactory.createKey(PrivateKeyInfo.getInstance(der));
      if (!(parsed instanceof RSAPrivateCrtKeyParameters rsa)
          || rsa.getModulus().bitLength() < BlindRsa.MIN_MODULUS_BITS) {
        throw new MalformedInputException("issuer private key: not an RSA CRT key of 2048+ bits");
      }
      return new IssuerKeyPair(rsa);
    } catch (IOException | RuntimeException bad) {
      throw new MalformedInputException("issuer private key: not PKCS#8 DER", bad);
    } finally {
      java.util.Arrays.fill(der, (byte) 0);
    }
  }

  public IssuerPublicKey publicKey() {
    return publicKey;
  }

  RSAPrivateCrtKeyParameters bouncyCastlePrivateKey() {
    return privateKey;
  }

  @Override
  public String toString() {
    return "IssuerKeyPair[REDACTED]";
  }
}
