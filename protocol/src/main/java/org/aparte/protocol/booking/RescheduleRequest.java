package org.aparte.protocol.booking;

import java.util.List;
import org.aparte.protocol.Check;
import org.aparte.protocol.Limits;

/** {@code POST /v1/bookings/{id}/reschedule}: new slots and the booking re-encrypted for them. */
public record RescheduleRequest(
    byte[] cancelSecret,
    List<String> slotIds,
    int keyVersion,
    byte[] ciphertext,
    byte[] wrappedKey) {
  public RescheduleRequest {
    Check.bytes(
        "cancelSecret", cancelSecret, BookingLimits.CANCEL_SECRET, BookingLimits.CANCEL_SECRET);
    slotIds = SlotIdList.check("slotIds", slotIds);
    Check.range("keyVersion", keyVersion, 1, Integer.MAX_VALUE);
    Check.bytes("ciphertext", ciphertext, BookingLimits.MIN_RECORD, Limits.MAX_RECORD);
    Check.bytes("wrappedKey", wrappedKey, 1, Limits.MAX_WRAPPED_KEY);
  }
}
