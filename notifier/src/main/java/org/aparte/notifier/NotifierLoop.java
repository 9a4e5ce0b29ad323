package org.aparte.notifier;

import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link Notifier#runOnce} on its own thread until closed, pausing for the poll interval when
 * nothing was due. A failing pass (database down) is logged by type and retried after the pause.
 */
public final class NotifierLoop implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(NotifierLoop.class);

  private final Notifier notifier;
  private final NotifierSettings settings;
  private final CountDownLatch stop = new CountDownLatch(1);
  private final Thread thread;

  private NotifierLoop(Notifier notifier, NotifierSettings settings, String threadName) {
    this.notifier = Objects.requireNonNull(notifier, "notifier");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.thread = new Thread(this::loop, threadName);
  }

  public static NotifierLoop start(Notifier notifier, NotifierSettings settings) {
    return start(notifier, settings, "aparte-notifier");
  }

  static NotifierLoop start(Notifier notifier, NotifierSettings settings, String threadName) {
    NotifierLoop loop = new NotifierLoop(notifier, settings, threadName);
    loop.thread.start();
    return loop;
  }

  private void loop() {
    while (stop.getCount() > 0) {
      boolean idle;
      try {
        idle = notifier.runOnce().isEmpty();
      } catch (RuntimeException e) {
        LOG.warn("notifier pass failed: {}", e.getClass().getName());
        idle = true;
      }
      if (idle) {
        try {
          stop.await(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
          return;
        }
      }
    }
  }

  /** Stops after the current pass; a job mid-send finishes (or its lease runs out). */
  @Override
  public void close() {
    stop.countDown();
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
