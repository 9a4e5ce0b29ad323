package org.aparte.crypto.keys;

import java.security.SecureRandom;
import java.util.Arrays;
import org.aparte.crypto.MalformedInputException;
import org.aparte.crypto.SecretBytes;
import org.aparte.crypto.UnsupportedVersionException;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;

/** An Ed25519 key pair, a function of its 32-byte seed (the RFC 8032 private key). */
public final class SigningKeyPair {
  private static final String WHAT = "signing private key";
  private static final int SEED_LENGTH = 32;

  private final Ed25519PrivateKeyParameters privateKey;
  private final SigningPublicKey publicKey;

  private SigningKeyPair(Ed25519PrivateKeyParameters privateKey) {
    this.privateKey = privateKey;
    this.publicKey = SigningPublicKey.fromParameters(privateKey.generatePublicKey());
  }

  public static SigningKeyPair generate(SecureRandom random) {
    SecretBytes seed = SecretBytes.random(SEED_LENGTH, random);
    try {
      return fromSeed(seed);
    } finally {
      seed.destroy();
    }
  }

  public static SigningKeyPair fromSeed(SecretBytes seed) {
    if (seed.length() != SEED_LENGTH) {
      throw new IllegalArgumentException("an Ed25519 seed has 32 bytes");
    }
    byte[] raw = seed.revealCopy();
    try {
      return new SigningKeyPair(new Ed25519PrivateKeyParameters(raw));
    } finally {
      Arrays.fill(raw, (byte) 0);
    }
  }

  /** Decodes {@code 0x01 || 0x02 || 32-byte seed}, as stored inside the user's encrypted vault. */
  public static SigningKeyPair decodePrivate(SecretBytes encoded)
      throws MalformedInputException, UnsupportedVersionException {
    byte[] bytes = encoded.revealCopy();
    try {
      KeyEncoding.Decoded decoded = KeyEncoding.decodePrivate(bytes, WHAT);
      if (decoded.kind() != KeyKind.ED25519) {
        throw new MalformedInputException(WHAT + ": holds a " + decoded.kind() + " key");
      }
      SecretBytes seed = SecretBytes.copyOf(decoded.raw());
      Arrays.fill(decoded.raw(), (byte) 0);
      return fromSeed(seed);
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
  }

  /** The private key for storage in the vault: {@code 0x01 || 0x02 || 32-byte seed}. */
  public SecretBytes encodePrivate() {
    byte[] seed = privateKey.getEncoded();
    byte[] encoded = KeyEncoding.encode(KeyKind.ED25519, seed);
    try {
      return SecretBytes.copyOf(encoded);
    } finally {
      Arrays.fill(seed, (byte) 0);
      Arrays.fill(encoded, (byte) 0);
    }
  }

  public SigningPublicKey publicKey() {
    return publicKey;
  }

  public KeyId keyId() {
    return publicKey.keyId();
  }

  /** BouncyCastle's view of the private key, for signing in {@code org.aparte.crypto.sign}. */
  public Ed25519PrivateKeyParameters bouncyCastlePrivateKey() {
    return privateKey;
  }

  @Override
  public String toString() {
    return "SigningKeyPair[ED25519, id=" + keyId() + ", private=[REDACTED]]";
  }
}
