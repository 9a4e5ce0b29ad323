package org.aparte.crypto.keys;

import java.util.Arrays;
import org.aparte.crypto.MalformedInputException;
import org.aparte.crypto.UnsupportedVersionException;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.X25519PublicKeyParameters;
import org.bouncycastle.pqc.crypto.xwing.XWingPublicKeyParameters;

/**
 * A public key others encrypt to: X-Wing (the default) or plain X25519 (interop). Every instance
 * has been validated, so sealing to it cannot fail.
 */
public final class EncryptionPublicKey {
  private static final String WHAT = "encryption public key";

  /** An X-Wing public key ends with its X25519 part (draft-connolly-cfrg-xwing-kem). */
  private static final int X_WING_X25519_OFFSET = 1216 - 32;

  private final KeyKind kind;
  private final byte[] raw;
  private final AsymmetricKeyParameter parameters;
  private final KeyId keyId;

  private EncryptionPublicKey(KeyKind kind, byte[] raw, AsymmetricKeyParameter parameters) {
    this.kind = kind;
    this.raw = raw;
    this.parameters = parameters;
    this.keyId = KeyId.ofEncodedPublicKey(KeyEncoding.encode(kind, raw));
  }

  /** Decodes {@code 0x01 || kind || raw key}, refusing signing keys and unusable points. */
  public static EncryptionPublicKey decode(byte[] encoded)
      throws MalformedInputException, UnsupportedVersionException {
    KeyEncoding.Decoded decoded = KeyEncoding.decodePublic(encoded, WHAT);
    return fromRaw(decoded.kind(), decoded.raw());
  }

  static EncryptionPublicKey fromRaw(KeyKind kind, byte[] raw) throws MalformedInputException {
    if (!kind.isEncryption()) {
      throw new MalformedInputException(WHAT + ": holds a " + kind + " key, not an encryption key");
    }
    byte[] x25519Part =
        kind == KeyKind.X_WING ? Arrays.copyOfRange(raw, X_WING_X25519_OFFSET, raw.length) : raw;
    if (X25519Points.isLowOrder(x25519Part)) {
      throw new MalformedInputException(WHAT + ": X25519 part is a low-order point");
    }
    try {
      AsymmetricKeyParameter parameters =
          kind == KeyKind.X_WING
              ? new XWingPublicKeyParameters(raw)
              : new X25519PublicKeyParameters(raw);
      return new EncryptionPublicKey(kind, raw.clone(), parameters);
    } catch (IllegalArgumentException invalid) {
      throw new MalformedInputException(WHAT + ": not a valid " + kind + " key", invalid);
    }
  }

  /** For key pairs built from trusted private keys: no validation needed. */
  static EncryptionPublicKey fromParameters(KeyKind kind, AsymmetricKeyParameter parameters) {
    byte[] raw =
        kind == KeyKind.X_WING
            ? ((XWingPublicKeyParameters) parameters).getEncoded()
            : ((X25519PublicKeyParameters) parameters).getEncoded();
    return new EncryptionPublicKey(kind, raw, parameters);
  }

  public KeyKind kind() {
    return kind;
  }

  public KeyId keyId() {
    return keyId;
  }

  /** The stable encoding: {@code 0x01 || kind || raw key}. */
  public byte[] encoded() {
    return KeyEncoding.encode(kind, raw);
  }

  /** The key as its algorithm defines it (1216 bytes for X-Wing, 32 for X25519). */
  public byte[] rawKey() {
    return raw.clone();
  }

  /** BouncyCastle's view of this key, for HPKE in {@code org.aparte.crypto.wrap}. */
  public AsymmetricKeyParameter bouncyCastleKey() {
    return parameters;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EncryptionPublicKey key
        && kind == key.kind
        && Arrays.equals(raw, key.raw);
  }

  @Override
  public int hashCode() {
    return keyId.hashCode();
  }

  @Override
  public String toString() {
    return "EncryptionPublicKey[" + kind + ", id=" + keyId + "]";
  }
}
