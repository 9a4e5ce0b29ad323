package org.aparte.crypto.wrap;

import org.aparte.crypto.UnsupportedVersionException;
import org.aparte.crypto.keys.KeyKind;
import org.bouncycastle.crypto.hpke.HPKE;

/**
 * The HPKE (RFC 9180) cipher suites a wrapped key can use, named by one byte. Both use HKDF-SHA256
 * and AES-256-GCM; they differ in the KEM, which follows from the recipient's key kind.
 */
public enum WrapSuite {
  /** X-Wing / HKDF-SHA256 / AES-256-GCM: the default, for every recipient. */
  X_WING(0x01, HPKE.kem_X_WING, KeyKind.X_WING, 1120, 64),
  /** DHKEM(X25519, HKDF-SHA256) / HKDF-SHA256 / AES-256-GCM: for interoperability checks. */
  X25519(0x02, HPKE.kem_X25519_SHA256, KeyKind.X25519, 32, 32);

  private final int code;
  private final short kemId;
  private final KeyKind keyKind;
  private final int encapsulationLength;
  private final int ephemeralRandomnessLength;

  WrapSuite(
      int code,
      short kemId,
      KeyKind keyKind,
      int encapsulationLength,
      int ephemeralRandomnessLength) {
    this.code = code;
    this.kemId = kemId;
    this.keyKind = keyKind;
    this.encapsulationLength = encapsulationLength;
    this.ephemeralRandomnessLength = ephemeralRandomnessLength;
  }

  public int code() {
    return code;
  }

  public KeyKind keyKind() {
    return keyKind;
  }

  /** Length of the KEM encapsulation ({@code enc}) in a wrapped key. */
  public int encapsulationLength() {
    return encapsulationLength;
  }

  /**
   * How many bytes sealing draws from the caller's {@code SecureRandom}: the 64-byte X-Wing {@code
   * eseed} (draft-connolly-cfrg-xwing-kem, EncapsulateDerand), or the 32-byte {@code ikmE} that RFC
   * 9180 DeriveKeyPair turns into the ephemeral X25519 key. Nothing else is random.
   */
  public int ephemeralRandomnessLength() {
    return ephemeralRandomnessLength;
  }

  /** A fresh HPKE instance (base mode); instances are cheap and not shared between threads. */
  HPKE hpke() {
    return new HPKE(HPKE.mode_base, kemId, HPKE.kdf_HKDF_SHA256, HPKE.aead_AES_GCM256);
  }

  public static WrapSuite forKeyKind(KeyKind kind) {
    for (WrapSuite suite : values()) {
      if (suite.keyKind == kind) {
        return suite;
      }
    }
    throw new IllegalArgumentException(kind + " keys cannot receive wrapped keys");
  }

  public static WrapSuite fromCode(int code) throws UnsupportedVersionException {
    for (WrapSuite suite : values()) {
      if (suite.code == code) {
        return suite;
      }
    }
    throw new UnsupportedVersionException("wrapped key: unknown suite " + code);
  }
}
