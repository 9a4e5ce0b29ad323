package org.aparte.leaktest;

import static org.aparte.leaktest.FlowCheck.require;

import org.aparte.client.account.AccountSession;
import org.aparte.client.booking.BookingReceipt;
import org.aparte.client.log.KeyDirectory;
import org.aparte.client.log.LogClient;
import org.aparte.client.reminder.Contact;
import org.aparte.client.reminder.ReminderPreferences;
import org.aparte.client.reminder.Reminders;

/** The patient seals reminders to the notifier: generic ones, and detailed ones opted into. */
final class ReminderFlows {
  private final FlowContext context;
  private final Canaries c;

  ReminderFlows(FlowContext context) {
    this.context = context;
    this.c = context.canaries;
  }

  void run(AccountSession patient, BookingReceipt generic, BookingReceipt detailedBooking)
      throws Exception {
    var reminders = new Reminders(context.anonymous(), context.random, context.clock);
    var contact = new Contact(c.patientEmail.value(), c.patientPhone.value());
    var appointments = patient.vault().read().appointments();
    var detailed = ReminderPreferences.defaults();
    detailed = new ReminderPreferences(detailed.rules(), "en", detailed.timeZone(), true);
    // Sealed only to a notifier key the log shows, as the CLI and the browser do.
    var logged = KeyDirectory.pinnedNow(new LogClient(context.anonymous()));
    require(
        reminders.attach(generic, ReminderPreferences.defaults(), contact, appointments, logged)
            > 0,
        "reminders attached");
    require(
        reminders.attach(detailedBooking, detailed, contact, appointments, logged) > 0,
        "detailed reminders");
    context.step("reminders sealed to the notifier: generic, and detailed (opted in)");
  }
}
