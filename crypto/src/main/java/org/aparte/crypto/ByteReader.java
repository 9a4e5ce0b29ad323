package org.aparte.crypto;

import java.util.Arrays;

/**
 * Bounds-checked sequential reader for our binary formats. Every read checks the remaining length
 * first and reports a {@link MalformedInputException} naming the field, so decoders never throw
 * {@code ArrayIndexOutOfBoundsException}.
 */
public final class ByteReader {
  private final byte[] input;
  private final String what;
  private int position;

  public ByteReader(byte[] input, String what) {
    this.input = input == null ? new byte[0] : input;
    this.what = what;
  }

  public int remaining() {
    return input.length - position;
  }

  public int position() {
    return position;
  }

  public int readUnsignedByte(String field) throws MalformedInputException {
    require(1, field);
    return input[position++] & 0xff;
  }

  public int readUnsignedShort(String field) throws MalformedInputException {
    require(2, field);
    int value = ((input[position] & 0xff) << 8) | (input[position + 1] & 0xff);
    position += 2;
    return value;
  }

  public long readUnsignedInt(String field) throws MalformedInputException {
    require(4, field);
    long value = 0;
    for (int i = 0; i < 4; i++) {
      value = (value << 8) | (input[position + i] & 0xff);
    }
    position += 4;
    return value;
  }

  public byte[] readBytes(int length, String field) throws MalformedInputException {
    if (length < 0) {
      throw new MalformedInputException(what + ": negative length for " + field);
    }
    require(length, field);
    byte[] out = Arrays.copyOfRange(input, position, position + length);
    position += length;
    return out;
  }

  public byte[] readRest() {
    byte[] out = Arrays.copyOfRange(input, position, input.length);
    position = input.length;
    return out;
  }

  /** Fails unless every byte has been consumed: trailing garbage is an error, not padding. */
  public void requireEnd() throws MalformedInputException {
    if (remaining() != 0) {
      throw new MalformedInputException(what + ": " + remaining() + " unexpected trailing bytes");
    }
  }

  private void require(int length, String field) throws MalformedInputException {
    if (remaining() < length) {
      throw new MalformedInputException(
          what
              + ": truncated at "
              + field
              + " (needs "
              + length
              + " bytes, has "
              + remaining()
              + ")");
    }
  }
}
