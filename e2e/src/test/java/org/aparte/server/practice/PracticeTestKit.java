package org.aparte.server.practice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.aparte.client.AnonymousTransport;
import org.aparte.client.ApiTransport;
import org.aparte.client.practice.Practices;
import org.aparte.crypto.keys.EncryptionKeyPair;
import org.aparte.protocol.practice.PracticeProfile;
import org.aparte.server.AparteServer;
import org.aparte.server.ServerConfig;
import org.aparte.server.ServerWiring;
import org.aparte.server.auth.SessionAuthenticator;
import org.aparte.store.Database;
import org.aparte.store.testing.MutableClock;
import org.aparte.store.testing.TestPostgres;

/**
 * The real server on a fresh database with a clock the test controls, plus accounts and sessions
 * made directly in SQL (login is another slice's work): each account gets real X-Wing keys and a
 * session token whose SHA-256 is in {@code sessions}.
 */
public final class PracticeTestKit implements AutoCloseable {
  public static final SecureRandom RANDOM = new SecureRandom();

  private final Database database;
  private final AparteServer server;
  private final MutableClock clock;
  private final HttpClient http = HttpClient.newHttpClient();

  /** An account of the test: its id, key pair, session token and SDK. */
  public record Account(UUID id, EncryptionKeyPair keys, String token, Practices practices) {}

  public PracticeTestKit(Instant now) {
    this.clock = new MutableClock(now);
    this.database = TestPostgres.openFreshDatabase();
    var wiring = new ServerWiring(ServerConfig.defaults().withPort(0), database, clock);
    this.server = wiring.server().start();
  }

  public Database database() {
    return database;
  }

  public MutableClock clock() {
    return clock;
  }

  public URI base() {
    return URI.create(server.url() + "/");
  }

  public Account newAccount() {
    UUID id = UUID.randomUUID();
    EncryptionKeyPair keys = EncryptionKeyPair.generate(RANDOM);
    byte[] tokenBytes = new byte[32];
    RANDOM.nextBytes(tokenBytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(tokenBytes);
    database.transaction(
        connection -> {
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO accounts (id, login, role, kdf_setup, auth_verifier,"
                      + " recovery_verifier, key_bundle, recovery_key_bundle,"
                      + " encryption_public_key, signing_public_key, created_at)"
                      + " VALUES (?, ?, 'PRACTITIONER', ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, id);
            insert.setString(2, id + "@test.invalid");
            for (int i = 3; i <= 7; i++) {
              insert.setBytes(i, new byte[] {1, 2, 3});
            }
            insert.setBytes(8, keys.publicKey().encoded());
            insert.setBytes(9, new byte[] {4, 5, 6});
            insert.setTimestamp(10, Timestamp.from(clock.instant()));
            insert.executeUpdate();
          }
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO sessions (token_hash, account_id, created_at, expires_at)"
                      + " VALUES (?, ?, ?, ?)")) {
            insert.setBytes(1, SessionAuthenticator.tokenHash(token));
            insert.setObject(2, id);
            insert.setTimestamp(3, Timestamp.from(clock.instant()));
            insert.setTimestamp(4, Timestamp.from(clock.instant().plus(Duration.ofDays(365))));
            insert.executeUpdate();
          }
          return null;
        });
    var transport = new ApiTransport(base());
    transport.useSession(token);
    return new Account(
        id, keys, token, new Practices(transport, new AnonymousTransport(base()), RANDOM));
  }

  /** The SDK without a session (public reads only). */
  public Practices anonymousPractices() {
    return new Practices(new ApiTransport(base()), new AnonymousTransport(base()), RANDOM);
  }

  public static PracticeProfile profile(String name, String specialty, double lat, double lon) {
    return new PracticeProfile(
        name,
        List.of("Dr Claire Martin"),
        specialty,
        "12 rue de la Paix",
        "75002",
        "Paris",
        lat,
        lon,
        List.of("fr", "en"),
        "+33 1 23 45 67 89",
        "Europe/Paris");
  }

  /** A raw request, for bad input the SDK would never send. */
  public HttpResponse<String> send(String method, String path, String token, String json) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base().resolve(path)).timeout(Duration.ofSeconds(20));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (json == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json");
      request.method(method, HttpRequest.BodyPublishers.ofString(json));
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    try {
      server.close();
    } finally {
      database.close();
    }
  }
}
