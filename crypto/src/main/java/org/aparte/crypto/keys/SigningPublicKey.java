package org.aparte.crypto.keys;

import java.util.Arrays;
import org.aparte.crypto.MalformedInputException;
import org.aparte.crypto.UnsupportedVersionException;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;

/** An Ed25519 public key (RFC 8032). Every instance is a valid curve point. */
public final class SigningPublicKey {
  private static final String WHAT = "signing public key";

  private final byte[] raw;
  private final Ed25519PublicKeyParameters parameters;
  private final KeyId keyId;

  private SigningPublicKey(byte[] raw, Ed25519PublicKeyParameters parameters) {
    this.raw = raw;
    this.parameters = parameters;
    this.keyId = KeyId.ofEncodedPublicKey(KeyEncoding.encode(KeyKind.ED25519, raw));
  }

  /** Decodes {@code 0x01 || 0x02 || 32-byte key}, refusing encryption keys and invalid points. */
  public static SigningPublicKey decode(byte[] encoded)
      throws MalformedInputException, UnsupportedVersionException {
    KeyEncoding.Decoded decoded = KeyEncoding.decodePublic(encoded, WHAT);
    if (decoded.kind() != KeyKind.ED25519) {
      throw new MalformedInputException(WHAT + ": holds a " + decoded.kind() + " key");
    }
    return fromRaw(decoded.raw());
  }

  static SigningPublicKey fromRaw(byte[] raw) throws MalformedInputException {
    try {
      return new SigningPublicKey(raw.clone(), new Ed25519PublicKeyParameters(raw));
    } catch (IllegalArgumentException invalid) {
      throw new MalformedInputException(WHAT + ": not a valid Ed25519 point", invalid);
    }
  }

  static SigningPublicKey fromParameters(Ed25519PublicKeyParameters parameters) {
    return new SigningPublicKey(parameters.getEncoded(), parameters);
  }

  public KeyKind kind() {
    return KeyKind.ED25519;
  }

  public KeyId keyId() {
    return keyId;
  }

  /** The stable encoding: {@code 0x01 || 0x02 || 32-byte key}. */
  public byte[] encoded() {
    return KeyEncoding.encode(KeyKind.ED25519, raw);
  }

  /** The 32-byte RFC 8032 public key, as WebCrypto imports it ("raw" format). */
  public byte[] rawKey() {
    return raw.clone();
  }

  /** BouncyCastle's view of this key, for {@code org.aparte.crypto.sign}. */
  public Ed25519PublicKeyParameters bouncyCastleKey() {
    return parameters;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SigningPublicKey key && Arrays.equals(raw, key.raw);
  }

  @Override
  public int hashCode() {
    return keyId.hashCode();
  }

  @Override
  public String toString() {
    return "SigningPublicKey[ED25519, id=" + keyId + "]";
  }
}
