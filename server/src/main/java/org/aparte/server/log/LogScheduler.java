package org.aparte.server.log;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.aparte.server.BackgroundTask;
import org.aparte.store.log.LogSequencer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs {@link LogSequencer#sequenceOnce()} at a fixed delay on one daemon thread. */
public final class LogScheduler implements BackgroundTask {
  private static final Logger LOG = LoggerFactory.getLogger(LogScheduler.class);

  private final LogSequencer sequencer;
  private final Duration period;
  private ScheduledExecutorService executor;

  public LogScheduler(LogSequencer sequencer, Duration period) {
    this.sequencer = sequencer;
    this.period = period;
  }

  @Override
  public synchronized void start() {
    if (executor != null) {
      return;
    }
    executor =
        Executors.newSingleThreadScheduledExecutor(
            task -> Thread.ofPlatform().daemon().name("log-sequencer").unstarted(task));
    executor.scheduleWithFixedDelay(this::pass, 0, period.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void pass() {
    try {
      sequencer.sequenceOnce();
    } catch (RuntimeException failure) {
      // The queue is intact after a failed pass; the next pass retries. Entries are public, but
      // the line still names only the failure's type.
      LOG.warn("log sequencer pass failed: {}", failure.getClass().getSimpleName());
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
