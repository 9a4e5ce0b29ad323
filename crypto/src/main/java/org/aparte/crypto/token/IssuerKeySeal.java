package org.aparte.crypto.token;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.aparte.crypto.DecryptionFailedException;
import org.aparte.crypto.Hkdf;
import org.aparte.crypto.Labels;
import org.aparte.crypto.MalformedInputException;
import org.aparte.crypto.SecretBytes;
import org.aparte.crypto.UnsupportedVersionException;

/**
 * Seals an issuer private key for storage: AES-256-GCM under a key derived (HKDF) from a server
 * secret, with the epoch as associated data so a sealed key cannot be moved to another epoch. Wire
 * form: {@code version (0x01) | nonce (12) | ciphertext+tag}.
 */
public final class IssuerKeySeal {
  private static final int VERSION = 1;
  private static final int NONCE_LENGTH = 12;

  private IssuerKeySeal() {}

  public static byte[] seal(
      SecretBytes serverSecret, long epoch, IssuerKeyPair key, SecureRandom random) {
    Objects.requireNonNull(key, "key");
    byte[] nonce = new byte[NONCE_LENGTH];
    random.nextBytes(nonce);
    byte[] plaintext = key.encodePrivate().revealCopy();
    try {
      byte[] sealed = cipher(Cipher.ENCRYPT_MODE, serverSecret, epoch, nonce).doFinal(plaintext);
      return ByteBuffer.allocate(1 + NONCE_LENGTH + sealed.length)
          .put((byte) VERSION)
          .put(nonce)
          .put(sealed)
          .array();
    } catch (GeneralSecurityException impossible) {
      throw new IllegalStateException("AES-GCM encryption failed", impossible);
    } finally {
      Arrays.fill(plaintext, (byte) 0);
    }
  }

  public static IssuerKeyPair open(SecretBytes serverSecret, long epoch, byte[] sealed)
      throws MalformedInputException, UnsupportedVersionException, DecryptionFailedException {
    if (sealed == null || sealed.length < 1 + NONCE_LENGTH + 16) {
      throw new MalformedInputException("sealed issuer key: too short");
    }
    if (sealed[0] != VERSION) {
      throw new UnsupportedVersionException("sealed issuer key: unknown version");
    }
    byte[] nonce = Arrays.copyOfRange(sealed, 1, 1 + NONCE_LENGTH);
    byte[] plaintext;
    try {
      plaintext =
          cipher(Cipher.DECRYPT_MODE, serverSecret, epoch, nonce)
              .doFinal(sealed, 1 + NONCE_LENGTH, sealed.length - 1 - NONCE_LENGTH);
    } catch (GeneralSecurityException wrong) {
      throw new DecryptionFailedException("sealed issuer key: wrong secret, epoch or tampered");
    }
    try {
      return IssuerKeyPair.decodePrivate(SecretBytes.copyOf(plaintext));
    } finally {
      Arrays.fill(plaintext, (byte) 0);
    }
  }

  private static Cipher cipher(int mode, SecretBytes serverSecret, long epoch, byte[] nonce)
      throws GeneralSecurityException {
    byte[] epochBytes = ByteBuffer.allocate(8).putLong(epoch).array();
    byte[] key = Hkdf.subkey(serverSecret, Labels.ISSUER_KEY_SEAL).revealCopy();
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
      cipher.updateAAD(Labels.utf8(Labels.ISSUER_KEY_SEAL));
      cipher.updateAAD(epochBytes);
      return cipher;
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }
}
