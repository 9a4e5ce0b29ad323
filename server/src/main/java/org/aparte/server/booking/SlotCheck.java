package org.aparte.server.booking;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.aparte.availability.BookingWindow;
import org.aparte.availability.InvalidSlotIdException;
import org.aparte.availability.PracticeCalendar;
import org.aparte.availability.SlotCalendar;
import org.aparte.availability.SlotId;
import org.aparte.availability.SlotRejectedException;
import org.aparte.availability.VisitType;
import org.aparte.store.booking.SlotRef;

/**
 * Checks the slots a booking asks for against the practice's calendar: real slots of that practice,
 * in the future, within the horizon, not closed; a visit type with a follow-up needs exactly its
 * two slots, any other exactly one.
 */
final class SlotCheck {
  static final String FIELD = "slotIds";

  private SlotCheck() {}

  /** A checked slot and the capacity of its visit type. */
  record Checked(SlotRef slot, int capacity) {}

  static List<Checked> check(
      PracticeCalendars.Loaded loaded, List<String> slotIds, boolean staff, Instant now) {
    List<SlotId> ids = new ArrayList<>(slotIds.size());
    for (String text : slotIds) {
      try {
        ids.add(SlotId.parse(text));
      } catch (InvalidSlotIdException e) {
        throw BookingException.badField(
            FIELD, "must hold slot ids of the form <visit type>@<instant>");
      }
    }
    PracticeCalendar calendar = loaded.calendar();
    SlotId first = ids.get(0);
    SlotCalendar firstCalendar = calendarOf(loaded, first);
    VisitType type = firstCalendar.visitType();
    List<Checked> out = new ArrayList<>(2);
    try {
      if (staff) {
        firstCalendar.validate(first, now, BookingWindow.DEFAULT);
      } else {
        calendar.validate(first, now, BookingWindow.DEFAULT);
      }
      out.add(new Checked(new SlotRef(first.visitTypeId(), first.start()), type.capacity()));
      if (type.followUp() == null) {
        if (ids.size() != 1) {
          throw new BookingException(
              400, "no_follow_up", "this visit type is booked with exactly one slot", FIELD);
        }
        return out;
      }
      if (ids.size() != 2) {
        throw new BookingException(
            400,
            "follow_up_required",
            "this visit type is booked together with its follow-up: two slots",
            FIELD);
      }
      SlotId second = ids.get(1);
      calendar.validateFollowUp(first, second);
      SlotCalendar secondCalendar = calendarOf(loaded, second);
      Duration horizon = BookingWindow.DEFAULT_HORIZON.plusDays(type.followUp().maxDays() + 1L);
      if (horizon.compareTo(BookingWindow.MAX_HORIZON) > 0) {
        horizon = BookingWindow.MAX_HORIZON;
      }
      secondCalendar.validate(second, now, BookingWindow.withHorizon(horizon));
      out.add(
          new Checked(
              new SlotRef(second.visitTypeId(), second.start()),
              secondCalendar.visitType().capacity()));
      return out;
    } catch (SlotRejectedException e) {
      throw rejected(e.reason());
    }
  }

  private static SlotCalendar calendarOf(PracticeCalendars.Loaded loaded, SlotId id) {
    if (loaded.inactive().contains(id.visitTypeId())) {
      throw rejected(SlotRejectedException.Reason.UNKNOWN_VISIT_TYPE);
    }
    return loaded
        .calendar()
        .calendar(id.visitTypeId())
        .orElseThrow(() -> rejected(SlotRejectedException.Reason.UNKNOWN_VISIT_TYPE));
  }

  /** {@code slot_closed}, {@code slot_in_the_past}, ...: the reason, never the slot. */
  static BookingException rejected(SlotRejectedException.Reason reason) {
    String code = "slot_" + reason.name().toLowerCase(Locale.ROOT);
    String message =
        switch (reason) {
          case UNKNOWN_VISIT_TYPE -> "the practice has no such visit type";
          case NOT_BOOKABLE_ONLINE -> "this visit type is not open to online booking";
          case IN_THE_PAST -> "the slot has already started";
          case TOO_SOON -> "the slot starts too soon to be booked";
          case BEYOND_HORIZON -> "the slot is beyond the booking horizon";
          case CLOSED -> "the practice is closed that day";
          case NOT_ON_GRID -> "no such slot in the practice's opening hours";
          case NO_FOLLOW_UP -> "this visit type has no follow-up";
          case NOT_THE_FOLLOW_UP -> "the second slot is not of the follow-up visit type";
          case FOLLOW_UP_TOO_EARLY -> "the follow-up is too soon after the first visit";
          case FOLLOW_UP_TOO_LATE -> "the follow-up is too long after the first visit";
        };
    return new BookingException(400, code, message, FIELD);
  }
}
