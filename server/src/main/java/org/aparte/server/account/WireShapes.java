package org.aparte.server.account;

import org.aparte.crypto.CryptoException;
import org.aparte.crypto.keys.EncryptionPublicKey;
import org.aparte.crypto.keys.KeyKind;
import org.aparte.crypto.keys.SigningPublicKey;
import org.aparte.crypto.password.KdfSetup;
import org.aparte.crypto.record.RecordCipher;
import org.aparte.crypto.record.RecordType;
import org.aparte.server.errors.BadRequestException;

/**
 * Shape checks on what clients upload: the server cannot read any of it, but it can refuse what is
 * not a KDF setup, a record of the expected type, or a usable public key. Messages name the field
 * and the rule, never the value.
 */
final class WireShapes {
  static final RecordType KEY_BUNDLE = RecordType.of("key-bundle");
  static final RecordType VAULT = RecordType.of("vault");

  private WireShapes() {}

  static void kdfSetup(String field, byte[] encoded) {
    try {
      KdfSetup.decode(encoded);
    } catch (CryptoException e) {
      throw new BadRequestException(field, "must be a valid KDF setup");
    }
  }

  static void record(String field, byte[] ciphertext, RecordType expected) {
    try {
      if (!RecordCipher.parseHeader(ciphertext).type().equals(expected)) {
        throw new BadRequestException(field, "must be a record of type " + expected);
      }
    } catch (CryptoException e) {
      throw new BadRequestException(field, "must be a record of type " + expected);
    }
  }

  static void encryptionKey(String field, byte[] encoded) {
    try {
      if (EncryptionPublicKey.decode(encoded).kind() != KeyKind.X_WING) {
        throw new BadRequestException(field, "must be an X-Wing public key");
      }
    } catch (CryptoException e) {
      throw new BadRequestException(field, "must be an X-Wing public key");
    }
  }

  static void signingKey(String field, byte[] encoded) {
    try {
      SigningPublicKey.decode(encoded);
    } catch (CryptoException e) {
      throw new BadRequestException(field, "must be an Ed25519 public key");
    }
  }
}
