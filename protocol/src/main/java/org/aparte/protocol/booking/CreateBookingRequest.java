package org.aparte.protocol.booking;

import java.util.List;
import java.util.UUID;
import org.aparte.protocol.Check;
import org.aparte.protocol.Limits;

/**
 * {@code POST /v1/bookings} (and a member's phone booking): one booking, its encrypted content, its
 * data key wrapped to the practice's current key, and the verifier of the patient's cancel secret.
 */
public record CreateBookingRequest(
    UUID bookingId,
    UUID practiceId,
    List<String> slotIds,
    int keyVersion,
    byte[] ciphertext,
    byte[] wrappedKey,
    byte[] cancelVerifier) {
  public CreateBookingRequest {
    Check.present("bookingId", bookingId);
    Check.present("practiceId", practiceId);
    slotIds = SlotIdList.check("slotIds", slotIds);
    Check.range("keyVersion", keyVersion, 1, Integer.MAX_VALUE);
    Check.bytes("ciphertext", ciphertext, BookingLimits.MIN_RECORD, Limits.MAX_RECORD);
    Check.bytes("wrappedKey", wrappedKey, 1, Limits.MAX_WRAPPED_KEY);
    Check.bytes("cancelVerifier", cancelVerifier, Limits.VERIFIER, Limits.VERIFIER);
  }
}
