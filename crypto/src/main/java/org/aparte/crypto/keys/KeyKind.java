package org.aparte.crypto.keys;

import org.aparte.crypto.UnsupportedVersionException;

/**
 * The algorithms a key can belong to, with the one-byte code our encodings carry and the exact raw
 * lengths. The code is part of the key id, so a key can never be reinterpreted as another kind.
 */
public enum KeyKind {
  /** Hybrid X25519 + ML-KEM-768 (draft-connolly-cfrg-xwing-kem); the private key is a seed. */
  X_WING(0x01, 1216, 32),
  /** Ed25519 signing key (RFC 8032); the private key is the 32-byte seed. */
  ED25519(0x02, 32, 32),
  /** Plain X25519 (RFC 7748), kept for interoperability checks only. */
  X25519(0x03, 32, 32);

  private final int code;
  private final int publicKeyLength;
  private final int privateKeyLength;

  KeyKind(int code, int publicKeyLength, int privateKeyLength) {
    this.code = code;
    this.publicKeyLength = publicKeyLength;
    this.privateKeyLength = privateKeyLength;
  }

  public int code() {
    return code;
  }

  public int publicKeyLength() {
    return publicKeyLength;
  }

  public int privateKeyLength() {
    return privateKeyLength;
  }

  public boolean isEncryption() {
    return this != ED25519;
  }

  public static KeyKind fromCode(int code) throws UnsupportedVersionException {
    for (KeyKind kind : values()) {
      if (kind.code == code) {
        return kind;
      }
    }
    throw new UnsupportedVersionException("unknown key kind " + code);
  }
}
