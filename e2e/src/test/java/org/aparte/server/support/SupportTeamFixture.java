package org.aparte.server.support;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.aparte.client.support.VaultRecord;
import org.aparte.client.vault.AppointmentRef;
import org.aparte.client.vault.VaultDocument;
import org.aparte.client.vault.VaultProfile;
import org.aparte.protocol.support.RefKind;
import org.aparte.protocol.support.ScopeItem;

/** Two agents with a rotated team key, a user with a vault, and an open ticket. */
final class SupportTeamFixture implements AutoCloseable {
  final SupportKit kit = new SupportKit();
  final SupportKit.Account alice = kit.newAccount();
  final SupportKit.Account bob = kit.newAccount();
  final SupportKit.Account user = kit.newAccount();
  final SupportKit.Account stranger = kit.newAccount();
  final UUID bookingId = UUID.randomUUID();
  final VaultDocument vault =
      VaultDocument.empty()
          .withProfile(
              new VaultProfile(
                  "Camille",
                  "Martin",
                  "1990-04-02",
                  "190047512345678",
                  "+33600000000",
                  "camille@example.org",
                  "1 rue Test"))
          .withAppointment(
              new AppointmentRef(
                  bookingId,
                  UUID.randomUUID(),
                  List.of(),
                  "Consultation",
                  "Cabinet Dupont",
                  Instant.parse("2026-03-20T09:30:00Z"),
                  new byte[32],
                  new byte[32],
                  null,
                  "CONFIRMED",
                  "private note: anxious about results"));
  final UUID ticketId;

  SupportTeamFixture() throws Exception {
    kit.promote(alice);
    kit.promote(bob);
    alice.rotation().rotate();
    kit.sequenceAll();
    ticketId = user.desk().open("I cannot see my booking", VaultRecord.all(vault));
  }

  byte[] booking() {
    return user.refs().handle(ticketId, RefKind.BOOKING, bookingId);
  }

  byte[] profile() {
    return user.refs()
        .handle(ticketId, RefKind.PROFILE, org.aparte.client.support.SupportRefs.PROFILE_ID);
  }

  List<ScopeItem> wideScope() {
    return List.of(
        new ScopeItem(booking(), List.of("date", "practice", "note")),
        new ScopeItem(profile(), List.of("last-name")));
  }

  @Override
  public void close() {
    kit.close();
  }
}
