package org.aparte.leaktest;

import org.aparte.client.account.AccountSession;
import org.aparte.client.booking.BookingReceipt;
import org.aparte.client.booking.Bookings;
import org.aparte.client.vault.AppointmentRef;
import org.aparte.client.vault.VaultProfile;
import org.aparte.protocol.account.Role;
import org.aparte.protocol.practice.SlotView;

/** A second patient books, cancels and deletes the account: nothing of it may remain. */
final class DeletedPatientFlow {
  private final FlowContext context;
  private final PracticeFlows practice;
  private final PatientRequests requests;
  private final Canaries c;

  DeletedPatientFlow(FlowContext context, PracticeFlows practice) {
    this.context = context;
    this.practice = practice;
    this.requests = new PatientRequests(context, practice);
    this.c = context.canaries;
  }

  void run(Bookings bookings) throws Exception {
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
    SlotView slot = requests.slots(practice.consult, context.today().plusDays(11), 5).get(0);
    BookingReceipt receipt =
        bookings.book(
            practice.target(),
            requests.request(practice.consult, c.deletedPatientReason, null, null, slot),
            PatientRequests.fetchTokens(leaving).pop());
    leaving.vault().update(v -> v.withAppointment(AppointmentRef.of(receipt)));
    bookings.cancel(receipt);
    leaving.deleteAccount(context.password());
    context.step("a patient books, cancels and deletes the account");
  }
}
