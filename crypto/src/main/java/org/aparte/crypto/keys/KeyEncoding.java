package org.aparte.crypto.keys;

import org.aparte.crypto.ByteReader;
import org.aparte.crypto.MalformedInputException;
import org.aparte.crypto.UnsupportedVersionException;

/**
 * The one layout shared by public and private keys: {@code version (0x01) || kind (1 byte) || raw
 * key bytes}, where the raw length is fixed by the kind. Decoding checks, in order: the version,
 * the kind, then the exact length.
 */
final class KeyEncoding {
  static final int VERSION = 0x01;
  static final int HEADER_LENGTH = 2;

  /** A parsed encoding: which kind, and its raw bytes (public key, seed or private scalar). */
  record Decoded(KeyKind kind, byte[] raw) {}

  private KeyEncoding() {}

  static byte[] encode(KeyKind kind, byte[] raw) {
    byte[] out = new byte[HEADER_LENGTH + raw.length];
    out[0] = (byte) VERSION;
    out[1] = (byte) kind.code();
    System.arraycopy(raw, 0, out, HEADER_LENGTH, raw.length);
    return out;
  }

  static Decoded decodePublic(byte[] input, String what)
      throws MalformedInputException, UnsupportedVersionException {
    ByteReader reader = new ByteReader(input, what);
    KeyKind kind = readHeader(reader, what);
    return new Decoded(kind, readRaw(reader, kind.publicKeyLength(), what));
  }

  static Decoded decodePrivate(byte[] input, String what)
      throws MalformedInputException, UnsupportedVersionException {
    ByteReader reader = new ByteReader(input, what);
    KeyKind kind = readHeader(reader, what);
    return new Decoded(kind, readRaw(reader, kind.privateKeyLength(), what));
  }

  private static KeyKind readHeader(ByteReader reader, String what)
      throws MalformedInputException, UnsupportedVersionException {
    int version = reader.readUnsignedByte("version");
    if (version != VERSION) {
      throw new UnsupportedVersionException(what + ": unknown version " + version);
    }
    return KeyKind.fromCode(reader.readUnsignedByte("kind"));
  }

  private static byte[] readRaw(ByteReader reader, int length, String what)
      throws MalformedInputException {
    if (reader.remaining() != length) {
      throw new MalformedInputException(
          what + ": key needs exactly " + length + " bytes, has " + reader.remaining());
    }
    return reader.readBytes(length, "key");
  }
}
