package org.aparte.crypto.envelope;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import org.aparte.crypto.ByteReader;
import org.aparte.crypto.DecryptionFailedException;
import org.aparte.crypto.MalformedInputException;
import org.aparte.crypto.SecretBytes;
import org.aparte.crypto.UnsupportedVersionException;
import org.aparte.crypto.WrongRecipientException;
import org.aparte.crypto.WrongRecordTypeException;
import org.aparte.crypto.keys.EncryptionKeyPair;
import org.aparte.crypto.keys.EncryptionPublicKey;
import org.aparte.crypto.keys.KeyId;
import org.aparte.crypto.record.RecordCipher;
import org.aparte.crypto.record.RecordHeader;
import org.aparte.crypto.record.RecordType;
import org.aparte.crypto.record.SealedRecord;
import org.aparte.crypto.wrap.KeyWrap;
import org.aparte.crypto.wrap.WrapPurpose;
import org.aparte.crypto.wrap.WrappedKey;

/**
 * A record and its data key wrapped to a single recipient, in one byte string: what a client hands
 * to a party that stores it blindly (the server) for another party to open (the notifier).
 *
 * <p>Layout v1: {@code 0x01 || wrapped key length (2, big-endian) || wrapped key || record}. The
 * wrapped key is {@link KeyWrap}'s (so it names the recipient's key id in clear, and its HPKE info
 * carries the purpose); the record is {@link RecordCipher}'s (type label in its clear header). Both
 * bind the same caller-chosen record id, so an envelope moved to another id fails to open.
 */
public final class SealedEnvelope {
  public static final int VERSION = 0x01;

  private SealedEnvelope() {}

  /**
   * Seals {@code plaintext} to {@code recipient}; the fresh data key is destroyed before return.
   */
  public static byte[] seal(
      EncryptionPublicKey recipient,
      WrapPurpose purpose,
      RecordType type,
      byte[] recordId,
      byte[] plaintext,
      SecureRandom random) {
    Objects.requireNonNull(recipient, "recipient");
    SealedRecord sealed = RecordCipher.sealWithFreshKey(type, recordId, plaintext, random);
    try {
      byte[] wrapped = KeyWrap.seal(sealed.dataKey(), recipient, purpose, recordId, random);
      return ByteBuffer.allocate(3 + wrapped.length + sealed.ciphertext().length)
          .put((byte) VERSION)
          .putShort((short) wrapped.length)
          .put(wrapped)
          .put(sealed.ciphertext())
          .array();
    } finally {
      sealed.dataKey().destroy();
    }
  }

  /**
   * The clear parts, checked for shape without any key: who can open it and what type it claims.
   */
  public static Parsed parse(byte[] envelope)
      throws MalformedInputException, UnsupportedVersionException {
    ByteReader reader = new ByteReader(envelope, "envelope");
    int version = reader.readUnsignedByte("version");
    if (version != VERSION) {
      throw new UnsupportedVersionException("envelope: unknown format version " + version);
    }
    int wrappedLength = reader.readUnsignedShort("wrapped key length");
    byte[] wrapped = reader.readBytes(wrappedLength, "wrapped key");
    byte[] record = reader.readBytes(reader.remaining(), "record");
    KeyId recipient = WrappedKey.parse(wrapped).recipient();
    RecordHeader header = RecordCipher.parseHeader(record);
    return new Parsed(recipient, header.type(), wrapped, record);
  }

  /**
   * Opens an envelope: checks the layout, that it is addressed to {@code recipient}, the purpose,
   * the record type and the record id, then decrypts. The caller zeroes the returned plaintext.
   */
  public static byte[] open(
      byte[] envelope,
      EncryptionKeyPair recipient,
      WrapPurpose purpose,
      RecordType expectedType,
      byte[] recordId)
      throws MalformedInputException,
          UnsupportedVersionException,
          WrongRecipientException,
          WrongRecordTypeException,
          DecryptionFailedException {
    Objects.requireNonNull(recipient, "recipient");
    Parsed parsed = parse(envelope);
    if (!parsed.type().equals(expectedType)) {
      throw new WrongRecordTypeException("envelope: holds another record type than expected");
    }
    SecretBytes dataKey = KeyWrap.open(parsed.wrappedKey(), recipient, purpose, recordId);
    try {
      return RecordCipher.open(dataKey, expectedType, recordId, parsed.record());
    } finally {
      dataKey.destroy();
    }
  }

  /** The parts of an envelope; the byte arrays are copies. */
  public record Parsed(KeyId recipient, RecordType type, byte[] wrappedKey, byte[] record) {
    public Parsed {
      wrappedKey = Arrays.copyOf(wrappedKey, wrappedKey.length);
      record = Arrays.copyOf(record, record.length);
    }

    @Override
    public String toString() {
      return "SealedEnvelope.Parsed[recipient=" + recipient + ", type=" + type + "]";
    }
  }
}
