package org.aparte.server.verification;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.aparte.crypto.keys.EncryptionPublicKey;
import org.aparte.protocol.reminder.SealedReminder;
import org.aparte.protocol.verification.StartVerificationRequest;
import org.aparte.protocol.verification.StartVerificationResponse;
import org.aparte.server.errors.RateLimitedException;
import org.aparte.store.Database;
import org.aparte.store.Isolation;
import org.aparte.store.RateLimiter;
import org.aparte.store.reminder.ReminderJobStore;
import org.aparte.store.reminder.StoredJob;
import org.aparte.store.verification.ContactVerifications;
import org.aparte.store.verification.PendingVerification;

/**
 * Contact verification: queues the client's sealed contact with a code the server draws and seals
 * to the notifier, keeps the code's salted hash, and checks the code the user types back. The
 * caller has checked the session. A new verification replaces the account's pending one.
 */
public final class VerificationService {
  public static final Duration LIFETIME = Duration.ofMinutes(15);
  public static final int MAX_ATTEMPTS = 5;

  private final Database database;
  private final Clock clock;
  private final RateLimiter starts;
  private final VerificationCodes codes;
  private final CodeSealer sealer;

  public VerificationService(
      Database database, Clock clock, SecureRandom random, RateLimiter starts) {
    this.database = Objects.requireNonNull(database, "database");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.starts = Objects.requireNonNull(starts, "starts");
    this.codes = new VerificationCodes(random);
    this.sealer = new CodeSealer(random);
  }

  public StartVerificationResponse start(UUID accountId, StartVerificationRequest request) {
    RateLimiter.Decision decision = starts.acquire(accountId.toString());
    if (!decision.allowed()) {
      throw new RateLimitedException(
          "verification_rate_limited",
          "too many verification codes asked for; try again later",
          decision.retryAfter());
    }
    Instant now = clock.instant();
    Instant expiresAt = now.plus(LIFETIME);
    UUID id = request.jobId();
    database.transaction(
        Isolation.READ_COMMITTED,
        connection -> {
          EncryptionPublicKey notifier = ContactCheck.check(connection, request.sealedContact());
          if (ReminderJobStore.idTaken(connection, id)) {
            throw VerificationException.conflict("job_id_taken", "a job id is already in use");
          }
          // Expired rows of every account go here, as sessions go at login: no background task.
          ContactVerifications.purgeExpired(connection, now);
          ContactVerifications.deleteForAccount(connection, accountId);
          String code = codes.draw();
          byte[] salt = codes.salt();
          ContactVerifications.insert(
              connection,
              new PendingVerification(
                  id, accountId, salt, VerificationCodes.hash(salt, code), expiresAt, 0));
          StoredJob job =
              new StoredJob(id, SealedReminder.floorToGranularity(now), request.sealedContact());
          ReminderJobStore.insertVerification(connection, job, sealer.seal(notifier, id, code));
          return null;
        });
    return new StartVerificationResponse(id, expiresAt, MAX_ATTEMPTS);
  }

  /** Checks a code; on success the account is verified and the pending verification is gone. */
  public void confirm(UUID accountId, UUID id, String code) {
    Instant now = clock.instant();
    ConfirmOutcome outcome =
        database.transaction(
            Isolation.READ_COMMITTED,
            connection -> {
              var found = ContactVerifications.lock(connection, id, accountId);
              if (found.isEmpty()) {
                return ConfirmOutcome.NOT_FOUND;
              }
              PendingVerification pending = found.get();
              if (!now.isBefore(pending.expiresAt())) {
                ContactVerifications.delete(connection, id);
                return ConfirmOutcome.EXPIRED;
              }
              if (VerificationCodes.matches(pending.codeSalt(), pending.codeHash(), code)) {
                ContactVerifications.delete(connection, id);
                ContactVerifications.markVerified(connection, accountId, now);
                return ConfirmOutcome.VERIFIED;
              }
              if (pending.attempts() + 1 >= MAX_ATTEMPTS) {
                ContactVerifications.delete(connection, id);
                return ConfirmOutcome.EXHAUSTED;
              }
              ContactVerifications.countWrongAttempt(connection, id);
              return ConfirmOutcome.wrong(MAX_ATTEMPTS - pending.attempts() - 1);
            });
    // Thrown after the commit, so that a wrong attempt is counted.
    switch (outcome.kind()) {
      case VERIFIED -> {}
      case NOT_FOUND -> throw VerificationException.notFound();
      case EXPIRED -> throw VerificationException.expired();
      case EXHAUSTED -> throw VerificationException.exhausted();
      case WRONG -> throw VerificationException.wrongCode(outcome.attemptsLeft());
    }
  }

  public boolean isVerified(UUID accountId) {
    return database.transaction(
        Isolation.READ_COMMITTED,
        connection -> ContactVerifications.isVerified(connection, accountId));
  }
}
