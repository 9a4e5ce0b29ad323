package org.aparte.crypto.token;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.aparte.crypto.ByteReader;
import org.aparte.crypto.Labels;
import org.aparte.crypto.MalformedInputException;
import org.aparte.crypto.UnsupportedVersionException;

/**
 * An unblinded booking token: the issuer's RFC 9474 signature over {@link #signedMessage()}. Wire
 * form: {@code version (0x01) | epoch (u32 BE) | nonce (32) | msg_prefix (32) | signature}. The
 * nonce is what the server records as spent; the epoch names the issuer key that must verify it. A
 * token is a bearer credential for one booking: it says "a verified account was allowed this",
 * never which one.
 */
public record BookingToken(long epoch, byte[] nonce, byte[] messagePrefix, byte[] signature) {
  public static final int VERSION = 1;
  public static final int NONCE_LENGTH = 32;
  static final int MAX_SIGNATURE_LENGTH = 1024;

  public BookingToken {
    requireEpoch(epoch);
    if (nonce == null || nonce.length != NONCE_LENGTH) {
      throw new IllegalArgumentException("a token nonce is 32 bytes");
    }
    if (messagePrefix == null || messagePrefix.length != BlindRsa.PREFIX_LENGTH) {
      throw new IllegalArgumentException("a token message prefix is 32 bytes");
    }
    if (signature == null || signature.length == 0 || signature.length > MAX_SIGNATURE_LENGTH) {
      throw new IllegalArgumentException("a token signature is 1 to 1024 bytes");
    }
    nonce = nonce.clone();
    messagePrefix = messagePrefix.clone();
    signature = signature.clone();
  }

  static void requireEpoch(long epoch) {
    if (epoch < 0 || epoch > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException("an epoch is an unsigned 32-bit number");
    }
  }

  /**
   * {@code utf8(Labels.BOOKING_TOKEN) || 0x00 || epoch (u32 BE) || nonce}: what the issuer signs.
   */
  public static byte[] signedMessage(long epoch, byte[] nonce) {
    requireEpoch(epoch);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(Labels.utf8(Labels.BOOKING_TOKEN));
    out.write(0x00);
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) epoch).array());
    out.writeBytes(nonce);
    return out.toByteArray();
  }

  public byte[] signedMessage() {
    return signedMessage(epoch, nonce);
  }

  @Override
  public byte[] nonce() {
    return nonce.clone();
  }

  @Override
  public byte[] messagePrefix() {
    return messagePrefix.clone();
  }

  @Override
  public byte[] signature() {
    return signature.clone();
  }

  public byte[] encode() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(VERSION);
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) epoch).array());
    out.writeBytes(nonce);
    out.writeBytes(messagePrefix);
    out.writeBytes(signature);
    return out.toByteArray();
  }

  public static BookingToken decode(byte[] wire)
      throws MalformedInputException, UnsupportedVersionException {
    if (wire == null || wire.length > 1 + 4 + 64 + MAX_SIGNATURE_LENGTH) {
      throw new MalformedInputException("booking token: missing or oversized");
    }
    ByteReader reader = new ByteReader(wire, "booking token");
    int version = reader.readUnsignedByte("version");
    if (version != VERSION) {
      throw new UnsupportedVersionException("booking token: unknown version " + version);
    }
    long epoch = reader.readUnsignedInt("epoch");
    byte[] nonce = reader.readBytes(NONCE_LENGTH, "nonce");
    byte[] prefix = reader.readBytes(BlindRsa.PREFIX_LENGTH, "message prefix");
    byte[] signature = reader.readRest();
    if (signature.length == 0) {
      throw new MalformedInputException("booking token: no signature");
    }
    return new BookingToken(epoch, nonce, prefix, signature);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BookingToken that
        && epoch == that.epoch
        && Arrays.equals(nonce, that.nonce)
        && Arrays.equals(messagePrefix, that.messagePrefix)
        && Arrays.equals(signature, that.signature);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(epoch) * 31 + Arrays.hashCode(nonce);
  }

  @Override
  public String toString() {
    return "BookingToken[epoch=" + epoch + ", REDACTED]";
  }
}
