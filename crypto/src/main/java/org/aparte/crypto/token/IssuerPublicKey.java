package org.aparte.crypto.token;

import java.io.IOException;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import org.aparte.crypto.MalformedInputException;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.bouncycastle.crypto.util.SubjectPublicKeyInfoFactory;

/**
 * A token issuer's RSA public key. Its wire form is the DER SubjectPublicKeyInfo (rsaEncryption),
 * which any RFC 9474 implementation can import; its id is SHA-256 over that encoding.
 */
public final class IssuerPublicKey {
  private final RSAKeyParameters key;
  private final byte[] encoded;

  private IssuerPublicKey(RSAKeyParameters key, byte[] encoded) {
    this.key = key;
    this.encoded = encoded;
  }

  static IssuerPublicKey of(BigInteger modulus, BigInteger exponent) {
    RSAKeyParameters key = new RSAKeyParameters(false, modulus, exponent);
    try {
      byte[] der = SubjectPublicKeyInfoFactory.createSubjectPublicKeyInfo(key).getEncoded("DER");
      return new IssuerPublicKey(key, der);
    } catch (IOException impossible) {
      throw new IllegalStateException("DER encoding of an RSA public key failed", impossible);
    }
  }

  /** Parses a DER SubjectPublicKeyInfo; refuses anything but an RSA key of at least 2048 bits. */
  public static IssuerPublicKey decode(byte[] der) throws MalformedInputException {
    if (der == null || der.length == 0 || der.length > 2048) {
      throw new MalformedInputException("issuer public key: missing or oversized");
    }
    AsymmetricKeyParameter parsed;
    try {
      parsed = PublicKeyFactory.createKey(SubjectPublicKeyInfo.getInstance(der));
    } catch (IOException | RuntimeException bad) {
      throw new MalformedInputException("issuer public key: not a DER SubjectPublicKeyInfo", bad);
    }
    if (!(parsed instanceof RSAKeyParameters rsa) || rsa.isPrivate()) {
      throw new MalformedInputException("issuer public key: not an RSA public key");
    }
    if (rsa.getModulus().bitLength() < BlindRsa.MIN_MODULUS_BITS) {
      throw new MalformedInputException("issuer public key: modulus shorter than 2048 bits");
    }
    IssuerPublicKey key = of(rsa.getModulus(), rsa.getExponent());
    if (!Arrays.equals(key.encoded, der)) {
      throw new MalformedInputException("issuer public key: not in canonical DER form");
    }
    return key;
  }

  public byte[] encoded() {
    return encoded.clone();
  }

  /** SHA-256 of the encoding: names the key in URLs, logs and the transparency log. */
  public byte[] keyId() {
    try {
      return MessageDigest.getInstance("SHA-256").digest(encoded);
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("SHA-256 missing", impossible);
    }
  }

  /** Length in bytes of signatures and blinded messages under this key. */
  public int modulusLength() {
    return (key.getModulus().bitLength() + 7) / 8;
  }

  RSAKeyParameters bouncyCastleKey() {
    return key;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof IssuerPublicKey that && Arrays.equals(encoded, that.encoded);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(encoded);
  }

  @Override
  public String toString() {
    return "IssuerPublicKey[" + key.getModulus().bitLength() + " bits]";
  }
}
