package org.aparte.store.log;

import org.aparte.crypto.SecretBytes;
import org.aparte.crypto.keys.SigningKeyPair;
import org.aparte.store.ServerSecrets;

/**
 * The log's Ed25519 key: its seed is the server secret {@value #SECRET_NAME}, created on first use
 * and shared by every instance. It signs tree heads only; docs/threat-model.md says what holding it
 * allows.
 */
public final class LogSigningKey {
  public static final String SECRET_NAME = "transparency-log-signing-seed";

  private LogSigningKey() {}

  public static SigningKeyPair load(ServerSecrets secrets) {
    SecretBytes seed = secrets.getOrCreate(SECRET_NAME);
    try {
      return SigningKeyPair.fromSeed(seed);
    } finally {
      seed.destroy();
    }
  }
}
