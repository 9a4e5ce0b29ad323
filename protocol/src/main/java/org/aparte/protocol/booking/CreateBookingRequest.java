package org.aparte.protocol.booking;

import java.util.List;
import java.util.UUID;
import org.aparte.protocol.Check;
import org.aparte.protocol.Limits;
import org.aparte.protocol.token.TokenLimits;

/**
 * {@code POST /v1/bookings} (and a member's phone booking): one booking, its encrypted content, its
 * data key wrapped to the practice's current key, the verifier of the patient's cancel secret, and
 * (patients only) one anonymous booking token; a member's phone booking carries none.
 */
public record CreateBookingRequest(
    UUID bookingId,
    UUID practiceId,
    List<String> slotIds,
    int keyVersion,
    byte[] ciphertext,
    byte[] wrappedKey,
    byte[] cancelVerifier,
    byte[] token) {
  public CreateBookingRequest {
    Check.present("bookingId", bookingId);
    Check.present("practiceId", practiceId);
    slotIds = SlotIdList.check("slotIds", slotIds);
    Check.range("keyVersion", keyVersion, 1, Integer.MAX_VALUE);
    Check.bytes("ciphertext", ciphertext, BookingLimits.MIN_RECORD, Limits.MAX_RECORD);
    Check.bytes("wrappedKey", wrappedKey, 1, Limits.MAX_WRAPPED_KEY);
    Check.bytes("cancelVerifier", cancelVerifier, Limits.VERIFIER, Limits.VERIFIER);
    if (token != null) {
      Check.bytes("token", token, 1, TokenLimits.MAX_TOKEN);
    }
  }

  /** The same booking with {@code newToken} (e.g. after preparing it before picking a token). */
  public CreateBookingRequest withToken(byte[] newToken) {
    return new CreateBookingRequest(
        bookingId,
        practiceId,
        slotIds,
        keyVersion,
        ciphertext,
        wrappedKey,
        cancelVerifier,
        newToken);
  }
}
