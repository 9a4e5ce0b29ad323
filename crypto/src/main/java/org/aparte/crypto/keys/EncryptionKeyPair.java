package org.aparte.crypto.keys;

import java.security.SecureRandom;
import java.util.Arrays;
import org.aparte.crypto.MalformedInputException;
import org.aparte.crypto.SecretBytes;
import org.aparte.crypto.UnsupportedVersionException;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.params.X25519PrivateKeyParameters;
import org.bouncycastle.crypto.prng.FixedSecureRandom;
import org.bouncycastle.pqc.crypto.xwing.XWingKeyGenerationParameters;
import org.bouncycastle.pqc.crypto.xwing.XWingKeyPairGenerator;
import org.bouncycastle.pqc.crypto.xwing.XWingPrivateKeyParameters;

/**
 * A recipient's encryption key pair. The private key is 32 bytes for both kinds: the X-Wing seed
 * (from which the ML-KEM and X25519 keys are expanded) or the X25519 scalar. Generation draws those
 * 32 bytes from the caller's {@code SecureRandom}, so a pair is always a function of its private
 * key.
 */
public final class EncryptionKeyPair {
  private static final String WHAT = "encryption private key";
  private static final int PRIVATE_KEY_LENGTH = 32;

  private final KeyKind kind;
  private final AsymmetricCipherKeyPair pair;
  private final EncryptionPublicKey publicKey;

  private EncryptionKeyPair(KeyKind kind, AsymmetricCipherKeyPair pair) {
    this.kind = kind;
    this.pair = pair;
    this.publicKey = EncryptionPublicKey.fromParameters(kind, pair.getPublic());
  }

  /** A fresh X-Wing pair: the default for every recipient. */
  public static EncryptionKeyPair generate(SecureRandom random) {
    return generate(KeyKind.X_WING, random);
  }

  public static EncryptionKeyPair generate(KeyKind kind, SecureRandom random) {
    SecretBytes privateKey = SecretBytes.random(PRIVATE_KEY_LENGTH, random);
    try {
      return fromPrivateKey(kind, privateKey);
    } finally {
      privateKey.destroy();
    }
  }

  /** Rebuilds a pair from its 32-byte private key (X-Wing seed or X25519 scalar). */
  public static EncryptionKeyPair fromPrivateKey(KeyKind kind, SecretBytes privateKey) {
    if (!kind.isEncryption()) {
      throw new IllegalArgumentException(kind + " is not an encryption key kind");
    }
    if (privateKey.length() != PRIVATE_KEY_LENGTH) {
      throw new IllegalArgumentException("an encryption private key has 32 bytes");
    }
    byte[] raw = privateKey.revealCopy();
    try {
      return new EncryptionKeyPair(kind, kind == KeyKind.X_WING ? xWing(raw) : x25519(raw));
    } finally {
      Arrays.fill(raw, (byte) 0);
    }
  }

  /** Decodes {@code 0x01 || kind || private key}, as stored inside the user's encrypted vault. */
  public static EncryptionKeyPair decodePrivate(SecretBytes encoded)
      throws MalformedInputException, UnsupportedVersionException {
    byte[] bytes = encoded.revealCopy();
    try {
      KeyEncoding.Decoded decoded = KeyEncoding.decodePrivate(bytes, WHAT);
      if (!decoded.kind().isEncryption()) {
        throw new MalformedInputException(WHAT + ": holds a " + decoded.kind() + " key");
      }
      SecretBytes privateKey = SecretBytes.copyOf(decoded.raw());
      Arrays.fill(decoded.raw(), (byte) 0);
      return fromPrivateKey(decoded.kind(), privateKey);
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
  }

  /** The private key for storage in the vault: {@code 0x01 || kind || 32 private bytes}. */
  public SecretBytes encodePrivate() {
    byte[] raw =
        kind == KeyKind.X_WING
            ? ((XWingPrivateKeyParameters) pair.getPrivate()).getSeed()
            : ((X25519PrivateKeyParameters) pair.getPrivate()).getEncoded();
    byte[] encoded = KeyEncoding.encode(kind, raw);
    try {
      return SecretBytes.copyOf(encoded);
    } finally {
      Arrays.fill(raw, (byte) 0);
      Arrays.fill(encoded, (byte) 0);
    }
  }

  public KeyKind kind() {
    return kind;
  }

  public EncryptionPublicKey publicKey() {
    return publicKey;
  }

  public KeyId keyId() {
    return publicKey.keyId();
  }

  /**
   * BouncyCastle's view of this pair, private key included, for HPKE in {@code
   * org.aparte.crypto.wrap}. Expanding an X-Wing seed costs a fraction of a millisecond, so it is
   * done once, here, rather than at every unwrap.
   */
  public AsymmetricCipherKeyPair bouncyCastleKeyPair() {
    return pair;
  }

  @Override
  public String toString() {
    return "EncryptionKeyPair[" + kind + ", id=" + keyId() + ", private=[REDACTED]]";
  }

  /**
   * X-Wing key generation is a function of a 32-byte seed that BouncyCastle reads from a random
   * source.
   */
  private static AsymmetricCipherKeyPair xWing(byte[] seed) {
    XWingKeyPairGenerator generator = new XWingKeyPairGenerator();
    generator.init(new XWingKeyGenerationParameters(new FixedSecureRandom(seed)));
    return generator.generateKeyPair();
  }

  private static AsymmetricCipherKeyPair x25519(byte[] scalar) {
    X25519PrivateKeyParameters privateKey = new X25519PrivateKeyParameters(scalar);
    return new AsymmetricCipherKeyPair(privateKey.generatePublicKey(), privateKey);
  }
}
