package org.aparte.server;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one pass of background work at a fixed delay on its own daemon thread. A pass that fails is
 * logged by its exception's type only (passes handle ids and ciphertext, never shown) and the next
 * pass retries: each pass must leave the database intact when it fails.
 */
public final class FixedDelayTask implements BackgroundTask {
  private static final Logger LOG = LoggerFactory.getLogger(FixedDelayTask.class);

  private final String name;
  private final Duration period;
  private final Runnable pass;
  private ScheduledExecutorService executor;

  public FixedDelayTask(String name, Duration period, Runnable pass) {
    this.name = Objects.requireNonNull(name, "name");
    this.period = Objects.requireNonNull(period, "period");
    this.pass = Objects.requireNonNull(pass, "pass");
  }

  @Override
  public synchronized void start() {
    if (executor != null) {
      return;
    }
    executor =
        Executors.newSingleThreadScheduledExecutor(
            task -> Thread.ofPlatform().daemon().name(name).unstarted(task));
    executor.scheduleWithFixedDelay(this::runPass, 0, period.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void runPass() {
    try {
      pass.run();
    } catch (RuntimeException failure) {
      LOG.warn("{} pass failed: {}", name, failure.getClass().getSimpleName());
    }
  }

  @Override
  public synchronized void close() {
    if (executor == null) {
      return;
    }
    // Let a pass in flight finish: interrupting it would close its database socket mid-query.
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
