package org.aparte.server.booking;

import java.net.URI;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.aparte.availability.SlotId;
import org.aparte.client.AnonymousTransport;
import org.aparte.client.ApiTransport;
import org.aparte.client.booking.Agenda;
import org.aparte.client.booking.AppointmentRequest;
import org.aparte.client.booking.Bookings;
import org.aparte.client.booking.Person;
import org.aparte.client.booking.PracticeKeyring;
import org.aparte.client.booking.PracticeTarget;
import org.aparte.client.token.TokenIssuance;
import org.aparte.client.vault.HeldToken;
import org.aparte.crypto.keys.EncryptionKeyPair;
import org.aparte.server.AparteServer;
import org.aparte.server.ServerConfig;
import org.aparte.server.ServerSettings;
import org.aparte.server.ServerWiring;
import org.aparte.server.auth.SessionAuthenticator;
import org.aparte.server.token.TokenSettings;
import org.aparte.store.Database;
import org.aparte.store.DatabaseConfig;
import org.aparte.store.testing.TestPostgres;

/**
 * A practice set up in SQL (the practices slice's API is built elsewhere), with a real X-Wing key,
 * visit types, opening hours every day 08:00-18:00, a closed day, a member and an outsider with
 * sessions, and real servers on its database.
 */
final class BookingFixture implements AutoCloseable {
  static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  static final SecureRandom RANDOM = new SecureRandom();

  final UUID practiceId = UUID.randomUUID();
  final UUID otherPracticeId = UUID.randomUUID();
  final EncryptionKeyPair practiceKey = EncryptionKeyPair.generate(RANDOM);
  final EncryptionKeyPair otherKey = EncryptionKeyPair.generate(RANDOM);

  /** Bookable online, capacity 1. */
  final UUID consult = UUID.randomUUID();

  /** Bookable online, capacity 5. */
  final UUID group = UUID.randomUUID();

  /** Staff only. */
  final UUID staffOnly = UUID.randomUUID();

  /** First dose, with a follow-up 21..35 days later. */
  final UUID dose1 = UUID.randomUUID();

  /** The follow-up; capacity 1. */
  final UUID dose2 = UUID.randomUUID();

  /** Closed 10 days from today. */
  final LocalDate closedDay = LocalDate.now(PARIS).plusDays(10);

  final UUID memberAccount = UUID.randomUUID();
  final String memberToken = token();
  final UUID outsiderAccount = UUID.randomUUID();
  final String outsiderToken = token();

  /** The account whose session fetches booking tokens (its limit is lifted on these servers). */
  final UUID patientAccount = UUID.randomUUID();

  final String patientToken = token();

  final DatabaseConfig databaseConfig;
  final Database database;
  private final List<Database> extraDatabases = new ArrayList<>();
  private final List<AparteServer> servers = new ArrayList<>();
  final AparteServer server;

  BookingFixture() {
    this(4);
  }

