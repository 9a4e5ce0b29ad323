package org.aparte.notifier;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.aparte.crypto.envelope.SealedEnvelope;
import org.aparte.crypto.keys.EncryptionPublicKey;
import org.aparte.protocol.reminder.ReminderFormat;
import org.aparte.protocol.reminder.ReminderMessage;
import org.aparte.store.Database;
import org.aparte.store.reminder.ReminderJobStore;
import org.aparte.store.reminder.StoredJob;

/** Test rows: sealed jobs attached to a booking, as the server would. */
final class JobsTable {
  static final SecureRandom RANDOM = new SecureRandom();

  private JobsTable() {}

  static byte[] seal(EncryptionPublicKey key, UUID jobId, ReminderMessage message) {
    return SealedEnvelope.seal(
        key,
        JobOpener.PURPOSE,
        JobOpener.RECORD_TYPE,
        JobOpener.recordId(jobId),
        ReminderFormat.encode(message),
        RANDOM);
  }

  /** Attaches one job, due at its send time; returns its id. */
  static UUID attach(
      Database database, UUID booking, EncryptionPublicKey key, ReminderMessage message) {
    return attach(database, booking, key, message, message.sendAt());
  }

  static UUID attach(
      Database database,
      UUID booking,
      EncryptionPublicKey key,
      ReminderMessage message,
      Instant dueAt) {
    UUID id = UUID.randomUUID();
    byte[] sealed = seal(key, id, message);
    database.transaction(
        c -> {
          List<StoredJob> existing = List.of();
          ReminderJobStore.replace(c, booking, existing);
          ReminderJobStore.replace(c, booking, List.of(new StoredJob(id, dueAt, sealed)));
          return null;
        });
    return id;
  }
}
