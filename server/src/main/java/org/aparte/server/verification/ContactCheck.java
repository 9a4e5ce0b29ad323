package org.aparte.server.verification;

import java.sql.Connection;
import java.sql.SQLException;
import org.aparte.crypto.CryptoException;
import org.aparte.crypto.envelope.SealedEnvelope;
import org.aparte.crypto.keys.EncryptionPublicKey;
import org.aparte.crypto.record.RecordType;
import org.aparte.protocol.verification.VerificationCodeFormat;
import org.aparte.store.reminder.NotifierKeyStore;

/**
 * What the server can check of a sealed contact without any private key: it is a contact envelope
 * addressed to the notifier's current key. Returns that key, to seal the code to it as well.
 */
final class ContactCheck {
  private static final RecordType TYPE = RecordType.of(VerificationCodeFormat.CONTACT_TYPE);

  private ContactCheck() {}

  static EncryptionPublicKey check(Connection connection, byte[] sealedContact)
      throws SQLException {
    SealedEnvelope.Parsed parsed;
    try {
      parsed = SealedEnvelope.parse(sealedContact);
    } catch (CryptoException e) {
      throw VerificationException.badField("sealedContact", "is not a sealed envelope");
    }
    if (!parsed.type().equals(TYPE)) {
      throw VerificationException.badField("sealedContact", "must be a verification contact");
    }
    NotifierKeyStore.Published current =
        NotifierKeyStore.list(connection).stream()
            .filter(NotifierKeyStore.Published::current)
            .findFirst()
            .orElseThrow(
                () ->
                    VerificationException.conflict(
                        "no_notifier_key", "no notifier has published a key yet"));
    EncryptionPublicKey key;
    try {
      key = EncryptionPublicKey.decode(current.publicKey());
    } catch (CryptoException e) {
      throw new IllegalStateException("the published notifier key does not decode", e);
    }
    if (!parsed.recipient().equals(key.keyId())) {
      throw VerificationException.conflict(
          "stale_notifier_key", "the contact must be sealed to the notifier's current key");
    }
    return key;
  }
}
