package org.aparte.server.reminder;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.aparte.crypto.CryptoException;
import org.aparte.crypto.envelope.SealedEnvelope;
import org.aparte.crypto.keys.KeyId;
import org.aparte.crypto.record.RecordType;
import org.aparte.protocol.reminder.ReminderFormat;
import org.aparte.protocol.reminder.SealedReminder;

/**
 * What the server can check of a job without any key: it is a sealed reminder envelope addressed to
 * the notifier's current key, due in the future but within a year (a notice: due now), with an id
 * used once.
 */
final class JobCheck {
  static final RecordType RECORD_TYPE = RecordType.of(ReminderFormat.RECORD_TYPE);
  static final Duration MAX_AHEAD = Duration.ofDays(400);
  static final Duration NOTICE_SKEW = Duration.ofMinutes(30);

  private JobCheck() {}

  static void check(List<SealedReminder> jobs, KeyId currentKey, Instant now) {
    Set<UUID> ids = new HashSet<>();
    for (SealedReminder job : jobs) {
      if (!ids.add(job.jobId())) {
        throw ReminderException.badField("jobs", "must have distinct job ids");
      }
      if (!job.dueAt().isAfter(now) || job.dueAt().isAfter(now.plus(MAX_AHEAD))) {
        throw ReminderException.badField("dueAt", "must be in the future, within 400 days");
      }
      checkEnvelope(job, currentKey);
    }
  }

  /** A notice is due now: its quarter hour, give or take one for clock skew. */
  static void checkNotice(SealedReminder job, KeyId currentKey, Instant now) {
    if (job.dueAt().isBefore(now.minus(NOTICE_SKEW))
        || job.dueAt().isAfter(now.plus(NOTICE_SKEW))) {
      throw ReminderException.badField("dueAt", "must be the current quarter hour");
    }
    checkEnvelope(job, currentKey);
  }

  private static void checkEnvelope(SealedReminder job, KeyId currentKey) {
    SealedEnvelope.Parsed parsed;
    try {
      parsed = SealedEnvelope.parse(job.sealed());
    } catch (CryptoException e) {
      throw ReminderException.badField("sealed", "is not a sealed envelope");
    }
    if (!parsed.type().equals(RECORD_TYPE)) {
      throw ReminderException.badField("sealed", "must be a reminder job");
    }
    if (!parsed.recipient().equals(currentKey)) {
      throw ReminderException.conflict(
          "stale_notifier_key", "jobs must be sealed to the notifier's current key");
    }
  }
}
