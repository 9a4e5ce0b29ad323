package org.aparte.availability;

import static org.aparte.availability.Fixtures.OTHER_VISIT;
import static org.aparte.availability.Fixtures.PARIS;
import static org.aparte.availability.Fixtures.PRACTICE;
import static org.aparte.availability.Fixtures.VISIT;
import static org.aparte.availability.Fixtures.rule;
import static org.aparte.availability.Fixtures.visit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.aparte.availability.SlotRejectedException.Reason;
import org.junit.jupiter.api.Test;

/** The server's last line against made-up slots: every refusal has its own reason. */
class SlotValidationTest {
  private static final LocalDate MONDAY = LocalDate.of(2026, 6, 1);
  private static final Instant NOW = MONDAY.atTime(8, 0).atZone(PARIS).toInstant();
  private static final LocalDate CLOSED_DAY = MONDAY.plusDays(3);

  /** 30-minute slots 09:00–12:00 every weekday; closed on Thursday. */
  private static final SlotCalendar CALENDAR =
      new SlotCalendar(
          PARIS,
          visit(30),
          Arrays.stream(DayOfWeek.values())
              .filter(d -> d.getValue() <= 5)
              .map(d -> rule(d, "09:00", "12:00"))
              .toList(),
          List.of(Closure.wholePractice(PRACTICE, CLOSED_DAY, CLOSED_DAY)));

  private static SlotId at(LocalDate date, int hour, int minute) {
    return new SlotId(VISIT, date.atTime(hour, minute).atZone(PARIS).toInstant());
  }

  private static void assertRejected(SlotId id, Instant now, BookingWindow window, Reason reason) {
    assertThatThrownBy(() -> CALENDAR.validate(id, now, window))
        .isInstanceOfSatisfying(
            SlotRejectedException.class, e -> assertThat(e.reason()).isEqualTo(reason))
        .hasMessageStartingWith(reason.name());
    assertThat(CALENDAR.isBookable(id, now, window)).isFalse();
  }

  @Test
  void aSlotOnTheGridIsAcceptedWithItsEnd() throws Exception {
    SlotId id = at(MONDAY, 9, 30);
    Slot slot = CALENDAR.validate(id, NOW, BookingWindow.DEFAULT);
    assertThat(slot.id()).isEqualTo(id);
    assertThat(slot.end()).isEqualTo(id.start().plus(Duration.ofMinutes(30)));
    assertThat(CALENDAR.isBookable(id, NOW, Duration.ofDays(90))).isTrue();
  }

  @Test
  void anotherVisitTypeIsUnknown() {
    SlotId id = new SlotId(OTHER_VISIT, at(MONDAY, 9, 30).start());
    assertRejected(id, NOW, BookingWindow.DEFAULT, Reason.UNKNOWN_VISIT_TYPE);
  }

  @Test
  void aSlotAtOrBeforeNowIsInThePast() {
    SlotId nine = at(MONDAY, 9, 0);
    assertRejected(nine, nine.start(), BookingWindow.DEFAULT, Reason.IN_THE_PAST);
    assertRejected(nine, nine.start().plusSeconds(1), BookingWindow.DEFAULT, Reason.IN_THE_PAST);
    assertThat(CALENDAR.isBookable(nine, nine.start().minusSeconds(1), BookingWindow.DEFAULT))
        .isTrue();
  }

  @Test
  void aSlotInsideTheMinimumNoticeIsTooSoon() {
    BookingWindow twoHours = new BookingWindow(Duration.ofHours(2), Duration.ofDays(90));
    assertRejected(at(MONDAY, 9, 30), NOW, twoHours, Reason.TOO_SOON);
    assertThat(CALENDAR.isBookable(at(MONDAY, 10, 0), NOW, twoHours)).isTrue();
  }

  @Test
  void aSlotAfterTheHorizonIsRefused() {
    BookingWindow week = BookingWindow.withHorizon(Duration.ofDays(7));
    LocalDate nextMonday = MONDAY.plusWeeks(1);
    assertThat(CALENDAR.isBookable(at(nextMonday, 9, 0), NOW, week)).isFalse();
    assertRejected(at(nextMonday, 9, 0), NOW, week, Reason.BEYOND_HORIZON);
    // now + 7 days is 08:00 next Monday: exactly on the horizon is still inside.
    assertThat(CALENDAR.isBookable(at(MONDAY.plusDays(4), 11, 30), NOW, week)).isTrue();
    assertThat(CALENDAR.isBookable(at(MONDAY.plusDays(91), 9, 0), NOW, BookingWindow.DEFAULT))
        .isFalse();
  }

  @Test
  void aSlotOnAClosedDayIsRefusedAsClosed() {
    assertRejected(at(CLOSED_DAY, 9, 0), NOW, BookingWindow.DEFAULT, Reason.CLOSED);
  }

  @Test
  void aSlotOffTheGridIsRefused() {
    assertRejected(at(MONDAY, 9, 15), NOW, BookingWindow.DEFAULT, Reason.NOT_ON_GRID);
    assertRejected(at(MONDAY, 12, 0), NOW, BookingWindow.DEFAULT, Reason.NOT_ON_GRID);
    assertRejected(at(MONDAY.plusDays(5), 9, 0), NOW, BookingWindow.DEFAULT, Reason.NOT_ON_GRID);
    SlotId offBySecond = new SlotId(VISIT, at(MONDAY, 9, 0).start().plusSeconds(1));
    assertRejected(offBySecond, NOW, BookingWindow.DEFAULT, Reason.NOT_ON_GRID);
  }

  @Test
  void extremeInstantsAreRefusedBeforeAnyDateArithmetic() {
    assertRejected(
        new SlotId(VISIT, Instant.MAX), NOW, BookingWindow.DEFAULT, Reason.BEYOND_HORIZON);
    assertRejected(new SlotId(VISIT, Instant.MIN), NOW, BookingWindow.DEFAULT, Reason.IN_THE_PAST);
  }

  @Test
  void everySlotTheCalendarListsValidates() throws Exception {
    List<Slot> slots = CALENDAR.slots(NOW, NOW.plus(Duration.ofDays(90)));
    // 90 days from a Monday: 13 weeks of weekdays, less one closed Thursday, 6 slots a day.
    assertThat(slots).hasSize(6 * (13 * 5 - 1));
    for (Slot slot : slots) {
      assertThat(CALENDAR.validate(slot.id(), NOW, BookingWindow.DEFAULT)).isEqualTo(slot);
    }
  }

  @Test
  void bookingWindowsAreChecked() {
    assertThatThrownBy(() -> new BookingWindow(Duration.ofMinutes(-1), Duration.ofDays(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("minimum notice");
    assertThatThrownBy(() -> BookingWindow.withHorizon(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("horizon");
    assertThatThrownBy(() -> BookingWindow.withHorizon(Duration.ofDays(401)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("horizon");
    assertThatThrownBy(() -> new BookingWindow(Duration.ofDays(2), Duration.ofDays(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("shorter than the horizon");
    assertThat(BookingWindow.DEFAULT.horizon()).isEqualTo(Duration.ofDays(90));
    assertThat(BookingWindow.DEFAULT.minimumNotice()).isZero();
  }
}
