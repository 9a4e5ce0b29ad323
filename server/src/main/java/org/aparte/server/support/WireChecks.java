package org.aparte.server.support;

import org.aparte.crypto.CryptoException;
import org.aparte.crypto.keys.EncryptionPublicKey;
import org.aparte.crypto.keys.KeyId;
import org.aparte.crypto.keys.KeyKind;
import org.aparte.crypto.record.RecordCipher;
import org.aparte.crypto.record.RecordType;
import org.aparte.crypto.wrap.WrappedKey;
import org.aparte.protocol.support.SealedItem;
import org.aparte.server.errors.BadRequestException;

/** Shape checks on what clients seal: the server cannot open it, but can refuse garbage. */
final class WireChecks {
  static final RecordType MESSAGE = RecordType.of("support-message");
  static final RecordType DISCLOSURE = RecordType.of("support-disclosure");

  private WireChecks() {}

  static KeyId keyId(String field, byte[] encoded) {
    try {
      EncryptionPublicKey key = EncryptionPublicKey.decode(encoded);
      if (key.kind() != KeyKind.X_WING) {
        throw new BadRequestException(field, "must be an X-Wing public key");
      }
      return key.keyId();
    } catch (CryptoException e) {
      throw new BadRequestException(field, "is not a valid public key");
    }
  }

  /** A wrapped key must parse and be addressed to {@code recipient}. */
  static void wrap(String field, byte[] wrapped, KeyId recipient) {
    try {
      if (!WrappedKey.parse(wrapped).recipient().equals(recipient)) {
        throw new BadRequestException(field, "is not addressed to the expected key");
      }
    } catch (CryptoException e) {
      throw new BadRequestException(field, "is not a valid wrapped key");
    }
  }

  static void record(String field, byte[] ciphertext, RecordType type) {
    try {
      if (!RecordCipher.parseHeader(ciphertext).type().equals(type)) {
        throw new BadRequestException(field, "is not a " + type + " record");
      }
    } catch (CryptoException e) {
      throw new BadRequestException(field, "is not a valid record");
    }
  }

  /** A message-like item: a support-message record, wrapped to the team key and the owner. */
  static void item(String field, SealedItem item, KeyId team, KeyId owner) {
    record(field + ".ciphertext", item.ciphertext(), MESSAGE);
    wrap(field + ".teamKey", item.teamKey(), team);
    wrap(field + ".ownerKey", item.ownerKey(), owner);
  }
}
