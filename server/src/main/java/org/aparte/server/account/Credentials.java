package org.aparte.server.account;

import java.util.Arrays;
import org.aparte.crypto.SecretBytes;
import org.aparte.crypto.password.AuthVerifier;

/** Checks presented auth keys against stored verifiers, in constant time. */
final class Credentials {
  /** Compared against when the login is unknown, so both paths do the same work. */
  private static final byte[] NO_ACCOUNT = new byte[AuthVerifier.LENGTH];

  private Credentials() {}

  /** Whether {@code presented} is the key behind {@code verifier} (null: no account). */
  static boolean matches(byte[] presented, byte[] verifier) {
    SecretBytes key = SecretBytes.copyOf(presented);
    try {
      boolean matches = AuthVerifier.matches(key, verifier == null ? NO_ACCOUNT : verifier);
      return matches && verifier != null;
    } finally {
      key.destroy();
      Arrays.fill(presented, (byte) 0);
    }
  }

  /** The verifier to store for a presented key; wipes the key. */
  static byte[] verifierOf(byte[] presented) {
    SecretBytes key = SecretBytes.copyOf(presented);
    try {
      return AuthVerifier.of(key);
    } finally {
      key.destroy();
      Arrays.fill(presented, (byte) 0);
    }
  }
}
