package org.aparte.client.prescription;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.aparte.crypto.ByteReader;
import org.aparte.crypto.MalformedInputException;

/** The big-endian writing and strict reading the prescription formats share. */
final class Bytes {
  private Bytes() {}

  static void u8(ByteArrayOutputStream out, int value) {
    out.write(value);
  }

  static void u16(ByteArrayOutputStream out, int value) {
    out.write(value >>> 8);
    out.write(value & 0xff);
  }

  static void i32(ByteArrayOutputStream out, int value) {
    out.writeBytes(ByteBuffer.allocate(4).putInt(value).array());
  }

  static void i64(ByteArrayOutputStream out, long value) {
    out.writeBytes(ByteBuffer.allocate(8).putLong(value).array());
  }

  /** A text as {@code u8 length || UTF-8}. */
  static void text(ByteArrayOutputStream out, String text) {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    u8(out, utf8.length);
    out.writeBytes(utf8);
  }

  /** Bytes as {@code u16 length || bytes}. */
  static void field(ByteArrayOutputStream out, byte[] bytes) {
    u16(out, bytes.length);
    out.writeBytes(bytes);
  }

  static int i32(ByteReader in, String field) throws MalformedInputException {
    return (int) in.readUnsignedInt(field);
  }

  static long i64(ByteReader in, String field) throws MalformedInputException {
    return (in.readUnsignedInt(field) << 32) | in.readUnsignedInt(field);
  }

  static byte[] field(ByteReader in, String field) throws MalformedInputException {
    return in.readBytes(in.readUnsignedShort(field + " length"), field);
  }

  /** Reads a text, refusing invalid UTF-8 (a lenient decoder would make two encodings equal). */
  static String text(ByteReader in, String field) throws MalformedInputException {
    byte[] utf8 = in.readBytes(in.readUnsignedByte(field + " length"), field);
    try {
      CharBuffer chars =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(utf8));
      return chars.toString();
    } catch (CharacterCodingException e) {
      throw new MalformedInputException(field + ": not UTF-8", e);
    }
  }
}
