package org.aparte.server.support;

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
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.aparte.client.AnonymousTransport;
import org.aparte.client.ApiTransport;
import org.aparte.client.log.KeyDirectory;
import org.aparte.client.log.LogClient;
import org.aparte.client.log.LogMonitor;
import org.aparte.client.log.TreeHeadStore;
import org.aparte.client.support.AccessHistory;
import org.aparte.client.support.AgentDesk;
import org.aparte.client.support.SupportDesk;
import org.aparte.client.support.SupportRefs;
import org.aparte.client.support.TeamRotation;
import org.aparte.crypto.SecretBytes;
import org.aparte.crypto.keys.EncryptionKeyPair;
import org.aparte.crypto.keys.SigningKeyPair;
import org.aparte.server.AparteServer;
import org.aparte.server.ServerConfig;
import org.aparte.server.ServerSettings;
import org.aparte.server.ServerWiring;
import org.aparte.server.auth.SessionAuthenticator;
import org.aparte.server.log.LogSettings;
import org.aparte.store.Database;
import org.aparte.store.ServerSecrets;
import org.aparte.store.log.KeyDirectoryLog;
import org.aparte.store.log.LogSequencer;
import org.aparte.store.log.LogSigningKey;
import org.aparte.store.support.SupportAgents;
import org.aparte.store.testing.MutableClock;
import org.aparte.store.testing.TestPostgres;
import org.aparte.transparency.EntryKind;
import org.aparte.transparency.KeyEntry;
import org.aparte.transparency.SupportEvent;

/**
 * The real server on a fresh database with a clock the test controls, the log sequenced by the
 * test, the expiry job run by the test, and accounts made in SQL with real X-Wing keys.
 */
final class SupportKit implements AutoCloseable {
  static final SecureRandom RANDOM = new SecureRandom();
  static final Instant START = Instant.parse("2026-03-10T10:00:00Z");

  private final Database database = TestPostgres.openFreshDatabase();
  private final MutableClock clock = new MutableClock(START);
  private final ServerWiring wiring;
  private final AparteServer server;
  private final SigningKeyPair logKey;
  private final HttpClient http = HttpClient.newHttpClient();

  /** A test account: its SDK pieces over a session, and a log view of its own. */
  record Account(
      UUID id, String login, EncryptionKeyPair keys, String token, SecretBytes vaultKey, URI base) {
    ApiTransport transport() {
      ApiTransport transport = new ApiTransport(base);
      transport.useSession(token);
      return transport;
    }

    KeyDirectory directory() {
      return new KeyDirectory(log(), monitor());
    }

    LogClient log() {
      return new LogClient(new AnonymousTransport(base));
    }

    private LogMonitor monitor() {
      try {
        return new LogMonitor(
            log(),
            org.aparte.crypto.keys.SigningPublicKey.decode(log().publicKey()),
            MONITORS.computeIfAbsent(id, k -> TreeHeadStore.inMemory()));
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }

    SupportDesk desk() {
      return new SupportDesk(transport(), keys, new SupportRefs(vaultKey), directory(), RANDOM);
    }

    SupportRefs refs() {
      return new SupportRefs(vaultKey);
    }

    AccessHistory history() {
      return new AccessHistory(transport(), log(), monitor());
    }

    AgentDesk agent(java.time.Clock clock) {
      return new AgentDesk(transport(), keys, directory(), RANDOM, clock);
    }

    TeamRotation rotation() {
      return new TeamRotation(transport(), directory(), RANDOM);
    }
  }

  private static final java.util.Map<UUID, TreeHeadStore> MONITORS =
      new java.util.concurrent.ConcurrentHashMap<>();

  SupportKit() {
    var config = ServerConfig.defaults().withPort(0);
    var settings = ServerSettings.defaults().withLog(LogSettings.manual());
    var support = new SupportSettings(Duration.ofHours(24), null);
    this.wiring = new ServerWiring(config, database, clock, settings, support);
    this.server = wiring.server().start();
    this.logKey = LogSigningKey.load(new ServerSecrets(database, RANDOM));
  }

  Database database() {
    return database;
  }

  MutableClock clock() {
    return clock;
  }

  URI base() {
    return URI.create(server.url() + "/");
  }

  /** A fresh expiry job, as a restarted server would build it. */
  ExpiryJob expiryJob() {
    return wiring.supportExpiry();
  }

  /** What the operator's admin command does. */
  void promote(Account account) {
    new SupportAgents(database).add(account.login(), clock.instant());
    sequenceAll();
  }

  void sequenceAll() {
    LogSequencer sequencer = new LogSequencer(database, logKey, clock, 10_000, Duration.ZERO);
    LogSequencer.Pass pass;
    do {
      pass = sequencer.sequenceOnce();
    } while (!pass.lockHeld() || pass.appended() > 0);
  }

  /** Every support event of the whole log, as an auditor downloads it. */
  List<SupportEvent> allEvents() throws Exception {
    LogClient log = new LogClient(new AnonymousTransport(base()));
    long size = log.treeHead().head().size();
    List<SupportEvent> out = new ArrayList<>();
    for (long start = 0; start < size; ) {
      var page = log.entries(start, size);
      for (byte[] entry : page.entries()) {
        if (SupportEvent.isSupportEvent(entry)) {
          out.add(SupportEvent.decode(entry));
        }
      }
      start += page.entries().size();
    }
    return out;
  }

  Account newAccount() {
    UUID id = UUID.randomUUID();
    String login = id + "@test.invalid";
    EncryptionKeyPair keys = EncryptionKeyPair.generate(RANDOM);
    SigningKeyPair signing = SigningKeyPair.generate(RANDOM);
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
                      + " VALUES (?, ?, 'PATIENT', '\\x01', '\\x01', '\\x01', '\\x01', '\\x01',"
                      + " ?, ?, ?)")) {
            insert.setObject(1, id);
            insert.setString(2, login);
            insert.setBytes(3, keys.publicKey().encoded());
            insert.setBytes(4, signing.publicKey().encoded());
            insert.setTimestamp(5, Timestamp.from(clock.instant()));
            insert.executeUpdate();
          }
          logSelfSigned(connection, id, keys.publicKey().encoded(), signing);
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
    return new Account(id, login, keys, token, SecretBytes.random(32, RANDOM), base());
  }

  /** The account's two key entries, signed by its own signing key, as registration logs them. */
  private void logSelfSigned(
      java.sql.Connection connection, UUID id, byte[] encryption, SigningKeyPair signing)
      throws java.sql.SQLException {
    byte[] signingKey = signing.publicKey().encoded();
    for (var kind : List.of(EntryKind.ACCOUNT_ENCRYPTION_KEY, EntryKind.ACCOUNT_SIGNING_KEY)) {
      byte[] key = kind == EntryKind.ACCOUNT_ENCRYPTION_KEY ? encryption : signingKey;
      KeyDirectoryLog.record(
          connection,
          kind,
          id,
          1,
          key,
          KeyEntry.signByOwner(signing, kind, id, 1, key),
          clock.instant());
    }
  }

  /** A raw request, for bad input the SDK would never send. */
  HttpResponse<String> send(String method, String path, String token, String json) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base().resolve(path)).timeout(Duration.ofSeconds(20));
    request.header("Authorization", "Bearer " + token);
    request.header("Content-Type", "application/json");
    request.method(
        method,
        json == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(json));
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
