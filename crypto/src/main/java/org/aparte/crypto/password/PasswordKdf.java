package org.aparte.crypto.password;

import java.util.Arrays;
import java.util.Objects;
import org.aparte.crypto.SecretBytes;

/**
 * The password's master key: Argon2id over the NFKC/UTF-8 password with the account's {@link
 * KdfSetup}. This is the one slow step; everything else the password unlocks is derived from its
 * result with HKDF (see {@link AccountKeys}), so a stolen database still costs an attacker one
 * Argon2id evaluation per guess.
 */
public final class PasswordKdf {
  private PasswordKdf() {}

  /**
   * Derives the 32-byte master key. Takes the password as {@code char[]} so the caller can wipe it;
   * the intermediate UTF-8 bytes and Argon2id output are wiped here.
   *
   * @throws IllegalArgumentException if the password is empty or not valid Unicode text
   */
  public static SecretBytes masterKey(char[] password, KdfSetup setup) {
    Objects.requireNonNull(setup, "setup");
    byte[] passwordBytes = PasswordEncoding.normalizedUtf8(password);
    byte[] tag = null;
    try {
      tag = Argon2id.hash(passwordBytes, setup.params(), setup.salt());
      return SecretBytes.copyOf(tag);
    } finally {
      Arrays.fill(passwordBytes, (byte) 0);
      if (tag != null) {
        Arrays.fill(tag, (byte) 0);
      }
    }
  }
}
