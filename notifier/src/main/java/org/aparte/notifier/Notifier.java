package org.aparte.notifier;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.aparte.notifier.send.ReminderSender;
import org.aparte.notifier.send.SendFailedException;
import org.aparte.protocol.reminder.ReminderChannel;
import org.aparte.protocol.reminder.ReminderMessage;
import org.aparte.protocol.reminder.SealedReminder;
import org.aparte.store.Database;
import org.aparte.store.Isolation;
import org.aparte.store.reminder.ClaimedJob;
import org.aparte.store.reminder.NotifierQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Claims due jobs under a lease, opens each, sends it, and deletes it. A job is deleted only after
 * its relay accepted it, so a crash loses nothing: the lease runs out and another pass sends it.
 * The one duplicate window is between a relay's acceptance and the delete's commit.
 */
public final class Notifier {
  private static final Logger LOG = LoggerFactory.getLogger(Notifier.class);
  static final Duration CODE_LATENESS = Duration.ofMinutes(30);

  private final Database database;
  private final JobOpener opener;
  private final ReminderSender sender;
  private final Clock clock;
  private final NotifierSettings settings;

  public Notifier(
      Database database,
      JobOpener opener,
      ReminderSender sender,
      Clock clock,
      NotifierSettings settings) {
    this.database = Objects.requireNonNull(database, "database");
    this.opener = Objects.requireNonNull(opener, "opener");
    this.sender = Objects.requireNonNull(sender, "sender");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /** One pass: claims up to a batch of due jobs and handles each; returns the outcomes. */
  public Map<Outcome, Integer> runOnce() {
    Instant now = clock.instant();
    UUID token = UUID.randomUUID();
    List<ClaimedJob> jobs =
        database.transaction(
            Isolation.READ_COMMITTED,
            c ->
                NotifierQueue.claim(
                    c, now, now.plus(settings.lease()), settings.batchSize(), token));
    Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
    Instant stopSendingAt = now.plus(settings.lease()).minus(settings.lease().dividedBy(4));
    for (ClaimedJob job : jobs) {
      if (clock.instant().isAfter(stopSendingAt)) {
        // Near the lease's end another worker may claim the rest: leave them to it rather than
        // race it into a duplicate.
        outcomes.merge(Outcome.LEFT_FOR_LATER, jobs.size() - handledSoFar(outcomes), Integer::sum);
        break;
      }
      Outcome outcome = handle(job);
      outcomes.merge(outcome, 1, Integer::sum);
      LOG.info("job {} {}", job.id(), outcome);
    }
    return outcomes;
  }

  private static int handledSoFar(Map<Outcome, Integer> outcomes) {
    return outcomes.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** Passes until none finds a due job. */
  public int drain() {
    int handled = 0;
    while (true) {
      int count = runOnce().values().stream().mapToInt(Integer::intValue).sum();
      if (count == 0) {
        return handled;
      }
      handled += count;
    }
  }

  Outcome handle(ClaimedJob job) {
    if (job.isVerification()) {
      return handleVerification(job);
    }
    ReminderMessage message;
    try {
      message = opener.open(job.id(), job.sealed());
    } catch (UnopenableJobException e) {
      LOG.warn("job {} unopenable: {}", job.id(), e.getMessage());
      return fail(job, true);
    }
    Instant now = clock.instant();
    if (message.sendAt().isAfter(now)) {
      // The stored due time is earlier than the sealed one (moved by someone): wait for the real
      // one, rounded up so that the next claim finds it due.
      Instant due = ceilToGranularity(message.sendAt());
      database.transaction(
          Isolation.READ_COMMITTED,
          c -> {
            NotifierQueue.postpone(c, job, due);
            return null;
          });
      return Outcome.POSTPONED;
    }
    if (message.channel() == ReminderChannel.NONE) {
      done(job);
      return Outcome.COVER_DROPPED;
    }
    if (Duration.between(message.sendAt(), now).compareTo(settings.maxLateness()) > 0) {
      done(job);
      return Outcome.EXPIRED;
    }
    return send(job, message);
  }

  /**
   * A verification code goes out as soon as it is claimed, or not at all once it has surely expired
   * (its code lives 15 minutes from a start no earlier than the due time).
   */
  private Outcome handleVerification(ClaimedJob job) {
    Instant now = clock.instant();
    if (now.isAfter(job.dueAt().plus(CODE_LATENESS))) {
      done(job);
      return Outcome.EXPIRED;
    }
    ReminderMessage message;
    try {
      message = opener.openVerification(job.id(), job.sealed(), job.sealedCode(), now);
    } catch (UnopenableJobException e) {
      LOG.warn("job {} unopenable: {}", job.id(), e.getMessage());
      return fail(job, true);
    }
    return send(job, message);
  }

  private Outcome send(ClaimedJob job, ReminderMessage message) {
    try {
      sender.send(message);
    } catch (SendFailedException e) {
      LOG.warn("job {} send failed: {}", job.id(), e.getMessage());
      return fail(job, false);
    }
    done(job);
    return Outcome.SENT;
  }

  private void done(ClaimedJob job) {
    // A crash of the database may undo this commit: the job is then sent once more.
    database.transaction(
        Isolation.READ_COMMITTED_ASYNC_COMMIT,
        c -> {
          NotifierQueue.done(c, job.id());
          return null;
        });
  }

  private Outcome fail(ClaimedJob job, boolean permanent) {
    int failures = job.attempts() + 1;
    Instant retryAt = clock.instant().plus(settings.backoff().delayAfter(failures));
    int maxAttempts = permanent ? 1 : settings.backoff().maxAttempts();
    boolean dead =
        database.transaction(
            Isolation.READ_COMMITTED, c -> NotifierQueue.failed(c, job, retryAt, maxAttempts));
    return dead ? Outcome.DEAD : Outcome.RETRY;
  }

  static Instant ceilToGranularity(Instant instant) {
    Instant floor = SealedReminder.floorToGranularity(instant);
    return floor.equals(instant)
        ? floor
        : floor.plusSeconds(SealedReminder.DUE_GRANULARITY_SECONDS);
  }
}