  BookingFixture(int poolSize) {
    DatabaseConfig fresh = TestPostgres.freshDatabase();
    this.databaseConfig =
        new DatabaseConfig(fresh.jdbcUrl(), fresh.user(), fresh.password(), poolSize);
    this.database = Database.open(databaseConfig);
    database.transaction(
        connection -> {
          insertPractice(connection, practiceId, practiceKey);
          insertPractice(connection, otherPracticeId, otherKey);
          insertVisitType(connection, consult, "Consultation", true, 1, null);
          insertVisitType(connection, group, "Group session", true, 5, null);
          insertVisitType(connection, staffOnly, "Long follow-up", false, 1, null);
          insertVisitType(connection, dose2, "Dose 2", false, 1, null);
          insertVisitType(connection, dose1, "Dose 1", true, 1, dose2);
          for (UUID type : List.of(consult, group, staffOnly, dose1, dose2)) {
            for (int day = 1; day <= 7; day++) {
              try (PreparedStatement rule =
                  connection.prepareStatement(
                      "INSERT INTO opening_rules (id, visit_type_id, day_of_week, start_time,"
                          + " end_time) VALUES (?, ?, ?, ?, ?)")) {
                rule.setObject(1, UUID.randomUUID());
                rule.setObject(2, type);
                rule.setInt(3, day);
                rule.setObject(4, LocalTime.of(8, 0));
                rule.setObject(5, LocalTime.of(18, 0));
                rule.executeUpdate();
              }
            }
          }
          try (PreparedStatement closure =
              connection.prepareStatement(
                  "INSERT INTO closures (id, practice_id, visit_type_id, from_date, until_date)"
                      + " VALUES (?, ?, NULL, ?, ?)")) {
            closure.setObject(1, UUID.randomUUID());
            closure.setObject(2, practiceId);
            closure.setObject(3, closedDay);
            closure.setObject(4, closedDay);
            closure.executeUpdate();
          }
          insertAccount(connection, memberAccount, "member@example.org", memberToken);
          insertAccount(connection, outsiderAccount, "outsider@example.org", outsiderToken);
          insertAccount(connection, patientAccount, "patient@example.org", patientToken);
          try (PreparedStatement member =
              connection.prepareStatement(
                  "INSERT INTO practice_members (practice_id, account_id, role)"
                      + " VALUES (?, ?, 'MEMBER')")) {
            member.setObject(1, practiceId);
            member.setObject(2, memberAccount);
            member.executeUpdate();
          }
          return null;
        });
    this.server = startServer(database);
  }

  /** Another server instance on the same database, with its own pool. */
  AparteServer secondServer() {
    Database second = Database.open(databaseConfig);
    extraDatabases.add(second);
    return startServer(second);
  }

  private AparteServer startServer(Database db) {
    var config = new ServerConfig("127.0.0.1", 0, ServerConfig.DEFAULT_MAX_BODY_BYTES);
    var tokens = TokenSettings.defaults().withPerEpochLimit(TokenSettings.MAX_PER_EPOCH);
    var wiring =
        new ServerWiring(
            config, db, Clock.systemUTC(), ServerSettings.defaults().withTokens(tokens));
    AparteServer started = wiring.server().start();
    servers.add(started);
    return started;
  }

  private void insertPractice(Connection connection, UUID id, EncryptionKeyPair key)
      throws SQLException {
    try (PreparedStatement practice =
        connection.prepareStatement(
            "INSERT INTO practices (id, name, practitioners, specialty, address, postcode, city,"
                + " latitude, longitude, languages, phone, time_zone, created_at)"
                + " VALUES (?, 'Cabinet Test', ARRAY['Dr Test'], 'general', '1 rue Test',"
                + " '75001', 'Paris', 48.86, 2.34, ARRAY['fr'], '0100000000', 'Europe/Paris', ?)")) {
      practice.setObject(1, id);
      practice.setTimestamp(2, Timestamp.from(Instant.now()));
      practice.executeUpdate();
    }
    try (PreparedStatement keyRow =
        connection.prepareStatement(
            "INSERT INTO practice_keys (practice_id, version, public_key, created_at)"
                + " VALUES (?, 1, ?, ?)")) {
      keyRow.setObject(1, id);
      keyRow.setBytes(2, key.publicKey().encoded());
      keyRow.setTimestamp(3, Timestamp.from(Instant.now()));
      keyRow.executeUpdate();
    }
  }

  private void insertVisitType(
      Connection connection, UUID id, String name, boolean online, int capacity, UUID followUp)
      throws SQLException {
    try (PreparedStatement type =
        connection.prepareStatement(
            "INSERT INTO visit_types (id, practice_id, name, duration_minutes, bookable_online,"
                + " capacity, follow_up_visit_type, follow_up_min_days, follow_up_max_days)"
                + " VALUES (?, ?, ?, 30, ?, ?, ?, ?, ?)")) {
      type.setObject(1, id);
      type.setObject(2, practiceId);
      type.setString(3, name);
      type.setBoolean(4, online);
      type.setInt(5, capacity);
      type.setObject(6, followUp);
      type.setObject(7, followUp == null ? null : 21);
      type.setObject(8, followUp == null ? null : 35);
      type.executeUpdate();
    }
  }

