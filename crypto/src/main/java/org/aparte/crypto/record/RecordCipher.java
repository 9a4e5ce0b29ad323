package org.aparte.crypto.record;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.aparte.crypto.DecryptionFailedException;
import org.aparte.crypto.MalformedInputException;
import org.aparte.crypto.SecretBytes;
import org.aparte.crypto.UnsupportedVersionException;
import org.aparte.crypto.WrongRecordTypeException;

/**
 * Record encryption: AES-256-GCM (the JDK's) over a padded plaintext, with a 12-byte random nonce
 * picked here and a 16-byte tag. The ciphertext binds the format version, the record type, the
 * nonce and the caller's record id (see {@link RecordFormat}); changing any of them, or opening
 * with another key, fails authentication.
 *
 * <p>Random nonces are safe for the way records are used: a fresh key per record, or a
 * password-derived key that seals a handful of key bundles (far below GCM's 2^32 random-nonce limit
 * per key).
 *
 * <p>Plaintexts hold at most {@link #MAX_PLAINTEXT} bytes; files go through the streaming format.
 */
public final class RecordCipher {
  /** The largest record plaintext: 16 MiB minus the byte that the padding marker needs. */
  public static final int MAX_PLAINTEXT = RecordPadding.MAX_PLAINTEXT;

  private RecordCipher() {}

  /** Seals under a fresh random 32-byte data key, returned for the caller to wrap to recipients. */
  public static SealedRecord sealWithFreshKey(
      RecordType type, byte[] recordId, byte[] plaintext, SecureRandom random) {
    SecretBytes dataKey = SecretBytes.random(RecordFormat.KEY_LENGTH, random);
    return new SealedRecord(dataKey, seal(dataKey, type, recordId, plaintext, random));
  }

  /** Seals under a key the caller holds, e.g. a password-derived key wrapping a key bundle. */
  public static byte[] seal(
      SecretBytes key, RecordType type, byte[] recordId, byte[] plaintext, SecureRandom random) {
    RecordFormat.checkKey(key);
    RecordFormat.checkRecordId(recordId);
    if (type == null || plaintext == null || random == null) {
      throw new IllegalArgumentException("sealing needs a type and a plaintext");
    }
    byte[] padded = RecordPadding.pad(plaintext);
    byte[] nonce = new byte[RecordFormat.NONCE_LENGTH];
    random.nextBytes(nonce);
    byte[] header = RecordFormat.header(type, nonce);
    byte[] ciphertext =
        Arrays.copyOf(header, header.length + padded.length + RecordFormat.TAG_LENGTH);
    byte[] aad = RecordFormat.associatedData(header, header.length, recordId);
    try {
      Cipher gcm = gcm(Cipher.ENCRYPT_MODE, key, nonce);
      gcm.updateAAD(aad);
      gcm.doFinal(padded, 0, padded.length, ciphertext, header.length);
      return ciphertext;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM unavailable or misused", e);
    } finally {
      Arrays.fill(padded, (byte) 0);
    }
  }

  /**
   * Opens a record. The type named in the clear header is checked against {@code expectedType}
   * before anything is decrypted.
   *
   * @throws UnsupportedVersionException the header names an unknown format version
   * @throws MalformedInputException the bytes are not a record (or, with a valid tag, carry bad
   *     padding: a buggy writer)
   * @throws WrongRecordTypeException the record is of another type than expected
   * @throws DecryptionFailedException wrong key, wrong record id, or tampered bytes
   */
  public static byte[] open(
      SecretBytes key, RecordType expectedType, byte[] recordId, byte[] ciphertext)
      throws UnsupportedVersionException,
          MalformedInputException,
          WrongRecordTypeException,
          DecryptionFailedException {
    RecordFormat.checkKey(key);
    RecordFormat.checkRecordId(recordId);
    if (expectedType == null) {
      throw new IllegalArgumentException("opening a record needs the expected type");
    }
    RecordFormat.Parsed parsed = RecordFormat.parse(ciphertext);
    RecordType actual = parsed.header().type();
    if (!actual.equals(expectedType)) {
      throw new WrongRecordTypeException(
          "record is of type '" + actual + "', expected '" + expectedType + "'");
    }
    byte[] padded;
    try {
      Cipher gcm = gcm(Cipher.DECRYPT_MODE, key, parsed.nonce());
      gcm.updateAAD(RecordFormat.associatedData(ciphertext, parsed.bodyOffset(), recordId));
      padded =
          gcm.doFinal(ciphertext, parsed.bodyOffset(), ciphertext.length - parsed.bodyOffset());
    } catch (AEADBadTagException e) {
      throw new DecryptionFailedException(
          "record: authentication failed (altered, moved from another record, or another key)");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM unavailable or misused", e);
    }
    try {
      return RecordPadding.unpad(padded);
    } finally {
      Arrays.fill(padded, (byte) 0);
    }
  }

  /**
   * Reads the clear header of a record ciphertext without any key: version, type and padded length.
   * Succeeds only if the whole ciphertext has the shape of a v1 record.
   */
  public static RecordHeader parseHeader(byte[] ciphertext)
      throws UnsupportedVersionException, MalformedInputException {
    return RecordFormat.parse(ciphertext).header();
  }

  private static Cipher gcm(int mode, SecretBytes key, byte[] nonce)
      throws GeneralSecurityException {
    byte[] raw = key.revealCopy();
    try {
      Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
      gcm.init(
          mode,
          new SecretKeySpec(raw, "AES"),
          new GCMParameterSpec(RecordFormat.TAG_LENGTH * 8, nonce));
      return gcm;
    } finally {
      Arrays.fill(raw, (byte) 0);
    }
  }
}
