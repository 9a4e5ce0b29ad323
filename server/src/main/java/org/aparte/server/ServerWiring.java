package org.aparte.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.aparte.crypto.keys.SigningKeyPair;
import org.aparte.protocol.Json;
import org.aparte.server.account.AccountRoutes;
import org.aparte.server.account.AccountSettings;
import org.aparte.server.auth.PracticeAccess;
import org.aparte.server.auth.SessionAuthenticator;
import org.aparte.server.booking.BookingEndpoints;
import org.aparte.server.booking.BookingService;
import org.aparte.server.booking.PracticeBookings;
import org.aparte.server.document.DocumentEndpoints;
import org.aparte.server.document.DocumentService;
import org.aparte.server.document.DocumentSettings;
import org.aparte.server.health.HealthEndpoint;
import org.aparte.server.http.JsonBodies;
import org.aparte.server.log.KeyProofRoutes;
import org.aparte.server.log.LogRoutes;
import org.aparte.server.log.LogSettings;
import org.aparte.server.log.WitnessRoutes;
import org.aparte.server.message.MessageEndpoints;
import org.aparte.server.message.MessageService;
import org.aparte.server.practice.AvailabilityRoutes;
import org.aparte.server.practice.PracticeRoutes;
import org.aparte.server.practice.PracticeSettingsRoutes;
import org.aparte.server.reminder.NoticeEndpoints;
import org.aparte.server.reminder.NoticeService;
import org.aparte.server.reminder.ReminderEndpoints;
import org.aparte.server.reminder.ReminderService;
import org.aparte.server.search.SearchRoutes;
import org.aparte.server.support.ExpiryJob;
import org.aparte.server.support.SupportRoutes;
import org.aparte.server.support.SupportSettings;
import org.aparte.server.token.IssuerKeyring;
import org.aparte.server.token.TokenEndpoints;
import org.aparte.server.token.TokenIssuer;
import org.aparte.server.token.TokenRedeemer;
import org.aparte.server.token.TokenSettings;
import org.aparte.server.verification.VerificationEndpoints;
import org.aparte.server.verification.VerificationService;
import org.aparte.store.Database;
import org.aparte.store.RateLimitKey;
import org.aparte.store.ServerSecrets;
import org.aparte.store.log.KeyDirectoryLog;
import org.aparte.store.log.LogCosignatures;
import org.aparte.store.log.LogSequencer;
import org.aparte.store.log.LogSigningKey;
import org.aparte.store.log.LogStore;
import org.aparte.store.practice.PracticeStore;
import org.aparte.store.support.Disclosures;

/**
 * The composition root: every object the server uses is built here, by hand, with its dependencies
 * passed to its constructor. To see how the server is assembled, read this class.
 */
public final class ServerWiring {
  private final ServerConfig config;
  private final Database database;
  private final Clock clock;
  private final ObjectMapper json = Json.mapper();
  private final SecureRandom random = new SecureRandom();
  private final AccountSettings accountSettings;
  private final TokenSettings tokenSettings;
  private final DocumentSettings documentSettings;
  private final RateLimitKey rateLimitKey;
  private IssuerKeyring keyring;
  private final LogSettings logSettings;
  private SigningKeyPair logKey;
  private final SupportSettings supportSettings;

  /**
   * @param clock the only source of time for the endpoints; tests pass a controllable one
   */
  public ServerWiring(ServerConfig config, Database database, Clock clock) {
    this(config, database, clock, ServerSettings.defaults());
  }

  /** As above, with policies other than the defaults. */
  public ServerWiring(
      ServerConfig config, Database database, Clock clock, ServerSettings settings) {
    this(config, database, clock, settings, SupportSettings.defaults());
  }

  /** As above, with a support-access policy other than the default. */
  public ServerWiring(
      ServerConfig config,
      Database database,
      Clock clock,
      ServerSettings settings,
      SupportSettings supportSettings) {
    this.supportSettings = Objects.requireNonNull(supportSettings, "supportSettings");
    this.config = Objects.requireNonNull(config, "config");
    this.database = Objects.requireNonNull(database, "database");
    this.clock = Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(settings, "settings");
    this.accountSettings = settings.accounts();
    this.tokenSettings = settings.tokens();
    this.logSettings = settings.log();
    this.documentSettings = settings.documents();
    this.rateLimitKey = settings.rateLimitKey();
  }

  public Database database() {
    return database;
  }

  public Clock clock() {
    return clock;
  }

  /** Bearer session → account; shared by every authenticated route. */
  public SessionAuthenticator sessions() {
    return new SessionAuthenticator(database, clock);
  }

  public PracticeAccess practiceAccess() {
    return new PracticeAccess(database);
  }

