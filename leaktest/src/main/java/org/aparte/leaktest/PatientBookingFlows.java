package org.aparte.leaktest;

import java.time.LocalDate;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import org.aparte.client.account.AccountSession;
import org.aparte.client.booking.AppointmentRequest;
import org.aparte.client.booking.BookingReceipt;
import org.aparte.client.booking.Bookings;
import org.aparte.client.booking.Relative;
import org.aparte.client.vault.AppointmentRef;
import org.aparte.client.vault.HeldToken;
import org.aparte.protocol.practice.SlotView;

/**
 * The patient books on the anonymous path (for self, and linked doses for a relative), reschedules,
 * cancels, and records the appointments in the vault.
 */
final class PatientBookingFlows {
  /** The bookings the later flows work on, and the first day the patient looked at. */
  record Booked(Bookings bookings, LocalDate start, BookingReceipt moved, BookingReceipt linked) {}

  private final FlowContext context;
  private final PracticeFlows practice;
  private final PatientRequests requests;
  private final Canaries c;

  PatientBookingFlows(FlowContext context, PracticeFlows practice) {
    this.context = context;
    this.practice = practice;
    this.requests = new PatientRequests(context, practice);
    this.c = context.canaries;
  }

  Booked run(AccountSession patient, UUID relativeId) throws Exception {
    Deque<HeldToken> tokens = PatientRequests.fetchTokens(patient);
    List<HeldToken> fetched = List.copyOf(tokens);
    context.step("booking tokens fetched (blind-signed) and kept in the vault");

    Bookings bookings = new Bookings(context.anonymous(), context.random, context.clock);
    LocalDate start = context.today().plusDays(3);
    List<SlotView> consults = requests.slots(practice.consult, start, 7);
    BookingReceipt own =
        bookings.book(
            practice.target(),
            requests.request(practice.consult, c.reason, null, null, consults.get(0)),
            tokens.pop());
    BookingReceipt toCancel =
        bookings.book(
            practice.target(),
            requests.request(practice.consult, c.cancelledReason, null, null, consults.get(1)),
            tokens.pop());
    BookingReceipt linked =
        bookings.book(practice.target(), linkedDoses(start, relativeId), tokens.pop());
    context.step("bookings: for self, and a linked dose 1 + dose 2 for a relative");

    BookingReceipt moved =
        bookings.reschedule(
            own,
            practice.target(),
            requests.request(practice.consult, c.rescheduledReason, null, null, consults.get(2)));
    bookings.cancel(toCancel);
    context.step("reschedule and cancel with the cancel secret");

    patient
        .vault()
        .update(
            vault -> {
              var next =
                  vault
                      .withAppointment(AppointmentRef.of(moved).withNote(c.note.value()))
                      .withAppointment(AppointmentRef.of(toCancel))
                      .withAppointment(AppointmentRef.of(linked));
              for (HeldToken spent : fetched) {
                next = tokens.contains(spent) ? next : next.withoutToken(spent);
              }
              return next;
            });
    context.step("appointments recorded in the vault, spent tokens dropped");
    return new Booked(bookings, start, moved, linked);
  }

  /** Dose 1 and dose 2 (21–28 days later) for the relative, in one booking. */
  private AppointmentRequest linkedDoses(LocalDate start, UUID relativeId) throws Exception {
    SlotView first = requests.slots(practice.dose1, start, 7).get(0);
    LocalDate firstDay = LocalDate.ofInstant(first.start(), FlowContext.PARIS);
    SlotView second = requests.slots(practice.dose2, firstDay.plusDays(22), 10).get(0);
    return new AppointmentRequest(
        requests.person(),
        new Relative(
            c.relativeFirstName.value(),
            c.relativeLastName.value(),
            LocalDate.parse(c.relativeBirthDate.value()),
            null,
            null,
            null,
            "daughter"),
        relativeId,
        c.linkedReason.value(),
        practice.dose1,
        "Dose 1",
        List.of(first.slotId(), second.slotId()));
  }
}
