package org.aparte.leaktest;

import static org.aparte.leaktest.FlowCheck.require;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.aparte.client.booking.AgendaBooking;
import org.aparte.client.booking.AgendaView;
import org.aparte.client.booking.AppointmentRequest;
import org.aparte.client.booking.BookingReceipt;
import org.aparte.client.booking.Person;

/**
 * The practice works the patient's bookings in its agenda: decrypts them, marks one arrived,
 * cancels another with a notice sealed to the patient, takes a phone booking and marks it a
 * no-show.
 */
final class PracticeAgendaFlows {
  private final FlowContext context;
  private final PracticeFlows practice;
  private final Canaries c;

  PracticeAgendaFlows(FlowContext context, PracticeFlows practice) {
    this.context = context;
    this.practice = practice;
    this.c = context.canaries;
  }

  void run(PatientBookingFlows.Booked booked) throws Exception {
    BookingReceipt moved = booked.moved();
    BookingReceipt linked = booked.linked();
    AgendaView agenda = agendaAround(moved);
    require(agenda.problems().isEmpty(), "agenda decrypts");
    require(
        agenda.bookings().stream()
            .map(AgendaBooking::content)
            .anyMatch(b -> b.reason().equals(c.rescheduledReason.value())),
        "agenda shows the rescheduled reason");
    practice.agenda().markArrived(practice.practiceId, moved.bookingId());
    AgendaBooking toCancelByPractice =
        agendaAround(linked).bookings().stream()
            .filter(b -> b.bookingId().equals(linked.bookingId()))
            .findFirst()
            .orElseThrow();
    require(
        practice
            .notices()
            .cancelAndNotify(
                practice.agenda(),
                practice.practiceId,
                toCancelByPractice,
                "fr",
                FlowContext.PARIS),
        "practice notice sealed to the patient's contact");
    context.step("the practice cancels and seals a notice to the patient for the notifier");
    phoneBookingNoShow(booked.start().plusDays(1));
    context.step("practice agenda: decrypt, mark arrived, cancel, phone booking, no-show");
  }

  private void phoneBookingNoShow(LocalDate day) throws Exception {
    // Staff-only visits are not in the public slot list; the practice's own agenda knows them.
    String staffSlot =
        practice.staffOnly + "@" + day.atTime(10, 0).atZone(FlowContext.PARIS).toInstant();
    BookingReceipt phoned =
        practice
            .agenda()
            .phoneBook(
                practice.target(),
                new AppointmentRequest(
                    new Person(
                        c.phonedFirstName.value(),
                        c.phonedLastName.value(),
                        null,
                        null,
                        c.phonedPhone.value(),
                        null),
                    null,
                    null,
                    c.phonedReason.value(),
                    practice.staffOnly,
                    "Soins",
                    List.of(staffSlot)));
    practice.agenda().markNoShow(practice.practiceId, phoned.bookingId());
  }

  private AgendaView agendaAround(BookingReceipt receipt) throws Exception {
    Instant at = receipt.start();
    return practice
        .agenda()
        .fetch(
            practice.practiceId,
            practice.keyring(),
            at.minus(Duration.ofHours(1)),
            at.plus(Duration.ofHours(1)));
  }
}
