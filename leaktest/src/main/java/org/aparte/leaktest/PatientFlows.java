package org.aparte.leaktest;

import static org.aparte.leaktest.FlowCheck.require;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import org.aparte.client.account.AccountSession;
import org.aparte.client.account.Registration;
import org.aparte.client.booking.AgendaBooking;
import org.aparte.client.booking.AgendaView;
import org.aparte.client.booking.AppointmentRequest;
import org.aparte.client.booking.BookingReceipt;
import org.aparte.client.booking.Bookings;
import org.aparte.client.booking.Person;
import org.aparte.client.booking.Relative;
import org.aparte.client.practice.SearchQuery;
import org.aparte.client.reminder.Contact;
import org.aparte.client.reminder.ReminderPreferences;
import org.aparte.client.reminder.Reminders;
import org.aparte.client.token.TokenWallet;
import org.aparte.client.vault.AppointmentRef;
import org.aparte.client.vault.HeldToken;
import org.aparte.client.vault.VaultProfile;
import org.aparte.protocol.account.Role;
import org.aparte.protocol.booking.BookingStatus;
import org.aparte.protocol.practice.SlotView;

/**
 * The patient side and the practice's work on the patient's bookings, each step checked so that a
 * flow that silently did nothing cannot pass for one that leaked nothing.
 */
final class PatientFlows {
  private final FlowContext context;
  private final PracticeFlows practice;
  private final Canaries c;

  PatientFlows(FlowContext context, PracticeFlows practice) {
    this.context = context;
    this.practice = practice;
    this.c = context.canaries;
  }

  void run() throws Exception {
    Registration registration =
        context.accounts().register(context.login("patient"), Role.PATIENT, context.password());
    AccountSession patient = registration.session();
    new VerificationFlows(context).run(patient);
    UUID relativeId = UUID.randomUUID();
    patient
        .vault()
        .update(
            vault ->
                vault
                    .withProfile(
                        new VaultProfile(
                            c.patientFirstName.value(),
                            c.patientLastName.value(),
                            c.patientBirthDate.value(),
                            c.patientSsn.value(),
                            c.patientPhone.value(),
                            c.patientEmail.value(),
                            c.patientAddress.value()))
                    .withRelative(
                        new org.aparte.client.vault.Relative(
                            relativeId,
                            c.relativeFirstName.value(),
                            c.relativeLastName.value(),
                            c.relativeBirthDate.value(),
                            "daughter")));
    context.step("patient registers; profile and relative in the vault");

    var found =
        context
            .publicPractices()
            .search(SearchQuery.builder().specialty("cardiologie").near(45.76, 4.83, 10).build());
    require(found.hits().stream().anyMatch(h -> h.id().equals(practice.practiceId)), "search");
    context.step("public search by specialty and place");

    Deque<HeldToken> tokens = fetchTokens(patient);
    List<HeldToken> fetched = List.copyOf(tokens);
    context.step("booking tokens fetched (blind-signed) and kept in the vault");

    Bookings bookings = new Bookings(context.anonymous(), context.random, context.clock);
    LocalDate start = context.today().plusDays(3);
    List<SlotView> consults = slots(practice.consult, start, 7);
    BookingReceipt own =
        bookings.book(
            practice.target(),
            request(practice.consult, c.reason, null, null, consults.get(0)),
            tokens.pop());
    BookingReceipt toCancel =
        bookings.book(
            practice.target(),
            request(practice.consult, c.cancelledReason, null, null, consults.get(1)),
            tokens.pop());
    SlotView first = slots(practice.dose1, start, 7).get(0);
    LocalDate firstDay = LocalDate.ofInstant(first.start(), FlowContext.PARIS);
    SlotView second = slots(practice.dose2, firstDay.plusDays(22), 10).get(0);
    BookingReceipt linked =
        bookings.book(
            practice.target(),
            new AppointmentRequest(
                person(),
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
                List.of(first.slotId(), second.slotId())),
            tokens.pop());
    context.step("bookings: for self, and a linked dose 1 + dose 2 for a relative");

    BookingReceipt moved =
        bookings.reschedule(
            own,
            practice.target(),
            request(practice.consult, c.rescheduledReason, null, null, consults.get(2)));
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

    var reminders = new Reminders(context.anonymous(), context.random, context.clock);
    var contact = new Contact(c.patientEmail.value(), c.patientPhone.value());
    var appointments = patient.vault().read().appointments();
    var detailed = ReminderPreferences.defaults();
    detailed = new ReminderPreferences(detailed.rules(), "en", detailed.timeZone(), true);
    // Sealed only to a notifier key the log shows, as the CLI and the browser do.
    var logged =
        org.aparte.client.log.KeyDirectory.pinnedNow(
            new org.aparte.client.log.LogClient(context.anonymous()));
    require(
        reminders.attach(moved, ReminderPreferences.defaults(), contact, appointments, logged) > 0,
        "reminders attached");
    require(
        reminders.attach(linked, detailed, contact, appointments, logged) > 0,
        "detailed reminders");
    context.step("reminders sealed to the notifier: generic, and detailed (opted in)");

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
    // Staff-only visits are not in the public slot list; the practice's own agenda knows them.
    String staffSlot =
        practice.staffOnly
            + "@"
            + start.plusDays(1).atTime(10, 0).atZone(FlowContext.PARIS).toInstant();
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
    context.step("practice agenda: decrypt, mark arrived, cancel, phone booking, no-show");

    new DocumentFlows(context, practice).run(moved);
    new PrescriptionFlows(context, practice).run(moved);
    new MessageFlows(context, practice).run(moved);

    require(bookings.status(moved).status() == BookingStatus.ARRIVED, "status arrived");
    require(
        bookings.status(linked).status() == BookingStatus.CANCELLED_BY_PRACTICE,
        "status cancelled");
    context.step("patient syncs statuses");

    new AccountFlows(context).run(registration);
    deletedPatient(bookings);
  }

