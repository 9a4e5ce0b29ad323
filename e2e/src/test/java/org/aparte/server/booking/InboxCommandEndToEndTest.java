package org.aparte.server.booking;

import static org.aparte.server.booking.BookingFixture.RANDOM;
import static org.aparte.server.booking.BookingFixture.appointment;
import static org.aparte.server.booking.BookingFixture.slot;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.aparte.cli.message.MessageCommands;
import org.aparte.cli.message.MessageContext;
import org.aparte.client.AnonymousTransport;
import org.aparte.client.ApiTransport;
import org.aparte.client.booking.Agenda;
import org.aparte.client.booking.BookingReceipt;
import org.aparte.client.booking.PracticeKeyring;
import org.aparte.client.message.PatientMessages;
import org.aparte.client.message.PracticeInbox;
import org.aparte.client.message.PracticeMessages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code aparte messages inbox} against a real server: patients post in their bookings' threads
 * without a session, and the member's command lists the threads with their counts, in the order the
 * server received their newest messages.
 */
class InboxCommandEndToEndTest {
  private static BookingFixture fixture;
  private static int nextSlot;

  @CommandLine.Command(name = "aparte")
  static final class Root {}

  record Run(int exit, String out, String err) {}

  @BeforeAll
  static void start() {
    fixture = new BookingFixture();
  }

  @AfterAll
  static void stop() {
    fixture.close();
  }

  @Test
  void theMembersInboxListsEachThreadWithItsCountLastReceivedFirst() throws Exception {
    BookingReceipt older = booking();
    BookingReceipt newer = booking();
    BookingReceipt silent = booking();
    Instant t = Instant.parse("2031-01-01T09:00:00Z");
    patient(t).send(older, "first in the older thread");
    patient(t.plusSeconds(60)).send(newer, "only message of the newer thread");
    // Received last, but it claims to be a day older than everything else: the server's order
    // must win over the sender's clock.
    patient(t.minusSeconds(86_400)).send(older, "the older thread speaks again");

    Run inbox = run("messages", "inbox", "--practice", fixture.practiceId.toString());

    assertThat(inbox.exit()).as(inbox.err()).isZero();
    List<String> lines = inbox.out().lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0))
        .contains(older.bookingId().toString(), "  2 message(s)", "the older thread speaks again")
        .startsWith(t.minusSeconds(86_400).toString());
    assertThat(lines.get(1))
        .contains(newer.bookingId().toString(), "  1 message(s)", "only message of the newer");
    assertThat(inbox.out()).doesNotContain(silent.bookingId().toString());
  }

  private static Run run(String... args) {
    MessageContext context =
        new MessageContext() {
          @Override
          public PracticeInbox inbox() {
            ApiTransport transport = new ApiTransport(fixture.uri());
            transport.useSession(fixture.memberToken);
            return new PracticeInbox(
                new Agenda(transport, RANDOM, Clock.systemUTC()),
                new PracticeMessages(transport, RANDOM, Clock.systemUTC()),
                RANDOM);
          }

          @Override
          public PracticeKeyring keyring(UUID practiceId) {
            return fixture.keyring();
          }
        };
    CommandLine root = new CommandLine(new Root());
    MessageCommands.register(root, () -> context);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    root.setOut(new PrintWriter(out));
    root.setErr(new PrintWriter(err));
    int exit = root.execute(args);
    return new Run(exit, out.toString().strip(), err.toString());
  }

  private static PatientMessages patient(Instant at) {
    return new PatientMessages(
        new AnonymousTransport(fixture.uri()), RANDOM, Clock.fixed(at, ZoneOffset.UTC));
  }

  private static BookingReceipt booking() throws Exception {
    int n = nextSlot++;
    String slot = slot(fixture.group, 5 + n / 20, 8 + (n % 20) / 2, (n % 2) * 30);
    return fixture.bookings().book(fixture.target(), appointment(fixture.group, "inbox", slot));
  }
}
