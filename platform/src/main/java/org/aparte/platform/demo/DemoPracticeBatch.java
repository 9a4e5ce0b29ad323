package org.aparte.platform.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.aparte.availability.demo.DemoPractice;
import org.aparte.client.ApiError;
import org.aparte.client.account.AccountSession;

/**
 * Creates every demo practice, in parallel, each administered by the demo practitioner (the first
 * few) or by an owner account, and prints progress.
 */
final class DemoPracticeBatch {
  /**
   * Parallel requests while creating practices. Not more: on a fresh database the practice tables
   * are so small that PostgreSQL scans them whole, so concurrent SERIALIZABLE writes to different
   * practices conflict; with 12 in flight on a loaded two-core machine a rules PUT ran out of its
   * eight retries (HTTP 500) and the demo stopped, on main too.
   */
  private static final int WORKERS = 4;

  private static final int PROGRESS_STEP = 25;

  private final DemoPracticeSetup setup;
  private final PrintStream out;

  DemoPracticeBatch(DemoPracticeSetup setup, PrintStream out) {
    this.setup = setup;
    this.out = out;
  }

  /** The new practice ids, in the order of {@code demo}. */
  List<UUID> create(List<DemoPractice> demo, DemoAccounts.Sessions sessions)
      throws IOException, ApiError {
    AtomicInteger done = new AtomicInteger();
    int total = demo.size();
    List<Future<UUID>> futures = new ArrayList<>(total);
    ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
    try {
      for (int i = 0; i < total; i++) {
        DemoPractice practice = demo.get(i);
        AccountSession admin = admin(i, sessions);
        futures.add(
            workers.submit(
                () -> {
                  UUID id = setup.create(admin, practice);
                  int n = done.incrementAndGet();
                  if (n % PROGRESS_STEP == 0 || n == total) {
                    out.println("  seeding demo practices: " + n + "/" + total);
                  }
                  return id;
                }));
      }
      List<UUID> ids = new ArrayList<>(total);
      for (Future<UUID> future : futures) {
        ids.add(SeedingTasks.await(future));
      }
      return ids;
    } finally {
      workers.shutdownNow();
    }
  }

  private static AccountSession admin(int index, DemoAccounts.Sessions sessions) {
    return index < DemoSeeder.PRACTITIONER_PRACTICES
        ? sessions.practitioner()
        : sessions
            .owners()
            .get((index - DemoSeeder.PRACTITIONER_PRACTICES) / DemoSeeder.PRACTICES_PER_OWNER);
  }
}
