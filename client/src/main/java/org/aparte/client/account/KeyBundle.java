package org.aparte.client.account;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;
import org.aparte.crypto.DecryptionFailedException;
import org.aparte.crypto.MalformedInputException;
import org.aparte.crypto.SecretBytes;
import org.aparte.crypto.UnsupportedVersionException;
import org.aparte.crypto.WrongRecordTypeException;
import org.aparte.crypto.keys.EncryptionKeyPair;
import org.aparte.crypto.keys.SigningKeyPair;
import org.aparte.crypto.record.RecordCipher;
import org.aparte.crypto.record.RecordType;
import org.aparte.transparency.EntryKind;
import org.aparte.transparency.KeyEntry;

/**
 * An account's private keys, in memory only: the X-Wing pair that receives wrapped keys, the
 * Ed25519 pair that signs key-log entries, and the 32-byte vault key. On the server it exists only
 * as a {@code key-bundle} record (id: the account id's 16 bytes) under the password's key-wrapping
 * key, and a second copy under the recovery code's wrapping key.
 *
 * <p>Plaintext layout, version 1: {@code 0x01 || u8 n || encryption private key (n) || u8 m ||
 * signing private key (m) || vault key (32)}, the private keys as their {@code encodePrivate()}.
 */
public final class KeyBundle {
  public static final RecordType RECORD_TYPE = RecordType.of("key-bundle");
  private static final int VERSION = 1;
  private static final int VAULT_KEY_LENGTH = 32;

  private final EncryptionKeyPair encryption;
  private final SigningKeyPair signing;
  private final SecretBytes vaultKey;

  private KeyBundle(EncryptionKeyPair encryption, SigningKeyPair signing, SecretBytes vaultKey) {
    this.encryption = encryption;
    this.signing = signing;
    this.vaultKey = vaultKey;
  }

  /** Fresh keys for a new account. */
  public static KeyBundle generate(java.security.SecureRandom random) {
    return new KeyBundle(
        EncryptionKeyPair.generate(random),
        SigningKeyPair.generate(random),
        SecretBytes.random(VAULT_KEY_LENGTH, random));
  }

  public EncryptionKeyPair encryptionKeys() {
    return encryption;
  }

  public SigningKeyPair signingKeys() {
    return signing;
  }

  /**
   * This account's signature over the log entry of one of its own keys (version 1: account keys
   * never rotate).
   */
  public byte[] signOwnEntry(EntryKind kind, UUID accountId) {
    byte[] key =
        switch (kind) {
          case ACCOUNT_ENCRYPTION_KEY -> encryption.publicKey().encoded();
          case ACCOUNT_SIGNING_KEY -> signing.publicKey().encoded();
          default -> throw new IllegalArgumentException("not an account key kind: " + kind);
        };
    return KeyEntry.signByOwner(signing, kind, accountId, 1, key);
  }

  /** The key of the patient's vault record. */
  public SecretBytes vaultKey() {
    return vaultKey;
  }

  /** Seals the bundle as a {@code key-bundle} record under {@code wrappingKey}. */
  public byte[] seal(SecretBytes wrappingKey, UUID accountId, java.security.SecureRandom random) {
    byte[] plaintext = encode();
    try {
      return RecordCipher.seal(wrappingKey, RECORD_TYPE, Ids.bytes(accountId), plaintext, random);
    } finally {
      Arrays.fill(plaintext, (byte) 0);
    }
  }

  /**
   * Opens a sealed bundle.
   *
   * @throws DecryptionFailedException wrong key (password or recovery code), or tampered bytes
   */
  public static KeyBundle open(SecretBytes wrappingKey, UUID accountId, byte[] sealed)
      throws DecryptionFailedException,
          MalformedInputException,
          UnsupportedVersionException,
          WrongRecordTypeException {
    Objects.requireNonNull(sealed, "sealed");
    byte[] plaintext = RecordCipher.open(wrappingKey, RECORD_TYPE, Ids.bytes(accountId), sealed);
    try {
      return decode(plaintext);
    } finally {
      Arrays.fill(plaintext, (byte) 0);
    }
  }

  private byte[] encode() {
    byte[] encryptionPrivate = encryption.encodePrivate().revealCopy();
    byte[] signingPrivate = signing.encodePrivate().revealCopy();
    byte[] vault = vaultKey.revealCopy();
    try {
      var out = new ByteArrayOutputStream();
      out.write(VERSION);
      out.write(encryptionPrivate.length);
      out.writeBytes(encryptionPrivate);
      out.write(signingPrivate.length);
      out.writeBytes(signingPrivate);
      out.writeBytes(vault);
      return out.toByteArray();
    } finally {
      Arrays.fill(encryptionPrivate, (byte) 0);
      Arrays.fill(signingPrivate, (byte) 0);
      Arrays.fill(vault, (byte) 0);
    }
  }

  private static KeyBundle decode(byte[] plaintext)
      throws MalformedInputException, UnsupportedVersionException {
    if (plaintext.length < 1 || plaintext[0] != VERSION) {
      throw new UnsupportedVersionException("key bundle: unknown version");
    }
    int at = 1;
    SecretBytes encryptionPrivate = null;
    SecretBytes signingPrivate = null;
    try {
      int n = length(plaintext, at);
      encryptionPrivate = slice(plaintext, at + 1, n);
      at += 1 + n;
      int m = length(plaintext, at);
      signingPrivate = slice(plaintext, at + 1, m);
      at += 1 + m;
      if (plaintext.length - at != VAULT_KEY_LENGTH) {
        throw new MalformedInputException("key bundle: wrong length");
      }
      SecretBytes vault = slice(plaintext, at, VAULT_KEY_LENGTH);
      return new KeyBundle(
          EncryptionKeyPair.decodePrivate(encryptionPrivate),
          SigningKeyPair.decodePrivate(signingPrivate),
          vault);
    } finally {
      if (encryptionPrivate != null) {
        encryptionPrivate.destroy();
      }
      if (signingPrivate != null) {
        signingPrivate.destroy();
      }
    }
  }

  private static int length(byte[] bytes, int at) throws MalformedInputException {
    if (at >= bytes.length) {
      throw new MalformedInputException("key bundle: truncated");
    }
    return bytes[at] & 0xff;
  }

  private static SecretBytes slice(byte[] bytes, int from, int length)
      throws MalformedInputException {
    if (length == 0 || from + length > bytes.length) {
      throw new MalformedInputException("key bundle: truncated");
    }
    byte[] part = Arrays.copyOfRange(bytes, from, from + length);
    try {
      return SecretBytes.copyOf(part);
    } finally {
      Arrays.fill(part, (byte) 0);
    }
  }

  /** Wipes the vault key; the object must not be used afterwards. */
  public void destroy() {
    vaultKey.destroy();
  }

  @Override
  public String toString() {
    return "KeyBundle[encryption=" + encryption.keyId() + ", private keys REDACTED]";
  }
}