  static void insertAccount(Connection connection, UUID id, String login, String token)
      throws SQLException {
    try (PreparedStatement account =
        connection.prepareStatement(
            "INSERT INTO accounts (id, login, role, kdf_setup, auth_verifier, recovery_verifier,"
                + " key_bundle, recovery_key_bundle, encryption_public_key, signing_public_key,"
                + " created_at) VALUES (?, ?, 'PRACTITIONER', '\\x00', '\\x00', '\\x00', '\\x00',"
                + " '\\x00', '\\x00', '\\x00', ?)")) {
      account.setObject(1, id);
      account.setString(2, login);
      account.setTimestamp(3, Timestamp.from(Instant.now()));
      account.executeUpdate();
    }
    try (PreparedStatement session =
        connection.prepareStatement(
            "INSERT INTO sessions (token_hash, account_id, created_at, expires_at)"
                + " VALUES (?, ?, ?, ?)")) {
      session.setBytes(1, SessionAuthenticator.tokenHash(token));
      session.setObject(2, id);
      session.setTimestamp(3, Timestamp.from(Instant.now()));
      session.setTimestamp(4, Timestamp.from(Instant.now().plusSeconds(3600)));
      session.executeUpdate();
    }
  }

  private static String token() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  // --- slots ---

  /**
   * The slot of {@code visitType} at {@code hour}:{@code minute} Paris time, {@code days} ahead.
   */
  static String slot(UUID visitType, int days, int hour, int minute) {
    Instant start =
        LocalDate.now(PARIS).plusDays(days).atTime(hour, minute).atZone(PARIS).toInstant();
    return new SlotId(visitType, start).text();
  }

  // --- SDK ---

  URI uri() {
    return URI.create(server.url());
  }

  /** The patient SDK on the first server; every booking it prepares spends a fresh token. */
  Bookings bookings() {
    return bookings(server);
  }

  Bookings bookings(AparteServer on) {
    return new Bookings(
        new AnonymousTransport(URI.create(on.url())),
        RANDOM,
        Clock.systemUTC(),
        () -> tokens(1).get(0));
  }

  /** The SDK without tokens: for tests of the token check itself. */
  Bookings bookingsWithoutTokens() {
    return new Bookings(new AnonymousTransport(uri()), RANDOM, Clock.systemUTC());
  }

  /** {@code count} fresh booking tokens, fetched with the patient's session. */
  List<byte[]> tokens(int count) {
    ApiTransport session = new ApiTransport(uri());
    session.useSession(patientToken);
    try {
      return TokenIssuance.fetch(
              session, new AnonymousTransport(uri()), count, RANDOM, Instant.now())
          .stream()
          .map(HeldToken::token)
          .toList();
    } catch (Exception e) {
      throw new IllegalStateException("fetching booking tokens failed", e);
    }
  }

  Agenda agenda(String token) {
    ApiTransport transport = new ApiTransport(uri());
    transport.useSession(token);
    return new Agenda(transport, RANDOM, Clock.systemUTC());
  }

  Agenda memberAgenda() {
    return agenda(memberToken);
  }

  PracticeTarget target() {
    return new PracticeTarget(practiceId, "Cabinet Test", practiceKey.publicKey(), 1);
  }

  PracticeKeyring keyring() {
    return new PracticeKeyring(Map.of(1, practiceKey));
  }

  static Person patient() {
    return new Person(
        "Camille",
        "Martin",
        LocalDate.of(1990, 4, 2),
        "190047512345678",
        "+33600000000",
        "camille@example.org");
  }

  static AppointmentRequest appointment(UUID visitType, String reason, String... slotIds) {
    return new AppointmentRequest(
        patient(), null, null, reason, visitType, "Consultation", List.of(slotIds));
  }

  @Override
  public void close() {
    for (AparteServer s : servers) {
      s.close();
    }
    for (Database d : extraDatabases) {
      d.close();
    }
    database.close();
  }
}
