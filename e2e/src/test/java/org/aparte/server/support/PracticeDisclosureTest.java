package org.aparte.server.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.aparte.client.booking.AgendaBooking;
import org.aparte.client.booking.BookingContent;
import org.aparte.client.booking.Person;
import org.aparte.client.support.VaultRecord;
import org.aparte.protocol.booking.BookingStatus;
import org.aparte.protocol.support.RefKind;
import org.aparte.protocol.support.ScopeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A practice discloses part of its own data the way a patient does: a member offers a booking of
 * the agenda to a ticket, and the agent reads only the fields the member approved.
 */
class PracticeDisclosureTest {
  private final SupportTeamFixture f;

  PracticeDisclosureTest() throws Exception {
    f = new SupportTeamFixture();
  }

  @AfterEach
  void close() {
    f.close();
  }

  @Test
  void aMemberDisclosesOnlyTheApprovedFieldsOfAnAgendaBooking() throws Exception {
    UUID bookingId = UUID.randomUUID();
    var content =
        new BookingContent(
            new Person("Lucie", "Bernard", LocalDate.of(1985, 1, 2), null, null, null),
            null,
            "persistent migraines since March",
            UUID.randomUUID(),
            "Consultation",
            List.of("slot-1"),
            UUID.randomUUID(),
            SupportKit.START);
    var booking = new AgendaBooking(bookingId, List.of("slot-1"), BookingStatus.CONFIRMED, content);
    List<VaultRecord> offered =
        List.of(VaultRecord.practiceBooking(booking, Instant.parse("2026-03-21T08:00:00Z")));
    var member = f.stranger;
    UUID ticket = member.desk().open("A booking shows twice in our agenda", offered);
    byte[] handle = member.refs().handle(ticket, RefKind.PRACTICE_BOOKING, bookingId);

    var alice = f.alice.agent(f.kit.clock());
    UUID request =
        alice.requestAccess(
            ticket,
            List.of(new ScopeItem(handle, List.of("date", "status", "reason"))),
            "to see the duplicate",
            Duration.ofHours(1));
    var pending = member.desk().requests(ticket, offered).getFirst();
    assertThat(pending.description()).contains("a booking of your practice on 2026-03-21");
    member
        .desk()
        .approve(
            pending.request(), List.of(new ScopeItem(handle, List.of("date", "status"))), offered);

    var fields = alice.fetch(request).records().getFirst().fields();
    assertThat(fields)
        .containsOnlyKeys("date", "status")
        .containsEntry("status", "CONFIRMED")
        .containsEntry("date", "2026-03-21T08:00Z");
  }
}
