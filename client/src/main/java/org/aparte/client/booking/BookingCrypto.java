package org.aparte.client.booking;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.UUID;
import org.aparte.crypto.CryptoException;
import org.aparte.crypto.SecretBytes;
import org.aparte.crypto.keys.EncryptionKeyPair;
import org.aparte.crypto.keys.EncryptionPublicKey;
import org.aparte.crypto.record.RecordCipher;
import org.aparte.crypto.record.RecordType;
import org.aparte.crypto.record.SealedRecord;
import org.aparte.crypto.wrap.KeyWrap;
import org.aparte.crypto.wrap.WrapPurpose;
import org.aparte.protocol.Json;

/** Seals a booking's content for a practice, and opens it again, bound to the booking id. */
final class BookingCrypto {
  static final RecordType RECORD_TYPE = RecordType.of("booking");
  static final WrapPurpose PURPOSE = WrapPurpose.of("booking");
  private static final ObjectMapper JSON = Json.mapper();

  private BookingCrypto() {}

  /** A booking id as a record id: its 16 bytes, big-endian. */
  static byte[] recordId(UUID bookingId) {
    return ByteBuffer.allocate(16)
        .putLong(bookingId.getMostSignificantBits())
        .putLong(bookingId.getLeastSignificantBits())
        .array();
  }

  record Sealed(SecretBytes dataKey, byte[] ciphertext, byte[] wrappedKey) {}

  static Sealed seal(
      UUID bookingId,
      BookingContent content,
      EncryptionPublicKey practiceKey,
      SecureRandom random) {
    byte[] id = recordId(bookingId);
    SealedRecord sealed =
        RecordCipher.sealWithFreshKey(RECORD_TYPE, id, serialise(content), random);
    byte[] wrapped = KeyWrap.seal(sealed.dataKey(), practiceKey, PURPOSE, id, random);
    return new Sealed(sealed.dataKey(), sealed.ciphertext(), wrapped);
  }

  /** As {@link #seal}, under the booking's existing data key (a reschedule). */
  static Sealed reseal(
      UUID bookingId,
      BookingContent content,
      EncryptionPublicKey practiceKey,
      SecretBytes dataKey,
      SecureRandom random) {
    byte[] id = recordId(bookingId);
    byte[] ciphertext = RecordCipher.seal(dataKey, RECORD_TYPE, id, serialise(content), random);
    byte[] wrapped = KeyWrap.seal(dataKey, practiceKey, PURPOSE, id, random);
    return new Sealed(dataKey, ciphertext, wrapped);
  }

  private static byte[] serialise(BookingContent content) {
    try {
      return JSON.writeValueAsBytes(content);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a booking always serialises", e);
    }
  }

  /** Opens with the practice's key pair of the version the booking names. */
  static BookingContent openForPractice(
      UUID bookingId, byte[] ciphertext, byte[] wrappedKey, EncryptionKeyPair practiceKey)
      throws TamperedBookingException {
    byte[] id = recordId(bookingId);
    SecretBytes dataKey;
    try {
      dataKey = KeyWrap.open(wrappedKey, practiceKey, PURPOSE, id);
    } catch (CryptoException e) {
      throw new TamperedBookingException(
          bookingId, "its wrapped key does not open for this booking");
    }
    return open(bookingId, ciphertext, dataKey);
  }

  static BookingContent open(UUID bookingId, byte[] ciphertext, SecretBytes dataKey)
      throws TamperedBookingException {
    byte[] plaintext;
    try {
      plaintext = RecordCipher.open(dataKey, RECORD_TYPE, recordId(bookingId), ciphertext);
    } catch (CryptoException e) {
      throw new TamperedBookingException(
          bookingId, "its ciphertext does not open for this booking");
    }
    try {
      return JSON.readValue(plaintext, BookingContent.class);
    } catch (IOException e) {
      throw new TamperedBookingException(bookingId, "its content is not a booking");
    }
  }
}
