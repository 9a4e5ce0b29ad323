package org.aparte.leaktest;

import static org.aparte.leaktest.FlowCheck.require;

import java.time.Duration;
import org.aparte.client.booking.Agenda;
import org.aparte.client.booking.BookingDataKeys;
import org.aparte.client.booking.BookingReceipt;
import org.aparte.client.message.Message;
import org.aparte.client.message.PatientMessages;
import org.aparte.client.message.PracticeInbox;
import org.aparte.client.message.PracticeMessages;

/**
 * The patient writes to the practice in the booking's thread (no session), the secretary reads and
 * answers, the patient reads the answer: both texts are canaries.
 */
final class MessageFlows {
  private final FlowContext context;
  private final PracticeFlows practice;
  private final Canaries c;

  MessageFlows(FlowContext context, PracticeFlows practice) {
    this.context = context;
    this.practice = practice;
    this.c = context.canaries;
  }

  void run(BookingReceipt booking) throws Exception {
    var patient = new PatientMessages(context.anonymous(), context.random, context.clock);
    var members =
        new PracticeMessages(practice.secretaryTransport(), context.random, context.clock);
    var bookingKey =
        BookingDataKeys.openForPractice(
            booking.bookingId(),
            new DocumentFlows(context, practice).wrappedKeyOf(booking),
            practice.keyring().version(practice.target().keyVersion()).orElseThrow());
    patient.send(booking, c.patientMessage.value());
    var atPractice = members.page(practice.practiceId, bookingKey, 0, 10);
    require(
        atPractice.messages().stream()
            .map(Message::text)
            .toList()
            .equals(java.util.List.of(c.patientMessage.value())),
        "the practice reads the patient's message");
    members.send(practice.practiceId, bookingKey, c.practiceMessage.value());
    var atPatient = patient.page(booking, 0, 10);
    require(
        atPatient.messages().size() == 2
            && atPatient.messages().get(1).text().equals(c.practiceMessage.value()),
        "the patient reads the answer");
    context.step("messages: the patient writes in the booking's thread; the practice answers");
    var inbox =
        new PracticeInbox(
                new Agenda(practice.secretaryTransport(), context.random, context.clock),
                members,
                context.random)
            .list(
                practice.practiceId,
                practice.keyring(),
                booking.start().minus(Duration.ofDays(1)),
                booking.start().plus(Duration.ofDays(1)));
    require(
        inbox.threads().stream()
            .anyMatch(t -> t.bookingId().equals(booking.bookingId()) && t.messageCount() == 2),
        "the practice inbox lists the thread");
    context.step("messages: the practice inbox lists the booking's thread from the agenda");
  }
}
