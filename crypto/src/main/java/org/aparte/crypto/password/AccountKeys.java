package org.aparte.crypto.password;

import java.util.Objects;
import org.aparte.crypto.Hkdf;
import org.aparte.crypto.Labels;
import org.aparte.crypto.SecretBytes;

/**
 * The two keys a password unlocks, each an HKDF-SHA256 subkey of the master key under its own
 * label:
 *
 * <ul>
 *   <li>{@link #authKey()} ({@link Labels#AUTH_KEY}) is sent at login; the server keeps only its
 *       {@link AuthVerifier}.
 *   <li>{@link #keyWrappingKey()} ({@link Labels#KEY_WRAPPING_KEY}) encrypts the user's private
 *       keys and never leaves the device.
 * </ul>
 *
 * Knowing the authentication key tells nothing about the wrapping key: both come from the master
 * key through a one-way function, so the server that sees one at every login cannot compute the
 * other.
 */
public final class AccountKeys {
  private final SecretBytes authKey;
  private final SecretBytes keyWrappingKey;

  private AccountKeys(SecretBytes authKey, SecretBytes keyWrappingKey) {
    this.authKey = authKey;
    this.keyWrappingKey = keyWrappingKey;
  }

  /** Runs Argon2id (slow, on purpose) and derives both keys; the master key is wiped afterwards. */
  public static AccountKeys derive(char[] password, KdfSetup setup) {
    SecretBytes masterKey = PasswordKdf.masterKey(password, setup);
    try {
      return fromMasterKey(masterKey);
    } finally {
      masterKey.destroy();
    }
  }

  /** Derives both keys from a master key obtained with {@link PasswordKdf#masterKey}. */
  public static AccountKeys fromMasterKey(SecretBytes masterKey) {
    Objects.requireNonNull(masterKey, "masterKey");
    return new AccountKeys(
        Hkdf.subkey(masterKey, Labels.AUTH_KEY), Hkdf.subkey(masterKey, Labels.KEY_WRAPPING_KEY));
  }

  public SecretBytes authKey() {
    return authKey;
  }

  public SecretBytes keyWrappingKey() {
    return keyWrappingKey;
  }

  /** Wipes both keys; the object must not be used afterwards. */
  public void destroy() {
    authKey.destroy();
    keyWrappingKey.destroy();
  }

  @Override
  public String toString() {
    return "AccountKeys[REDACTED]";
  }
}
