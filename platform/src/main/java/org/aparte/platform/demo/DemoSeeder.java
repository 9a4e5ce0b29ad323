package org.aparte.platform.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.aparte.availability.OpeningRule;
import org.aparte.availability.VisitType;
import org.aparte.availability.demo.DemoPractice;
import org.aparte.availability.demo.DemoPractices;
import org.aparte.availability.demo.Practitioner;
import org.aparte.availability.reference.Specialties;
import org.aparte.availability.reference.Specialty;
import org.aparte.client.AnonymousTransport;
import org.aparte.client.ApiError;
import org.aparte.client.account.AccountClient;
import org.aparte.client.account.AccountOptions;
import org.aparte.client.account.AccountSession;
import org.aparte.client.booking.BookingReceipt;
import org.aparte.client.log.LogVerificationException;
import org.aparte.client.practice.Practices;
import org.aparte.client.practice.SearchQuery;
import org.aparte.crypto.CryptoException;
import org.aparte.protocol.account.Role;
import org.aparte.protocol.practice.FollowUpSpec;
import org.aparte.protocol.practice.PracticeProfile;
import org.aparte.protocol.practice.RuleSpec;
import org.aparte.protocol.practice.VisitTypeRequest;

/**
 * Fills an empty Aparté with demo data through the public HTTP API, as any client would: a demo
 * practitioner and a demo patient (one generated password, kept in {@link DemoCredentials}), a few
 * "owner" accounts that hold the bulk of the practices (each account costs a 64 MiB Argon2id run,
 * so not one per practice), {@link DemoPractices} with their visit types and opening hours, the
 * patient's vault profile, and two bookings made on the anonymous booking path and recorded in the
 * vault. Every private key is made here and leaves only sealed, through the SDK; the server holds
 * none.
 *
 * <p>Idempotent: when the credentials file says seeding completed, or when the server already lists
 * practices, nothing is added.
 */
public final class DemoSeeder {
  /** The demo practitioner administers practices 0 (the vaccination centre) to this minus one. */
  public static final int PRACTITIONER_PRACTICES = 5;

  /** Each owner account administers up to this many of the other practices. */
  public static final int PRACTICES_PER_OWNER = 500;

  public static final long SEED = 20_260_101L;
  public static final int DEFAULT_PRACTICES = 300;

  /** Parallel requests while creating practices (the server runs on virtual threads). */
  private static final int WORKERS = 12;

  private static final int PROGRESS_STEP = 25;

  /** What happened. */
  public record Outcome(
      DemoCredentials credentials, boolean seeded, int practices, Duration took, String note) {}

  private final URI server;
  private final Path dataDirectory;
  private final AccountOptions accountOptions;
  private final PrintStream out;
  private final Clock clock;

