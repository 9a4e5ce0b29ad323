package org.aparte.server.booking;

import static org.aparte.server.booking.BookingFixture.RANDOM;
import static org.aparte.server.booking.BookingFixture.appointment;
import static org.aparte.server.booking.BookingFixture.slot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.aparte.client.AnonymousTransport;
import org.aparte.client.ApiError;
import org.aparte.client.ApiTransport;
import org.aparte.client.booking.Agenda;
import org.aparte.client.booking.BookingDataKeys;
import org.aparte.client.booking.BookingReceipt;
import org.aparte.client.message.InboxThread;
import org.aparte.client.message.Message;
import org.aparte.client.message.PatientMessages;
import org.aparte.client.message.PracticeInbox;
import org.aparte.client.message.PracticeMessages;
import org.aparte.client.message.ThreadKeys;
import org.aparte.crypto.SecretBytes;
import org.aparte.crypto.record.RecordCipher;
import org.aparte.protocol.message.MessageSender;
import org.aparte.store.testing.Sql;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Messages end to end: the patient opens a booking's thread without a session, a member answers.
 */
class MessageFlowTest {
  private static BookingFixture fixture;
  private static int nextSlot;

  @BeforeAll
  static void start() {
    fixture = new BookingFixture();
  }

  @AfterAll
  static void stop() {
    fixture.close();
  }

  @Test
  void aPatientOpensAThreadAndTheMemberAnswersInOrderAcrossPages() throws Exception {
    BookingReceipt booking = booking();
    SecretBytes key = bookingKey(booking);
    patient().send(booking, "first: can I bring my son?");
    practice(fixture.memberToken).send(fixture.practiceId, key, "second: yes, of course");
    patient().send(booking, "third: thank you");

    var first = practice(fixture.memberToken).page(fixture.practiceId, key, 0, 2);
    var second = patient().page(booking, first.next(), 2);

    assertThat(first.messages())
        .extracting(Message::text)
        .containsExactly("first: can I bring my son?", "second: yes, of course");
    assertThat(first.messages())
        .extracting(Message::sender)
        .containsExactly(MessageSender.PATIENT, MessageSender.PRACTICE);
    assertThat(second.messages()).extracting(Message::text).containsExactly("third: thank you");
    assertThat(second.next()).isNull();
  }

  @Test
  void theInboxListsOpenedThreadsMostRecentActivityFirst() throws Exception {
    BookingReceipt older = booking();
    BookingReceipt newer = booking();
    BookingReceipt silent = booking();
    Instant t = Instant.parse("2031-01-01T09:00:00Z");
    patient(t).send(older, "first in the older thread");
    patient(t.plusSeconds(60)).send(newer, "only message of the newer thread");
    patient(t.plusSeconds(120)).send(older, "the older thread speaks again");

    ApiTransport transport = new ApiTransport(fixture.uri());
    transport.useSession(fixture.memberToken);
    var inbox =
        new PracticeInbox(
                new Agenda(transport, RANDOM, Clock.systemUTC()),
                practice(fixture.memberToken),
                RANDOM)
            .list(
                fixture.practiceId,
                fixture.keyring(),
                Instant.now().minus(Duration.ofDays(1)),
                Instant.now().plus(Duration.ofDays(90)));

    assertThat(inbox.problems()).isEmpty();
    List<UUID> mine =
        inbox.threads().stream()
            .map(InboxThread::bookingId)
            .filter(
                id ->
                    List.of(older.bookingId(), newer.bookingId(), silent.bookingId()).contains(id))
            .toList();
    assertThat(mine).containsExactly(older.bookingId(), newer.bookingId());
    InboxThread top =
        inbox.threads().stream()
            .filter(th -> th.bookingId().equals(older.bookingId()))
            .findFirst()
            .orElseThrow();
    assertThat(top.messageCount()).isEqualTo(2);
    assertThat(top.last().text()).isEqualTo("the older thread speaks again");
  }

  @Test
  void theServerHoldsAThreadIdThatIsNeitherTheBookingNorItsSecrets() throws Exception {
    BookingReceipt booking = booking();
    patient().send(booking, "hello");
    String thread = ThreadKeys.of(SecretBytes.copyOf(booking.dataKey())).threadIdHex();

    List<String> rows =
        Sql.column(
            fixture.database,
            "SELECT encode(thread_id, 'hex') || ' ' || encode(ciphertext, 'hex') FROM messages");
    assertThat(rows).anySatisfy(row -> assertThat(row).startsWith(thread));
    assertThat(String.join("\n", rows))
        .doesNotContain(booking.bookingId().toString().replace("-", ""))
        .doesNotContain(HexFormat.of().formatHex(booking.cancelSecret()))
        .doesNotContain(HexFormat.of().formatHex("hello".getBytes(StandardCharsets.UTF_8)));
    byte[] stored =
        HexFormat.of()
            .parseHex(
                rows.stream()
                    .filter(r -> r.startsWith(thread))
                    .findFirst()
                    .orElseThrow()
                    .split(" ")[1]);
    assertThat(RecordCipher.parseHeader(stored).type().label()).isEqualTo("message");
  }

