package org.aparte.notifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Several notifier loops in one process, each with its own relay connections (a mailer serialises
 * its sends), sharing the queue through leases exactly as separate processes do. More workers use
 * more cores and overlap one worker's wait for the relay or the database with another's decryption.
 */
public final class NotifierPool implements AutoCloseable {
  /** Upper bound on {@code APARTE_NOTIFIER_WORKERS}; each worker holds its own relay sessions. */
  static final int MAX_WORKERS = 32;

  /** Builds one worker's notifier; called once per worker, so each gets its own senders. */
  @FunctionalInterface
  public interface WorkerFactory {
    Notifier create() throws java.io.IOException;
  }

  private final List<NotifierLoop> loops;

  private NotifierPool(List<NotifierLoop> loops) {
    this.loops = List.copyOf(loops);
  }

  public static NotifierPool start(int workers, WorkerFactory factory, NotifierSettings settings)
      throws java.io.IOException {
    Objects.requireNonNull(factory, "factory");
    if (workers < 1 || workers > MAX_WORKERS) {
      throw new IllegalArgumentException("notifier workers must be 1.." + MAX_WORKERS);
    }
    List<NotifierLoop> started = new ArrayList<>();
    try {
      for (int i = 0; i < workers; i++) {
        started.add(NotifierLoop.start(factory.create(), settings, "aparte-notifier-" + i));
      }
    } catch (java.io.IOException | RuntimeException e) {
      started.forEach(NotifierLoop::close);
      throw e;
    }
    return new NotifierPool(started);
  }

  /**
   * {@code APARTE_NOTIFIER_WORKERS}, or {@code fallback} when unset. Clear error for anything but a
   * whole number in range.
   */
  public static int workers(Map<String, String> env, int fallback) {
    String value = env.get("APARTE_NOTIFIER_WORKERS");
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int workers = Integer.parseInt(value.strip());
      if (workers >= 1 && workers <= MAX_WORKERS) {
        return workers;
      }
    } catch (NumberFormatException e) {
      // Reported below with the accepted range.
    }
    throw new IllegalArgumentException(
        "APARTE_NOTIFIER_WORKERS must be a whole number from 1 to " + MAX_WORKERS);
  }

  public int size() {
    return loops.size();
  }

  /** Stops every worker after its current pass. */
  @Override
  public void close() {
    loops.forEach(NotifierLoop::close);
  }
}