  /** The API's routes: exactly what {@code openapi.yaml} describes. */
  public List<Route> routes() {
    var health = new HealthEndpoint(database, Version.current());
    List<Route> routes = new ArrayList<>();
    routes.add(Route.get("/v1/health", health));
    routes.addAll(
        AccountRoutes.of(
            database, rateLimitKey, clock, random, sessions(), jsonBodies(), accountSettings));
    var practices = new PracticeStore(database);
    routes.addAll(
        new PracticeRoutes(practices, sessions(), practiceAccess(), jsonBodies(), clock).routes());
    routes.addAll(
        new AvailabilityRoutes(practices, sessions(), practiceAccess(), jsonBodies(), clock)
            .routes());
    routes.addAll(
        new PracticeSettingsRoutes(practices, sessions(), practiceAccess(), jsonBodies()).routes());
    routes.addAll(new SearchRoutes(practices, clock).routes());
    routes.addAll(tokens().routes());
    routes.addAll(bookings().routes());
    var log = new LogStore(database);
    var cosignatures = new LogCosignatures(database);
    routes.addAll(new LogRoutes(log, cosignatures).routes());
    routes.addAll(new WitnessRoutes(cosignatures, logSettings.witnesses(), jsonBodies()).routes());
    routes.addAll(
        new KeyProofRoutes(log, new KeyDirectoryLog(database), logKey().publicKey()).routes());
    routes.addAll(reminders().routes());
    routes.addAll(notices().routes());
    routes.addAll(verifications().routes());
    routes.addAll(documents().routes());
    routes.addAll(messages().routes());
    routes.addAll(
        SupportRoutes.of(database, rateLimitKey, clock, sessions(), jsonBodies(), supportSettings));
    return List.copyOf(routes);
  }

  /** The issuer's per-epoch keys: one instance per server, it caches the opened keys. */
  public synchronized IssuerKeyring issuerKeys() {
    if (keyring == null) {
      keyring =
          new IssuerKeyring(
              database, new ServerSecrets(database, random), clock, random, tokenSettings);
    }
    return keyring;
  }

  /** Booking-token issuance and the issuer's public keys. */
  public TokenEndpoints tokens() {
    return new TokenEndpoints(
        issuerKeys(), new TokenIssuer(database, issuerKeys(), clock), sessions(), jsonBodies());
  }

  /** The log's Ed25519 key, loaded once from the server secrets (docs/threat-model.md). */
  public synchronized SigningKeyPair logKey() {
    if (logKey == null) {
      logKey = LogSigningKey.load(new ServerSecrets(database, random));
    }
    return logKey;
  }

  /** Moves queued log entries into the tree and signs tree heads; one pass per call. */
  public LogSequencer logSequencer() {
    return new LogSequencer(
        database, logKey(), clock, logSettings.batchSize(), logSettings.headInterval());
  }

  /**
   * What runs beside the routes: the web bundle's hash queued for the log (once, first) and the log
   * sequencer, and the support expiry job, unless the settings leave them to the caller.
   */
  public List<BackgroundTask> backgroundTasks() {
    List<BackgroundTask> tasks = new ArrayList<>();
    if (logSettings.sequencePeriod() != null) {
      // Only a server that runs its own log (every deployment): tests that drive the log by hand
      // count its entries and start the publisher themselves when they want it.
      tasks.add(
          new org.aparte.server.log.WebBundlePublisher(
              database, clock, org.aparte.server.log.WebBundlePublisher.fromClasspath(json)));
      LogSequencer sequencer = logSequencer();
      tasks.add(
          new FixedDelayTask(
              "log-sequencer", logSettings.sequencePeriod(), sequencer::sequenceOnce));
    }
    if (supportSettings.expiryPeriod() != null) {
      ExpiryJob expiry = supportExpiry();
      tasks.add(
          new FixedDelayTask("support-expiry", supportSettings.expiryPeriod(), expiry::runOnce));
    }
    return List.copyOf(tasks);
  }

  /** Deletes expired disclosures' ciphertext; one pass per {@code runOnce()} call. */
  public ExpiryJob supportExpiry() {
    return new ExpiryJob(new Disclosures(database), clock);
  }

  /** The booking path: patients' anonymous routes and the practice agenda. */
  public BookingEndpoints bookings() {
    var redeemer = new TokenRedeemer(issuerKeys(), tokenSettings.required());
    return new BookingEndpoints(
        new BookingService(database, clock, redeemer),
        new PracticeBookings(database, clock),
        jsonBodies(),
        sessions(),
        practiceAccess());
  }

  /** Sealed reminder jobs attached to bookings, and the notifier's published keys. */
  public NoticeEndpoints notices() {
    return new NoticeEndpoints(
        new NoticeService(database, clock), jsonBodies(), sessions(), practiceAccess());
  }

  public ReminderEndpoints reminders() {
    return new ReminderEndpoints(new ReminderService(database, clock), jsonBodies());
  }

  /** Contact verification codes, sent through the notifier; 5 starts per account an hour. */
  public VerificationEndpoints verifications() {
    var starts =
        new org.aparte.store.RateLimiter(
            database,
            rateLimitKey,
            clock,
            "contact-verification",
            5,
            java.time.Duration.ofHours(1));
    return new VerificationEndpoints(
        new VerificationService(database, clock, random, starts), jsonBodies(), sessions());
  }

  /** Documents: announced as JSON, their encrypted bytes streamed to and from the blob store. */
  public DocumentEndpoints documents() {
    return new DocumentEndpoints(
        new DocumentService(database, documentSettings, random),
        jsonBodies(),
        sessions(),
        practiceAccess());
  }

  /** Messages: ciphertext in threads named by a hash of the booking's data key. */
  public MessageEndpoints messages() {
    return new MessageEndpoints(
        new MessageService(database), jsonBodies(), sessions(), practiceAccess());
  }

  public ObjectMapper json() {
    return json;
  }

  /** How endpoints read JSON bodies: with the configured size limit. */
  public JsonBodies jsonBodies() {
    return new JsonBodies(json, config.maxBodyBytes());
  }

  /** The server with {@link #routes()}, not yet started. */
  public AparteServer server() {
    return new AparteServer(config, json, routes(), backgroundTasks());
  }
}
