package org.aparte.cli.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.aparte.client.AnonymousTransport;
import org.aparte.client.ApiTransport;
import org.aparte.client.booking.Agenda;
import org.aparte.client.booking.BookingReceipt;
import org.aparte.client.booking.Bookings;
import org.aparte.client.booking.Person;
import org.aparte.client.booking.PracticeKeyring;
import org.aparte.client.booking.PracticeTarget;
import org.aparte.client.booking.Relative;
import org.aparte.client.reminder.Contact;
import org.aparte.client.reminder.Notices;
import org.aparte.client.reminder.ReminderPlanner;
import org.aparte.client.reminder.ReminderPreferences;
import org.aparte.client.reminder.ReminderRule;
import org.aparte.client.reminder.Reminders;
import org.aparte.client.vault.HeldToken;
import org.aparte.crypto.envelope.SealedEnvelope;
import org.aparte.crypto.keys.EncryptionKeyPair;
import org.aparte.crypto.record.RecordType;
import org.aparte.crypto.wrap.WrapPurpose;
import org.aparte.protocol.booking.BookingStatus;
import org.aparte.protocol.reminder.ReminderChannel;
import org.aparte.protocol.reminder.ReminderFormat;
import org.aparte.protocol.reminder.ReminderMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BookingCommandsTest {
  private static final SecureRandom RANDOM = new SecureRandom();
  private final UUID practiceId = UUID.randomUUID();
  private final UUID visitType = UUID.randomUUID();
  private final EncryptionKeyPair practiceKey = EncryptionKeyPair.generate(RANDOM);
  private final List<BookingReceipt> vault = new ArrayList<>();
  private final List<HeldToken> tokens =
      new ArrayList<>(
          List.of(
              new HeldToken(new byte[] {1}, 0, Instant.now().plusSeconds(3600)),
              new HeldToken(new byte[] {2}, 0, Instant.now().plusSeconds(3600))));
  private StubBookingServer server;
  private ReminderPreferences preferences;
  private StringWriter out;
  private StringWriter err;

  /** The context the login and vault slices will provide, kept in memory here. */
  private final class FakeContext implements BookingContext {
    @Override
    public Bookings bookings() {
      return new Bookings(new AnonymousTransport(server.uri()), RANDOM, Clock.systemUTC());
    }

    @Override
    public Agenda agenda() {
      ApiTransport transport = new ApiTransport(server.uri());
      transport.useSession("A".repeat(43));
      return new Agenda(transport, RANDOM, Clock.systemUTC());
    }

    @Override
    public Notices notices() {
      ApiTransport transport = new ApiTransport(server.uri());
      transport.useSession("A".repeat(43));
      return Notices.withoutLogCheck(transport, RANDOM, Clock.systemUTC());
    }

    @Override
    public Person patient() {
      return new Person("Léa", "Durand", LocalDate.of(1985, 1, 5), null, null, null);
    }

    @Override
    public Optional<Relative> relative(UUID relativeId) {
      return Optional.empty();
    }

    @Override
    public PracticeTarget practice(UUID id) {
      return new PracticeTarget(id, "Cabinet Durand", practiceKey.publicKey(), 1);
    }

    @Override
    public PracticeKeyring keyring(UUID id) {
      return new PracticeKeyring(Map.of(1, practiceKey));
    }

    @Override
    public List<BookingReceipt> appointments() {
      return List.copyOf(vault);
    }

    @Override
    public void saveAppointment(BookingReceipt receipt) {
      vault.removeIf(r -> r.bookingId().equals(receipt.bookingId()));
      vault.add(receipt);
    }

    @Override
    public HeldToken bookingToken() {
      return tokens.get(0);
    }

    @Override
    public void saveAppointment(BookingReceipt receipt, HeldToken spent) {
      saveAppointment(receipt);
      tokens.remove(spent);
    }

    @Override
    public void dropToken(HeldToken refused) {
      tokens.remove(refused);
    }

    @Override
    public List<HeldToken> heldTokens() {
      return List.copyOf(tokens);
    }

    @Override
    public ReminderAttacher reminders() {
      // The stub has no transparency log: the log check is ProfileBookingContext's, tested
      // against the real server in the account commands' test.
      var reminders =
          new Reminders(new AnonymousTransport(server.uri()), RANDOM, Clock.systemUTC());
      var contact = new Contact("lea.canary@example.org", "+33612345678");
      ReminderAttacher attacher =
          receipt ->
              reminders.attach(
                  receipt,
                  preferences == null ? ReminderPreferences.none() : preferences,
                  contact,
                  vault.stream().map(org.aparte.client.vault.AppointmentRef::of).toList());
      return preferences == null ? ReminderAttacher.coversOnly(attacher) : attacher;
    }

    @Override
    public int refillTokens() {
      return tokens.size();
    }
  }

  @BeforeEach
  void start() throws Exception {
    server = new StubBookingServer();
    // Every booking attaches jobs (covers at least), sealed to the notifier's key.
    server.notifierKey = EncryptionKeyPair.generate(RANDOM).publicKey().encoded();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    CommandLine cli = BookingCommands.register(new CommandLine(new Root()), FakeContext::new);
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @CommandLine.Command(name = "aparte")
  static final class Root {}

  private String slot(int days) {
    return visitType
        + "@"
        + Instant.now().truncatedTo(ChronoUnit.HOURS).plus(days, ChronoUnit.DAYS);
  }

  @Test
  void bookListAndCancel() {
    String slot = slot(3);
    int code =
        run(
            "book",
            "--practice",
            practiceId.toString(),
            "--visit-type",
            visitType.toString(),
            "--visit-type-name",
            "Consultation",
            "--slot",
            slot,
            "--reason",
            "sore throat");
    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString()).contains("CONFIRMED").contains("Cabinet Durand");
    assertThat(vault).hasSize(1);
    assertThat(tokens).hasSize(1);
    BookingReceipt receipt = vault.get(0);
    assertThat(receipt.slotIds()).containsExactly(slot);
    assertThat(server.authorizationHeaders).containsOnly("none");
    // The reason left this device only encrypted.
    assertThat(server.bookings.values().iterator().next().toString()).doesNotContain("sore throat");

    assertThat(run("appointments", "--refresh", "--json")).isZero();
    assertThat(out.toString())
        .contains(receipt.bookingId().toString())
        .doesNotContain("cancelSecret");

    assertThat(run("cancel", receipt.bookingId().toString())).isZero();
    assertThat(vault.get(0).status()).isEqualTo(BookingStatus.CANCELLED_BY_PATIENT);
    assertThat(server.authorizationHeaders).containsOnly("none");

    assertThat(run("cancel", UUID.randomUUID().toString())).isNotZero();
  }

  @Test
  void agendaDecryptsAndReportsTamperedBookings() {
    for (int i = 0; i < 2; i++) {
      assertThat(
              run(
                  "book",
                  "--practice",
                  practiceId.toString(),
                  "--visit-type",
                  visitType.toString(),
                  "--slot",
                  slot(3 + i),
                  "--reason",
                  "reason " + i))
          .isZero();
    }
    String from = Instant.now().toString();
    String to = Instant.now().plus(10, ChronoUnit.DAYS).toString();
    assertThat(run("agenda", "--practice", practiceId.toString(), "--from", from, "--to", to))
        .isZero();
    assertThat(out.toString()).contains("reason 0").contains("reason 1").contains("Léa Durand");

    server.tamperFirst = true;
    int code = run("agenda", "--practice", practiceId.toString(), "--from", from, "--to", to);
    assertThat(code).isEqualTo(4);
    assertThat(err.toString()).contains("failed its integrity check");
    assertThat(out.toString().lines().count()).isEqualTo(1);
  }

  @Test
  void cancellingByThePracticeSealsANoticeToThePatientsContact() throws Exception {
    EncryptionKeyPair notifier = EncryptionKeyPair.generate(RANDOM);
    server.notifierKey = notifier.publicKey().encoded();
    int booked =
        run(
            "phone-book",
            "--practice",
            practiceId.toString(),
            "--visit-type",
            visitType.toString(),
            "--slot",
            slot(5),
            "--first-name",
            "Jean",
            "--last-name",
            "Petit",
            "--email",
            "jean.canary@example.org");
    assertThat(booked).as(err.toString()).isZero();
    String booking = server.bookings.keySet().iterator().next();

    int code = run("mark", "--practice", practiceId.toString(), booking, "cancelled");

    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString()).contains("patient notified");
    assertThat(server.marks).containsExactly(booking + " CANCELLED_BY_PRACTICE");
    assertThat(server.notices).hasSize(1);
    JsonNode notice = server.notices.get(0);
    UUID jobId = UUID.fromString(notice.get("jobId").asText());
    byte[] plaintext =
        SealedEnvelope.open(
            notice.get("sealed").binaryValue(),
            notifier,
            WrapPurpose.of(ReminderFormat.WRAP_PURPOSE),
            RecordType.of(ReminderFormat.RECORD_TYPE),
            ByteBuffer.allocate(16)
                .putLong(jobId.getMostSignificantBits())
                .putLong(jobId.getLeastSignificantBits())
                .array());
    ReminderMessage message = ReminderFormat.decode(plaintext);
    assertThat(message.channel()).isEqualTo(ReminderChannel.EMAIL);
    assertThat(message.destination()).isEqualTo("jean.canary@example.org");
    String time =
        Instant.parse(slot(5).substring(slot(5).indexOf('@') + 1))
            .atZone(java.time.ZoneId.of("Europe/Paris"))
            .toLocalTime()
            .toString();
    assertThat(message.text()).contains("a été annulé par le cabinet").contains(time);
  }

  @Test
  void markAndPhoneBook() {
    UUID booking = UUID.randomUUID();
    assertThat(run("mark", "--practice", practiceId.toString(), booking.toString(), "arrived"))
        .isZero();
    assertThat(server.marks).containsExactly(booking + " ARRIVED");
    assertThat(run("mark", "--practice", practiceId.toString(), booking.toString(), "lost"))
        .isNotZero();
    assertThat(server.marks).hasSize(1);

    int code =
        run(
            "phone-book",
            "--practice",
            practiceId.toString(),
            "--visit-type",
            visitType.toString(),
            "--slot",
            slot(5),
            "--first-name",
            "Jean",
            "--last-name",
            "Petit",
            "--json");
    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString()).contains("cancelSecret").contains("CONFIRMED");
  }

  @Test
  void tokensShowsHowManyAreHeldAndBookingSpendsOne() {
    assertThat(run("tokens")).isZero();
    assertThat(out.toString()).contains("You hold 2 booking tokens");
    assertThat(
            run(
                "book",
                "--practice",
                practiceId.toString(),
                "--visit-type",
                visitType.toString(),
                "--slot",
                slot(4)))
        .isZero();
    assertThat(run("tokens", "--json")).isZero();
    assertThat(out.toString()).contains("\"tokens\" : 1").doesNotContain("\"tokens\" : 2");
  }

  private ReminderMessage open(EncryptionKeyPair notifier, JsonNode job) throws Exception {
    UUID jobId = UUID.fromString(job.get("jobId").asText());
    byte[] plaintext =
        SealedEnvelope.open(
            job.get("sealed").binaryValue(),
            notifier,
            WrapPurpose.of(ReminderFormat.WRAP_PURPOSE),
            RecordType.of(ReminderFormat.RECORD_TYPE),
            ByteBuffer.allocate(16)
                .putLong(jobId.getMostSignificantBits())
                .putLong(jobId.getLeastSignificantBits())
                .array());
    return ReminderFormat.decode(plaintext);
  }

  @Test
  void bookingAttachesRemindersSealedToTheNotifierAndReschedulingReplacesThem() throws Exception {
    EncryptionKeyPair notifier = EncryptionKeyPair.generate(RANDOM);
    server.notifierKey = notifier.publicKey().encoded();
    preferences =
        new ReminderPreferences(
            List.of(new ReminderRule(ReminderChannel.EMAIL, java.time.Duration.ofDays(1))),
            "en",
            "Europe/Paris",
            false);
    int code =
        run(
            "book",
            "--practice",
            practiceId.toString(),
            "--visit-type",
            visitType.toString(),
            "--slot",
            slot(3));
    assertThat(code).as(err.toString()).isZero();
    assertThat(err.toString()).contains("1 reminder attached");
    String booking = vault.get(0).bookingId().toString();
    JsonNode jobs = server.reminders.get(booking).get("jobs");
    assertThat(jobs).hasSize(2);
    List<ReminderMessage> opened = new ArrayList<>();
    for (JsonNode job : jobs) {
      opened.add(open(notifier, job));
    }
    Instant start = Instant.parse(slot(3).substring(slot(3).indexOf('@') + 1));
    assertThat(opened)
        .filteredOn(m -> m.channel() == ReminderChannel.EMAIL)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.destination()).isEqualTo("lea.canary@example.org");
              assertThat(m.sendAt()).isEqualTo(start.minus(java.time.Duration.ofDays(1)));
              assertThat(m.text()).startsWith("Reminder: appointment on");
            });

    assertThat(run("reschedule", booking, "--visit-type", visitType.toString(), "--slot", slot(6)))
        .as(err.toString())
        .isZero();
    Instant moved = Instant.parse(slot(6).substring(slot(6).indexOf('@') + 1));
    List<Instant> due = new ArrayList<>();
    for (JsonNode job : server.reminders.get(booking).get("jobs")) {
      ReminderMessage message = open(notifier, job);
      if (message.channel() == ReminderChannel.EMAIL) {
        due.add(message.sendAt());
      }
    }
    assertThat(due).containsExactly(moved.minus(java.time.Duration.ofDays(1)));
  }

  @Test
  void withoutPreferencesOnlyCoverJobsAreAttachedAndTheCommandSaysSo() throws Exception {
    EncryptionKeyPair notifier = EncryptionKeyPair.generate(RANDOM);
    server.notifierKey = notifier.publicKey().encoded();
    int code =
        run(
            "book",
            "--practice",
            practiceId.toString(),
            "--visit-type",
            visitType.toString(),
            "--slot",
            slot(3),
            "--json");
    assertThat(code).as(err.toString()).isZero();
    assertThat(err.toString()).containsOnlyOnce(ReminderNote.NOT_SET);
    assertThat(out.toString()).doesNotContain("reminder");
    JsonNode jobs = server.reminders.get(vault.get(0).bookingId().toString()).get("jobs");
    assertThat(jobs).hasSize(ReminderPlanner.JOBS_PER_BOOKING);
    for (JsonNode job : jobs) {
      assertThat(open(notifier, job).channel()).isEqualTo(ReminderChannel.NONE);
    }
    assertThat(vault).hasSize(1);
  }
}
