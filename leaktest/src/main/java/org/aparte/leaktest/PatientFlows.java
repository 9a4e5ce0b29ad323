package org.aparte.leaktest;

import static org.aparte.leaktest.FlowCheck.require;

import java.util.UUID;
import org.aparte.client.account.AccountSession;
import org.aparte.client.account.Registration;
import org.aparte.client.practice.SearchQuery;
import org.aparte.client.vault.Relative;
import org.aparte.client.vault.VaultProfile;
import org.aparte.protocol.account.Role;
import org.aparte.protocol.booking.BookingStatus;

/**
 * The patient side and the practice's work on the patient's bookings, each step checked so that a
 * flow that silently did nothing cannot pass for one that leaked nothing. This class registers the
 * patient and runs the flows in order; each flow is its own class.
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
                        new Relative(
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

    PatientBookingFlows.Booked booked =
        new PatientBookingFlows(context, practice).run(patient, relativeId);
    new ReminderFlows(context).run(patient, booked.moved(), booked.linked());
    new PracticeAgendaFlows(context, practice).run(booked);

    new DocumentFlows(context, practice).run(booked.moved());
    new PrescriptionFlows(context, practice).run(booked.moved());
    new MessageFlows(context, practice).run(booked.moved());

    var bookings = booked.bookings();
    require(bookings.status(booked.moved()).status() == BookingStatus.ARRIVED, "status arrived");
    require(
        bookings.status(booked.linked()).status() == BookingStatus.CANCELLED_BY_PRACTICE,
        "status cancelled");
    context.step("patient syncs statuses");

    new AccountFlows(context).run(registration);
    new DeletedPatientFlow(context, practice).run(bookings);
  }
}
