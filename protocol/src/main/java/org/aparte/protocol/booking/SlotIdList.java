package org.aparte.protocol.booking;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.aparte.protocol.Check;
import org.aparte.protocol.InvalidFieldException;

/** The shape of a list of slot ids: one or two short, distinct strings. */
final class SlotIdList {
  private SlotIdList() {}

  static List<String> check(String field, List<String> slotIds) {
    // Check.list asks contains(null), which immutable lists answer with an NPE: give it a copy.
    List<String> copy =
        Check.list(
            field, slotIds == null ? null : new ArrayList<>(slotIds), 1, BookingLimits.MAX_SLOTS);
    for (String id : copy) {
      Check.text(field, id, 1, BookingLimits.MAX_SLOT_ID);
    }
    if (new HashSet<>(copy).size() != copy.size()) {
      throw new InvalidFieldException(field, "must not repeat a slot");
    }
    return copy;
  }
}