  private void deletedPatient(Bookings bookings) throws Exception {
    AccountSession leaving =
        context
            .accounts()
            .register(context.login("leaving"), Role.PATIENT, context.password())
            .session();
    leaving
        .vault()
        .update(
            v ->
                v.withProfile(
                    new VaultProfile(
                        c.deletedPatientName.value(),
                        c.deletedPatientName.value(),
                        null,
                        null,
                        null,
                        null,
                        null)));
    SlotView slot = slots(practice.consult, context.today().plusDays(11), 5).get(0);
    BookingReceipt receipt =
        bookings.book(
            practice.target(),
            request(practice.consult, c.deletedPatientReason, null, null, slot),
            fetchTokens(leaving).pop());
    leaving.vault().update(v -> v.withAppointment(AppointmentRef.of(receipt)));
    bookings.cancel(receipt);
    leaving.deleteAccount(context.password());
    context.step("a patient books, cancels and deletes the account");
  }

  /** Tokens as a login fetches them; the booking calls spend them one by one. */
  private static Deque<HeldToken> fetchTokens(AccountSession session) throws Exception {
    TokenWallet wallet = session.tokens();
    wallet.refill(TokenWallet.DEFAULT_TARGET);
    Deque<HeldToken> held = new ArrayDeque<>(wallet.held());
    require(held.size() >= 3, "booking tokens issued");
    return held;
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

  private List<SlotView> slots(UUID visitType, LocalDate from, int days) throws Exception {
    List<SlotView> slots =
        context
            .publicPractices()
            .slots(practice.practiceId, visitType, from.toString(), from.plusDays(days).toString());
    require(slots.size() >= 3, "free slots");
    return slots;
  }

  private AppointmentRequest request(
      UUID visitType, Canary reason, Relative relative, UUID relativeId, SlotView slot) {
    return new AppointmentRequest(
        person(),
        relative,
        relativeId,
        reason.value(),
        visitType,
        "Consultation",
        List.of(slot.slotId()));
  }

  private Person person() {
    return new Person(
        c.patientFirstName.value(),
        c.patientLastName.value(),
        LocalDate.parse(c.patientBirthDate.value()),
        c.patientSsn.value(),
        c.patientPhone.value(),
        c.patientEmail.value());
  }
}
