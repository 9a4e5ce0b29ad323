package org.aparte.server.booking;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.aparte.protocol.booking.CreateBookingRequest;

/**
 * What tells a retried booking request from a different one with the same id: stored with the
 * booking, compared when the id comes again.
 */
final class BookingRequestHash {
  private static final String LABEL = "aparte/booking-request/v1";

  private BookingRequestHash() {}

  /** SHA-256 over every field of the request, each length-prefixed: tells a retry from a clash. */
  static byte[] of(CreateBookingRequest request, BookingService.Origin origin) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      field(sha, LABEL.getBytes(StandardCharsets.UTF_8));
      field(sha, origin.name().getBytes(StandardCharsets.UTF_8));
      field(sha, request.bookingId().toString().getBytes(StandardCharsets.UTF_8));
      field(sha, request.practiceId().toString().getBytes(StandardCharsets.UTF_8));
      field(sha, ByteBuffer.allocate(4).putInt(request.slotIds().size()).array());
      for (String slot : request.slotIds()) {
        field(sha, slot.getBytes(StandardCharsets.UTF_8));
      }
      field(sha, ByteBuffer.allocate(4).putInt(request.keyVersion()).array());
      field(sha, request.ciphertext());
      field(sha, request.wrappedKey());
      field(sha, request.cancelVerifier());
      return sha.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static void field(MessageDigest sha, byte[] value) {
    sha.update(ByteBuffer.allocate(4).putInt(value.length).array());
    sha.update(value);
  }
}
