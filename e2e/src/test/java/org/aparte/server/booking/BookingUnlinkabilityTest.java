package org.aparte.server.booking;

import static org.aparte.server.booking.BookingFixture.appointment;
import static org.aparte.server.booking.BookingFixture.slot;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.aparte.client.AnonymousTransport;
import org.aparte.client.ApiTransport;
import org.aparte.client.booking.Bookings;
import org.aparte.client.token.TokenIssuance;
import org.aparte.client.vault.HeldToken;
import org.aparte.crypto.token.BookingToken;
import org.aparte.store.testing.Sql;
import org.junit.jupiter.api.Test;

/**
 * Many patients fetch tokens with their sessions and book with them; then every row of every table
 * is read back, as the operator would, and no row may hold an account together with a booking, a
 * token or a booked slot.
 */
class BookingUnlinkabilityTest {
  private static final int PATIENTS = 12;

  private record Patient(UUID account, String session) {}

  @Test
  void noRowOfAnyTableLinksAnAccountToABookingTokenOrSlot() throws Exception {
    try (var fixture = new BookingFixture()) {
      List<Patient> patients = new ArrayList<>();
      fixture.database.transaction(
          connection -> {
            for (int i = 0; i < PATIENTS; i++) {
              var patient = new Patient(UUID.randomUUID(), token());
              BookingFixture.insertAccount(
                  connection, patient.account(), "p" + i + "@example.org", patient.session());
              patients.add(patient);
            }
            return null;
          });

      List<String> bookingIds = new ArrayList<>();
      List<String> tokenHexes = new ArrayList<>();
      List<String> nonceHashes = new ArrayList<>();
      URI base = fixture.uri();
      for (int i = 0; i < patients.size(); i++) {
        ApiTransport session = new ApiTransport(base);
        session.useSession(patients.get(i).session());
        List<HeldToken> held =
            TokenIssuance.fetch(
                session, new AnonymousTransport(base), 3, BookingFixture.RANDOM, Instant.now());
        assertThat(held).hasSize(3);
        for (HeldToken token : held) {
          tokenHexes.add(HexFormat.of().formatHex(token.token()));
          nonceHashes.add(
              BookingTokenTest.hex(
                  BookingTokenTest.sha256(BookingToken.decode(token.token()).nonce())));
        }
        byte[] spend = held.get(0).token();
        var bookings =
            new Bookings(
                new AnonymousTransport(base),
                BookingFixture.RANDOM,
                Clock.systemUTC(),
                () -> spend);
        var receipt =
            bookings.book(
                fixture.target(),
                appointment(
                    fixture.consult,
                    "unlinkable",
                    slot(fixture.consult, 30, 8 + i / 2, (i % 2) * 30)));
        bookingIds.add(receipt.bookingId().toString());
      }
      String bookedVisitType = fixture.consult.toString();

      Map<String, List<String>> dump = dumpEveryTable(fixture);
      assertThat(dump).containsKeys("bookings", "spent_tokens", "token_issuance", "accounts");
      List<String> accountIds = patients.stream().map(p -> p.account().toString()).toList();
      for (var table : dump.entrySet()) {
        for (String row : table.getValue()) {
          boolean hasAccount = accountIds.stream().anyMatch(row::contains);
          if (hasAccount) {
            assertThat(bookingIds).as(table.getKey()).noneMatch(row::contains);
            assertThat(nonceHashes).as(table.getKey()).noneMatch(row::contains);
            assertThat(row).as(table.getKey()).doesNotContain(bookedVisitType);
          }
          // Whole tokens are never stored; nonces only as hashes, in rows with no id at all.
          assertThat(tokenHexes).as(table.getKey()).noneMatch(row::contains);
          if (nonceHashes.stream().anyMatch(row::contains)) {
            assertThat(table.getKey()).isEqualTo("spent_tokens");
            assertThat(row).doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-");
          }
        }
      }
      // What the server does know: how many tokens each account got, and that 12 were spent.
      assertThat(dump.get("token_issuance"))
          .hasSize(PATIENTS)
          .allMatch(r -> r.contains("\"issued\":3"));
      assertThat(dump.get("spent_tokens")).hasSize(PATIENTS);
      assertThat(dump.get("bookings")).hasSize(PATIENTS);
    }
  }

  /** Every row of every table, as JSON text (bytea shows as \\x hex, uuids as text). */
  private static Map<String, List<String>> dumpEveryTable(BookingFixture fixture) {
    Map<String, List<String>> dump = new TreeMap<>();
    for (String table :
        Sql.column(
            fixture.database,
            "SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = 'public' AND table_type = 'BASE TABLE'")) {
      dump.put(
          table,
          Sql.column(fixture.database, "SELECT row_to_json(t)::text FROM \"" + table + "\" t"));
    }
    return dump;
  }

  private static String token() {
    byte[] bytes = new byte[32];
    BookingFixture.RANDOM.nextBytes(bytes);
    return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
