package org.aparte.crypto.wrap;

import java.io.ByteArrayOutputStream;
import org.aparte.crypto.ByteReader;
import org.aparte.crypto.MalformedInputException;
import org.aparte.crypto.UnsupportedVersionException;
import org.aparte.crypto.keys.KeyId;

/**
 * Layout v1 of a wrapped data key:
 *
 * <pre>
 * version 0x01 (1) || suite (1) || recipient key id (16) || enc (1120 X-Wing, 32 X25519)
 *   || HPKE ciphertext (32-byte data key + 16-byte tag = 48)
 * </pre>
 *
 * The total length is exact for each suite: 1186 bytes (X-Wing) or 98 bytes (X25519).
 */
public final class WrappedKey {
  public static final int VERSION = 0x01;
  static final int DATA_KEY_LENGTH = 32;
  static final int CIPHERTEXT_LENGTH = DATA_KEY_LENGTH + 16;
  private static final int HEADER_LENGTH = 2 + KeyId.LENGTH;
  private static final String WHAT = "wrapped key";

  private final WrapSuite suite;
  private final KeyId recipient;
  private final byte[] encapsulation;
  private final byte[] ciphertext;

  private WrappedKey(WrapSuite suite, KeyId recipient, byte[] encapsulation, byte[] ciphertext) {
    this.suite = suite;
    this.recipient = recipient;
    this.encapsulation = encapsulation;
    this.ciphertext = ciphertext;
  }

  static WrappedKey of(WrapSuite suite, KeyId recipient, byte[] encapsulation, byte[] ciphertext) {
    if (encapsulation.length != suite.encapsulationLength()
        || ciphertext.length != CIPHERTEXT_LENGTH) {
      throw new IllegalStateException("HPKE produced an unexpected length");
    }
    return new WrappedKey(suite, recipient, encapsulation.clone(), ciphertext.clone());
  }

  /** Parses the layout; checks the version, then the suite, then the exact total length. */
  public static WrappedKey parse(byte[] bytes)
      throws MalformedInputException, UnsupportedVersionException {
    ByteReader reader = new ByteReader(bytes, WHAT);
    int version = reader.readUnsignedByte("version");
    if (version != VERSION) {
      throw new UnsupportedVersionException(WHAT + ": unknown version " + version);
    }
    WrapSuite suite = WrapSuite.fromCode(reader.readUnsignedByte("suite"));
    int expected = totalLength(suite);
    if (bytes.length != expected) {
      throw new MalformedInputException(
          WHAT + ": suite " + suite + " needs exactly " + expected + " bytes, has " + bytes.length);
    }
    KeyId recipient = KeyId.fromBytes(reader.readBytes(KeyId.LENGTH, "recipient key id"));
    byte[] encapsulation = reader.readBytes(suite.encapsulationLength(), "enc");
    byte[] ciphertext = reader.readBytes(CIPHERTEXT_LENGTH, "ciphertext");
    reader.requireEnd();
    return new WrappedKey(suite, recipient, encapsulation, ciphertext);
  }

  public static int totalLength(WrapSuite suite) {
    return HEADER_LENGTH + suite.encapsulationLength() + CIPHERTEXT_LENGTH;
  }

  public WrapSuite suite() {
    return suite;
  }

  /** Which key opens this: lets a holder of several keys (after rotation) pick the right one. */
  public KeyId recipient() {
    return recipient;
  }

  byte[] encapsulation() {
    return encapsulation.clone();
  }

  byte[] ciphertext() {
    return ciphertext.clone();
  }

  public byte[] toBytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(totalLength(suite));
    out.write(VERSION);
    out.write(suite.code());
    out.writeBytes(recipient.bytes());
    out.writeBytes(encapsulation);
    out.writeBytes(ciphertext);
    return out.toByteArray();
  }

  @Override
  public String toString() {
    return "WrappedKey[" + suite + ", recipient=" + recipient + "]";
  }
}
