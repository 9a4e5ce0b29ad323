package org.aparte.server.support;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.aparte.server.BackgroundTask;
import org.aparte.store.support.Disclosures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes the ciphertext of expired disclosures at a fixed delay. Each pass is one query on {@code
 * expires_at <= now}, so nothing is lost across restarts: what expired while the server was down
 * goes on the first pass.
 */
public final class ExpiryJob implements BackgroundTask {
  private static final Logger LOG = LoggerFactory.getLogger(ExpiryJob.class);

  private final Disclosures disclosures;
  private final Clock clock;
  private final Duration period;
  private ScheduledExecutorService executor;

  public ExpiryJob(Disclosures disclosures, Clock clock, Duration period) {
    this.disclosures = disclosures;
    this.clock = clock;
    this.period = period;
  }

  /** One pass; returns how many disclosures ended. */
  public int runOnce() {
    return disclosures.expire(clock.instant());
  }

  @Override
  public synchronized void start() {
    if (executor != null) {
      return;
    }
    executor =
        Executors.newSingleThreadScheduledExecutor(
            task -> Thread.ofPlatform().daemon().name("support-expiry").unstarted(task));
    executor.scheduleWithFixedDelay(this::pass, 0, period.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void pass() {
    try {
      runOnce();
    } catch (RuntimeException failure) {
      // The rows are intact after a failed pass; the next one retries.
      LOG.warn("support expiry pass failed: {}", failure.getClass().getSimpleName());
    }
  }

  @Override
  public synchronized void close() {
    if (executor == null) {
      return;
    }
    executor.shutdown();
    try {
      if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
    executor = null;
  }
}
