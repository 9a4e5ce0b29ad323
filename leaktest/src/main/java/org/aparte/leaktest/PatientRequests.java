package org.aparte.leaktest;

import static org.aparte.leaktest.FlowCheck.require;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import org.aparte.client.account.AccountSession;
import org.aparte.client.booking.AppointmentRequest;
import org.aparte.client.booking.Person;
import org.aparte.client.booking.Relative;
import org.aparte.client.token.TokenWallet;
import org.aparte.client.vault.HeldToken;
import org.aparte.protocol.practice.SlotView;

/** What the patient flows build their bookings from: tokens, free slots, canary-filled requests. */
final class PatientRequests {
  private final FlowContext context;
  private final PracticeFlows practice;
  private final Canaries c;

  PatientRequests(FlowContext context, PracticeFlows practice) {
    this.context = context;
    this.practice = practice;
    this.c = context.canaries;
  }

  /** Tokens as a login fetches them; the booking calls spend them one by one. */
  static Deque<HeldToken> fetchTokens(AccountSession session) throws Exception {
    TokenWallet wallet = session.tokens();
    wallet.refill(TokenWallet.DEFAULT_TARGET);
    Deque<HeldToken> held = new ArrayDeque<>(wallet.held());
    require(held.size() >= 3, "booking tokens issued");
    return held;
  }

  List<SlotView> slots(UUID visitType, LocalDate from, int days) throws Exception {
    List<SlotView> slots =
        context
            .publicPractices()
            .slots(practice.practiceId, visitType, from.toString(), from.plusDays(days).toString());
    require(slots.size() >= 3, "free slots");
    return slots;
  }

  AppointmentRequest request(
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

  Person person() {
    return new Person(
        c.patientFirstName.value(),
        c.patientLastName.value(),
        LocalDate.parse(c.patientBirthDate.value()),
        c.patientSsn.value(),
        c.patientPhone.value(),
        c.patientEmail.value());
  }
}
