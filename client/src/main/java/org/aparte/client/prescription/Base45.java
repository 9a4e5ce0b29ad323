package org.aparte.client.prescription;

import java.io.ByteArrayOutputStream;

/**
 * RFC 9285 Base45: bytes as characters of the QR code alphanumeric mode, which packs 2 characters
 * in 11 bits; 2 bytes become 3 characters, so binary costs about 5.5 % more than QR byte mode
 * instead of the 33 % Base64 would (and Base64 forces byte mode anyway).
 */
public final class Base45 {
  private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

  private Base45() {}

  public static String encode(byte[] bytes) {
    StringBuilder out = new StringBuilder(bytes.length * 3 / 2 + 2);
    for (int i = 0; i + 1 < bytes.length; i += 2) {
      int n = (bytes[i] & 0xff) * 256 + (bytes[i + 1] & 0xff);
      out.append(ALPHABET.charAt(n % 45))
          .append(ALPHABET.charAt(n / 45 % 45))
          .append(ALPHABET.charAt(n / 2025));
    }
    if (bytes.length % 2 == 1) {
      int n = bytes[bytes.length - 1] & 0xff;
      out.append(ALPHABET.charAt(n % 45)).append(ALPHABET.charAt(n / 45));
    }
    return out.toString();
  }

  public static byte[] decode(String text) throws MalformedPrescriptionException {
    if (text.length() % 3 == 1) {
      throw new MalformedPrescriptionException("base45: impossible length");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() * 2 / 3);
    for (int i = 0; i < text.length(); i += 3) {
      boolean pair = i + 2 < text.length();
      int n = digit(text, i) + digit(text, i + 1) * 45 + (pair ? digit(text, i + 2) * 2025 : 0);
      if (n > (pair ? 0xffff : 0xff)) {
        throw new MalformedPrescriptionException("base45: value out of range");
      }
      if (pair) {
        out.write(n >>> 8);
      }
      out.write(n & 0xff);
    }
    return out.toByteArray();
  }

  private static int digit(String text, int index) throws MalformedPrescriptionException {
    int digit = ALPHABET.indexOf(text.charAt(index));
    if (digit < 0) {
      throw new MalformedPrescriptionException("base45: character outside the alphabet");
    }
    return digit;
  }
}
