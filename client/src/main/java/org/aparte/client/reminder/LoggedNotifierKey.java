package org.aparte.client.reminder;

import java.io.IOException;
import org.aparte.client.ApiError;
import org.aparte.client.log.KeyDirectory;
import org.aparte.client.log.LogVerificationException;
import org.aparte.client.log.UnloggedKeyException;
import org.aparte.crypto.CryptoException;
import org.aparte.crypto.keys.EncryptionPublicKey;
import org.aparte.protocol.reminder.NotifierKey;
import org.aparte.protocol.reminder.NotifierKeys;

/**
 * The notifier's current key, accepted only once the transparency log shows it under the version
 * the server names: a server that hands one patient a key of its own must log it for all to see.
 */
final class LoggedNotifierKey {
  private LoggedNotifierKey() {}

  static EncryptionPublicKey require(NotifierKeys keys, KeyDirectory logged)
      throws IOException, ApiError, LogVerificationException {
    NotifierKey current =
        keys.keys().stream()
            .filter(NotifierKey::current)
            .findFirst()
            .orElseThrow(() -> new NoNotifierKeyException());
    if (current.logVersion() == null) {
      throw new UnloggedKeyException(
          "the server offered a notifier key without its log version; refusing to use it");
    }
    logged.requireLoggedNotifierKey(current.logVersion(), current.publicKey());
    try {
      return EncryptionPublicKey.decode(current.publicKey());
    } catch (CryptoException e) {
      throw new IOException("the published notifier key does not decode", e);
    }
  }
}
