package org.aparte.platform.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.aparte.availability.demo.DemoPractice;
import org.aparte.availability.demo.DemoPractices;
import org.aparte.client.ApiError;
import org.aparte.client.account.AccountOptions;
import org.aparte.client.account.AccountSession;
import org.aparte.client.booking.BookingReceipt;
import org.aparte.client.log.LogVerificationException;
import org.aparte.crypto.CryptoException;

/**
 * Fills an empty Aparté with demo data through the public HTTP API, as any client would: a demo
 * practitioner and a demo patient (one generated password, kept in {@link DemoCredentials}), a few
 * "owner" accounts that hold the bulk of the practices (each account costs a 64 MiB Argon2id run,
 * so not one per practice), {@link DemoPractices} with their visit types and opening hours, the
 * patient's vault profile, and two bookings made on the anonymous booking path and recorded in the
 * vault. Every private key is made here and leaves only sealed, through the SDK; the server holds
 * none. This class runs the steps in order; each step is its own class.
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
    if (ExistingPractices.any(server, accountOptions.random())) {
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
    DemoAccounts.Sessions sessions =
        new DemoAccounts(server, accountOptions).open(credentials, DemoAccounts.ownersFor(count));
    out.println(
        "  "
            + sessions.count()
            + " demo accounts ready ("
            + elapsed(started).toMillis()
            + " ms, Argon2id "
            + accountOptions.registrationParams()
            + ")");

    List<DemoPractice> demo = DemoPractices.generate(SEED, count);
    var setup = new DemoPracticeSetup(server, accountOptions.random());
    List<UUID> practiceIds = new DemoPracticeBatch(setup, out).create(demo, sessions);

    var demoPatient = new DemoPatient(server, accountOptions.random(), clock, out);
    demoPatient.fillProfile(sessions.patient());
    List<BookingReceipt> receipts = demoPatient.book(sessions.patient(), demo, practiceIds);
    reminders(sessions.patient(), receipts);
    DemoCredentials completed = credentials.completed();
    completed.write(dataDirectory);
    Duration took = elapsed(started);
    out.println(
        "demo data seeded: "
            + count
            + " practices, "
            + sessions.count()
            + " accounts, "
            + receipts.size()
            + " bookings in "
            + String.format(Locale.ROOT, "%.1f s", took.toMillis() / 1000.0));
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

  private static Duration elapsed(long startNanos) {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }
}