  public DemoSeeder(
      URI server, Path dataDirectory, AccountOptions accountOptions, PrintStream out, Clock clock) {
    String base = Objects.requireNonNull(server, "server").toString();
    this.server = URI.create(base.endsWith("/") ? base : base + "/");
    this.dataDirectory = Objects.requireNonNull(dataDirectory, "dataDirectory");
    this.accountOptions = Objects.requireNonNull(accountOptions, "accountOptions");
    this.out = Objects.requireNonNull(out, "out");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Seeds {@code count} practices unless this data was seeded already (or is not empty). */
  public Outcome seed(int count) throws IOException, ApiError, CryptoException {
    if (count < 1 || count > 100_000) {
      throw new IllegalArgumentException("--demo-practices must be between 1 and 100000");
    }
    long started = System.nanoTime();
    Optional<DemoCredentials> stored = DemoCredentials.read(dataDirectory);
    if (stored.isPresent() && stored.get().complete()) {
      return new Outcome(stored.get(), false, 0, Duration.ZERO, "already seeded");
    }
    if (hasAnyPractice()) {
      return new Outcome(
          stored.orElse(null),
          false,
          0,
          Duration.ZERO,
          "the database already holds practices; no demo data added");
    }
    DemoCredentials credentials =
        stored.orElseGet(() -> DemoCredentials.generate(accountOptions.random()));
    // Written before any account exists, so an interrupted run can log in to them again.
    credentials.write(dataDirectory);

    out.println("seeding demo data (" + count + " practices)...");
    AccountClient accounts = new AccountClient(server, accountOptions);
    int ownerCount =
        (Math.max(0, count - PRACTITIONER_PRACTICES) + PRACTICES_PER_OWNER - 1)
            / PRACTICES_PER_OWNER;
    List<AccountSession> sessions;
    // One Argon2id run each: two at a time, one per core of a small machine.
    ExecutorService argon = Executors.newFixedThreadPool(2);
    try {
      List<Future<AccountSession>> pending = new ArrayList<>();
      pending.add(
          argon.submit(
              () ->
                  account(
                      accounts,
                      DemoCredentials.PRACTITIONER,
                      Role.PRACTITIONER,
                      credentials.password())));
      pending.add(
          argon.submit(
              () ->
                  account(
                      accounts, DemoCredentials.PATIENT, Role.PATIENT, credentials.password())));
      for (int i = 1; i <= ownerCount; i++) {
        String login = DemoCredentials.owner(i);
        pending.add(
            argon.submit(
                () -> account(accounts, login, Role.PRACTITIONER, credentials.ownerPassword())));
      }
      sessions = new ArrayList<>();
      for (Future<AccountSession> future : pending) {
        sessions.add(await(future));
      }
    } finally {
      argon.shutdownNow();
    }
    AccountSession practitioner = sessions.get(0);
    AccountSession patient = sessions.get(1);
    List<AccountSession> owners = sessions.subList(2, sessions.size());
    out.println(
        "  "
            + (2 + ownerCount)
            + " demo accounts ready ("
            + elapsed(started).toMillis()
            + " ms, Argon2id "
            + accountOptions.registrationParams()
            + ")");

    List<DemoPractice> demo = DemoPractices.generate(SEED, count);
    List<UUID> practiceIds = createPractices(demo, practitioner, owners);

    var demoPatient = new DemoPatient(server, accountOptions.random(), clock, out);
    demoPatient.fillProfile(patient);
    List<BookingReceipt> receipts = demoPatient.book(patient, demo, practiceIds);
    int booked = receipts.size();
    reminders(patient, receipts);
    DemoCredentials completed = credentials.completed();
    completed.write(dataDirectory);
    Duration took = elapsed(started);
    out.println(
        "demo data seeded: "
            + count
            + " practices, "
            + (2 + ownerCount)
            + " accounts, "
            + booked
            + " bookings in "
            + String.format(java.util.Locale.ROOT, "%.1f s", took.toMillis() / 1000.0));
    return new Outcome(completed, true, count, took, "seeded");
  }

  /** The demo patient's reminders: one e-mail lands in the development outbox within minutes. */
  private void reminders(AccountSession patient, List<BookingReceipt> receipts)
      throws IOException, ApiError, CryptoException {
    try {
      new DemoReminders(server, accountOptions.random(), clock)
          .attach(patient, receipts)
          .ifPresent(
              due ->
                  out.println(
                      "  demo patient's first e-mail reminder is due at "
                          + due.atZone(DemoPractices.ZONE).toLocalTime()
                          + " (Paris time)"));
    } catch (LogVerificationException e) {
      out.println("  note: demo reminders not attached: " + e.getMessage());
    }
  }

  /** Whether the public search lists any practice, asked specialty by specialty. */
  boolean hasAnyPractice() throws IOException, ApiError {
    Practices practices = anonymousPractices();
    for (Specialty specialty : Specialties.standard().all()) {
      var page =
          practices.search(SearchQuery.builder().specialty(specialty.code()).size(1).build());
      if (!page.hits().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private AccountSession account(AccountClient accounts, String login, Role role, String password)
      throws IOException, ApiError, CryptoException {
    char[] secret = password.toCharArray();
    try {
      return accounts.register(login, role, secret).session();
    } catch (ApiError e) {
      if (!"login_taken".equals(e.code())) {
        throw e;
      }
      // Registered by an interrupted earlier run, with the stored password.
      try {
        return accounts.login(login, secret);
      } catch (org.aparte.client.account.WeakKdfSetupException weak) {
        throw new IOException(login + ": " + weak.getMessage(), weak);
      }
    } finally {
      java.util.Arrays.fill(secret, '\0');
    }
  }

  private List<UUID> createPractices(
      List<DemoPractice> demo, AccountSession practitioner, List<AccountSession> owners)
      throws IOException, ApiError {
    AtomicInteger done = new AtomicInteger();
    int total = demo.size();
    List<Future<UUID>> futures = new ArrayList<>(total);
    ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
    try {
      for (int i = 0; i < total; i++) {
        DemoPractice practice = demo.get(i);
        AccountSession admin =
            i < PRACTITIONER_PRACTICES
                ? practitioner
                : owners.get((i - PRACTITIONER_PRACTICES) / PRACTICES_PER_OWNER);
        futures.add(
            workers.submit(
                () -> {
                  UUID id = createPractice(admin, practice);
                  int n = done.incrementAndGet();
                  if (n % PROGRESS_STEP == 0 || n == total) {
                    out.println("  seeding demo practices: " + n + "/" + total);
                  }
                  return id;
                }));
      }
      List<UUID> ids = new ArrayList<>(total);
      for (Future<UUID> future : futures) {
        ids.add(await(future));
      }
      return ids;
    } finally {
      workers.shutdownNow();
    }
  }

  private static <T> T await(Future<T> future) throws IOException, ApiError {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while seeding", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof ApiError apiError) {
        throw apiError;
      }
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IOException("seeding a practice failed", cause);
    }
  }

  private UUID createPractice(AccountSession admin, DemoPractice practice)
      throws IOException, ApiError {
    Practices practices =
        new Practices(admin.transport(), new AnonymousTransport(server), accountOptions.random());
    UUID practiceId =
        practices.create(admin.keys().encryptionKeys(), profile(practice)).practiceId();
    // Fresh visit type ids; a follow-up must exist before the visit type that names it.
    Map<UUID, UUID> ids = new HashMap<>();
    for (VisitType type : practice.visitTypes()) {
      ids.put(type.id(), UUID.randomUUID());
    }
    List<VisitType> ordered = new ArrayList<>();
    practice.visitTypes().stream().filter(t -> t.followUp() == null).forEach(ordered::add);
    practice.visitTypes().stream().filter(t -> t.followUp() != null).forEach(ordered::add);
    for (VisitType type : ordered) {
      FollowUpSpec followUp =
          type.followUp() == null
              ? null
              : new FollowUpSpec(
                  ids.get(type.followUp().visitTypeId()),
                  type.followUp().minDays(),
                  type.followUp().maxDays());
      UUID id = ids.get(type.id());
      practices.putVisitType(
          practiceId,
          id,
          new VisitTypeRequest(
              type.name(),
              type.durationMinutes(),
              type.bookableOnline(),
              type.capacity(),
              followUp));
      List<RuleSpec> rules = new ArrayList<>();
      for (OpeningRule rule : practice.openingRules()) {
        if (rule.visitTypeId().equals(type.id())) {
          rules.add(
              new RuleSpec(
                  rule.dayOfWeek(), rule.start(), rule.end(), rule.validFrom(), rule.validUntil()));
        }
      }
      practices.putRules(practiceId, id, rules);
    }
    return practiceId;
  }

  static PracticeProfile profile(DemoPractice practice) {
    return new PracticeProfile(
        practice.name(),
        practice.practitioners().stream().map(Practitioner::displayName).toList(),
        practice.specialtyCode(),
        practice.address().street(),
        practice.address().postcode(),
        practice.address().city(),
        practice.address().latitude(),
        practice.address().longitude(),
        practice.languages(),
        practice.phone(),
        practice.zone().getId());
  }

  private Practices anonymousPractices() {
    return new Practices(
        new org.aparte.client.ApiTransport(server),
        new AnonymousTransport(server),
        accountOptions.random());
  }

  private static Duration elapsed(long startNanos) {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }
}