  @Test
  void aPracticeCannotOpenAThreadAndAnOutsiderCannotReadOne() throws Exception {
    BookingReceipt booking = booking();
    SecretBytes key = bookingKey(booking);

    assertThatThrownBy(() -> practice(fixture.memberToken).send(fixture.practiceId, key, "hi"))
        .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.status()).isEqualTo(404));
    patient().send(booking, "opened");
    assertThatThrownBy(() -> practice(fixture.outsiderToken).page(fixture.practiceId, key, 0, 10))
        .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.status()).isEqualTo(403));
  }

  @Test
  void aWrongSecretIsNoSuchBookingAndBadInputIsA400() throws Exception {
    BookingReceipt booking = booking();
    String thread = ThreadKeys.of(SecretBytes.copyOf(booking.dataKey())).threadIdHex();
    String path = "/v1/bookings/" + booking.bookingId() + "/threads/" + thread + "/messages";
    byte[] wrong = new byte[32];
    String body = "{\"messageId\":\"" + UUID.randomUUID() + "\",\"ciphertext\":\"";

    var noSecret = MessageHttp.send(fixture, "GET", path, null, null, null);
    var wrongSecret = MessageHttp.send(fixture, "GET", path, wrong, null, null);
    var withSession =
        MessageHttp.send(fixture, "GET", path, booking.cancelSecret(), fixture.memberToken, null);
    var badThread =
        MessageHttp.send(
            fixture, "GET", path.replace(thread, "XYZ"), booking.cancelSecret(), null, null);
    var badLimit =
        MessageHttp.send(fixture, "GET", path + "?limit=999", booking.cancelSecret(), null, null);
    var tooLong =
        MessageHttp.send(
            fixture,
            "POST",
            path,
            booking.cancelSecret(),
            null,
            body + Base64.getEncoder().encodeToString(new byte[9000]) + "\"}");

    assertThat(noSecret.status()).isEqualTo(400);
    assertThat(wrongSecret.status()).isEqualTo(404);
    assertThat(withSession.code()).isEqualTo("credentials_not_allowed");
    assertThat(badThread.code()).isEqualTo("invalid_field");
    assertThat(badLimit.code()).isEqualTo("invalid_field");
    assertThat(tooLong.status()).isEqualTo(400);
  }

  @Test
  void aRetriedPostIsStoredOnceAndAReusedIdIsRefused() throws Exception {
    BookingReceipt booking = booking();
    String thread = ThreadKeys.of(SecretBytes.copyOf(booking.dataKey())).threadIdHex();
    String path = "/v1/bookings/" + booking.bookingId() + "/threads/" + thread + "/messages";
    String id = UUID.randomUUID().toString();
    String one = Base64.getEncoder().encodeToString(new byte[64]);
    String other = Base64.getEncoder().encodeToString(new byte[65]);

    var first =
        MessageHttp.send(fixture, "POST", path, booking.cancelSecret(), null, post(id, one));
    var again =
        MessageHttp.send(fixture, "POST", path, booking.cancelSecret(), null, post(id, one));
    var clash =
        MessageHttp.send(fixture, "POST", path, booking.cancelSecret(), null, post(id, other));

    assertThat(first.status()).isEqualTo(201);
    assertThat(again.body()).isEqualTo(first.body());
    assertThat(clash.status()).isEqualTo(409);
    assertThat(clash.code()).isEqualTo("message_id_reused");
  }

  private static String post(String id, String ciphertext) {
    return "{\"messageId\":\"" + id + "\",\"ciphertext\":\"" + ciphertext + "\"}";
  }

  private static PatientMessages patient() {
    return new PatientMessages(new AnonymousTransport(fixture.uri()), RANDOM, Clock.systemUTC());
  }

  private static PatientMessages patient(Instant at) {
    return new PatientMessages(
        new AnonymousTransport(fixture.uri()), RANDOM, Clock.fixed(at, ZoneOffset.UTC));
  }

  private static PracticeMessages practice(String token) {
    ApiTransport transport = new ApiTransport(fixture.uri());
    transport.useSession(token);
    return new PracticeMessages(transport, RANDOM, Clock.systemUTC());
  }

  private static BookingReceipt booking() throws Exception {
    int n = nextSlot++;
    String slot = slot(fixture.group, 5 + n / 20, 8 + (n % 20) / 2, (n % 2) * 30);
    return fixture.bookings().book(fixture.target(), appointment(fixture.group, "messages", slot));
  }

  /** The booking's data key as a member opens it from the agenda's wrapped key. */
  private static SecretBytes bookingKey(BookingReceipt booking) throws Exception {
    byte[] wrapped =
        fixture.database.transaction(
            connection -> {
              try (PreparedStatement query =
                  connection.prepareStatement("SELECT wrapped_key FROM bookings WHERE id = ?")) {
                query.setObject(1, booking.bookingId());
                try (ResultSet row = query.executeQuery()) {
                  row.next();
                  return row.getBytes(1);
                }
              }
            });
    return BookingDataKeys.openForPractice(booking.bookingId(), wrapped, fixture.practiceKey);
  }
}
