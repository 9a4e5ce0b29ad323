package org.aparte.server.booking;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.aparte.availability.SlotId;
import org.aparte.protocol.booking.BookingStatus;
import org.aparte.store.booking.BookingStore;
import org.aparte.store.booking.SlotRef;
import org.aparte.store.booking.StoredBooking;
import org.aparte.store.reminder.ReminderJobStore;

/** Steps that the patient's and the practice's booking changes share, inside their transaction. */
final class BookingSteps {
  private BookingSteps() {}

  /** Claims every slot, in a fixed order so that two bookings cannot deadlock each other. */
  static void claimAll(Connection connection, List<SlotCheck.Checked> slots) throws SQLException {
    List<SlotCheck.Checked> ordered = new ArrayList<>(slots);
    ordered.sort((a, b) -> a.slot().compareTo(b.slot()));
    for (SlotCheck.Checked checked : ordered) {
      if (!BookingStore.claim(connection, checked.slot(), checked.capacity())) {
        throw slotFull();
      }
    }
  }

  static BookingException slotFull() {
    return BookingException.conflict("slot_full", "the slot is no longer free");
  }

  /** Confirmed to {@code next}: frees the slots and drops the reminders, once. */
  static void cancel(Connection connection, StoredBooking booking, BookingStatus next)
      throws SQLException {
    if (BookingStore.changeStatus(
        connection, booking.id(), BookingStatus.CONFIRMED.name(), next.name())) {
      for (SlotRef slot : booking.slots()) {
        BookingStore.release(connection, slot);
      }
      ReminderJobStore.deleteForBooking(connection, booking.id());
    }
  }

  static List<String> slotIds(List<SlotRef> slots) {
    return slots.stream().map(s -> new SlotId(s.visitTypeId(), s.start()).text()).toList();
  }
}
