package org.aparte.crypto.wrap;

import java.io.ByteArrayOutputStream;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import org.aparte.crypto.DecryptionFailedException;
import org.aparte.crypto.Labels;
import org.aparte.crypto.MalformedInputException;
import org.aparte.crypto.SecretBytes;
import org.aparte.crypto.UnsupportedVersionException;
import org.aparte.crypto.WrongRecipientException;
import org.aparte.crypto.keys.EncryptionKeyPair;
import org.aparte.crypto.keys.EncryptionPublicKey;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.hpke.HPKE;
import org.bouncycastle.crypto.hpke.HPKEContext;
import org.bouncycastle.crypto.hpke.HPKEContextWithEncapsulation;

/**
 * Wraps a 32-byte data key to one recipient public key with single-shot HPKE (RFC 9180, base mode),
 * and opens it again.
 *
 * <p>Contract: {@code open} returns the data key only to the holder of the recipient's private key,
 * and only for the same purpose and record id the key was sealed with. HPKE {@code info} is {@code
 * utf8(Labels.WRAP) || 0x00 || utf8(purpose)}; the AEAD associated data is the record id, so a
 * wrapped key copied to another record, or used for another purpose, fails to open.
 */
public final class KeyWrap {
  public static final int DATA_KEY_LENGTH = WrappedKey.DATA_KEY_LENGTH;
  public static final int MAX_RECORD_ID_LENGTH = 255;

  private KeyWrap() {}

  /** Seals {@code dataKey} to {@code recipient}; the suite follows from the recipient's kind. */
  public static byte[] seal(
      SecretBytes dataKey,
      EncryptionPublicKey recipient,
      WrapPurpose purpose,
      byte[] recordId,
      SecureRandom random) {
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(random, "random");
    if (dataKey == null || dataKey.length() != DATA_KEY_LENGTH) {
      throw new IllegalArgumentException("a data key has exactly 32 bytes");
    }
    requireRecordId(recordId);
    WrapSuite suite = WrapSuite.forKeyKind(recipient.kind());
    HPKEContextWithEncapsulation context = setupSender(suite, recipient, info(purpose), random);
    byte[] plaintext = dataKey.revealCopy();
    try {
      byte[] ciphertext = context.seal(recordId, plaintext);
      return WrappedKey.of(suite, recipient.keyId(), context.getEncapsulation(), ciphertext)
          .toBytes();
    } catch (InvalidCipherTextException impossible) {
      throw new IllegalStateException("AES-GCM encryption cannot fail", impossible);
    } finally {
      Arrays.fill(plaintext, (byte) 0);
    }
  }

  /**
   * Opens a wrapped key. Checks, in order: layout (version, suite, exact length), that it is
   * addressed to {@code recipient}, then HPKE authentication.
   */
  public static SecretBytes open(
      byte[] wrapped, EncryptionKeyPair recipient, WrapPurpose purpose, byte[] recordId)
      throws MalformedInputException,
          UnsupportedVersionException,
          WrongRecipientException,
          DecryptionFailedException {
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(purpose, "purpose");
    requireRecordId(recordId);
    WrappedKey parsed = WrappedKey.parse(wrapped);
    if (!parsed.recipient().equals(recipient.keyId())
        || parsed.suite().keyKind() != recipient.kind()) {
      throw new WrongRecipientException("wrapped key: addressed to another key");
    }
    byte[] plaintext = receive(parsed, recipient, info(purpose), recordId);
    try {
      return SecretBytes.copyOf(plaintext);
    } finally {
      Arrays.fill(plaintext, (byte) 0);
    }
  }

  private static HPKEContextWithEncapsulation setupSender(
      WrapSuite suite, EncryptionPublicKey recipient, byte[] info, SecureRandom random) {
    HPKE hpke = suite.hpke();
    byte[] ephemeral = new byte[suite.ephemeralRandomnessLength()];
    random.nextBytes(ephemeral);
    try {
      return switch (suite) {
        case X_WING -> hpke.setupBaseS(recipient.bouncyCastleKey(), info, ephemeral);
        case X25519 ->
            hpke.setupBaseS(recipient.bouncyCastleKey(), info, hpke.deriveKeyPair(ephemeral));
      };
    } finally {
      Arrays.fill(ephemeral, (byte) 0);
    }
  }

  private static byte[] receive(
      WrappedKey parsed, EncryptionKeyPair recipient, byte[] info, byte[] recordId)
      throws DecryptionFailedException {
    try {
      HPKEContext context =
          parsed
              .suite()
              .hpke()
              .setupBaseR(parsed.encapsulation(), recipient.bouncyCastleKeyPair(), info);
      return context.open(recordId, parsed.ciphertext());
    } catch (InvalidCipherTextException tagMismatch) {
      throw new DecryptionFailedException(
          "wrapped key: authentication failed (other key, purpose or record id, or altered)",
          tagMismatch);
    } catch (IllegalStateException allZeroAgreement) {
      // BouncyCastle refuses an X25519 agreement with a low-order point, found in enc.
      throw new DecryptionFailedException("wrapped key: unusable encapsulation", allZeroAgreement);
    }
  }

  static byte[] info(WrapPurpose purpose) {
    ByteArrayOutputStream info = new ByteArrayOutputStream();
    info.writeBytes(Labels.utf8(Labels.WRAP));
    info.write(0x00);
    info.writeBytes(Labels.utf8(purpose.label()));
    return info.toByteArray();
  }

  private static void requireRecordId(byte[] recordId) {
    if (recordId == null || recordId.length == 0 || recordId.length > MAX_RECORD_ID_LENGTH) {
      throw new IllegalArgumentException("a record id has 1 to 255 bytes");
    }
  }
}
