package org.aparte.notifier;

import java.time.Clock;
import org.aparte.crypto.keys.EncryptionKeyPair;
import org.aparte.notifier.keys.NotifierKeyring;
import org.aparte.store.Database;
import org.aparte.store.Isolation;
import org.aparte.store.reminder.NotifierKeyStore;

/** Writes the notifier's public keys where the server publishes them from. */
public final class KeyPublisher {
  private KeyPublisher() {}

  public static void publish(Database database, NotifierKeyring keys, Clock clock) {
    database.transaction(
        Isolation.READ_COMMITTED,
        connection -> {
          NotifierKeyStore.publish(
              connection,
              published(keys.current()),
              keys.all().stream()
                  .filter(k -> k != keys.current())
                  .map(KeyPublisher::published)
                  .toList(),
              clock.instant());
          return null;
        });
  }

  private static NotifierKeyStore.Published published(EncryptionKeyPair key) {
    return new NotifierKeyStore.Published(key.keyId().bytes(), key.publicKey().encoded(), false);
  }
}
