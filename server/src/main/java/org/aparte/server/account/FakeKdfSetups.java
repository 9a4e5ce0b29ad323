package org.aparte.server.account;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.aparte.crypto.SecretBytes;
import org.aparte.crypto.password.Argon2Params;
import org.aparte.crypto.password.KdfSetup;
import org.aparte.store.ServerSecrets;

/**
 * KDF setups for logins that have no account: the configured costs and a salt of {@code
 * HMAC-SHA256(secret, "aparte/fake-kdf-salt/v1" || 0x00 || login)}, truncated, under a secret kept
 * in the database. The same login always gets the same setup, on every server instance, and nobody
 * without the secret can tell it from a real one.
 */
final class FakeKdfSetups {
  static final String SECRET_NAME = "fake-kdf-salt";
  private static final byte[] LABEL = "aparte/fake-kdf-salt/v1".getBytes(StandardCharsets.US_ASCII);

  private final ServerSecrets secrets;
  private final Argon2Params params;
  private final SecureRandom random;

  FakeKdfSetups(ServerSecrets secrets, Argon2Params params, SecureRandom random) {
    this.secrets = secrets;
    this.params = params;
    this.random = random;
  }

  byte[] forLogin(String login) {
    SecretBytes secret = secrets.getOrCreate(SECRET_NAME);
    byte[] key = secret.revealCopy();
    try {
      Mac hmac = Mac.getInstance("HmacSHA256");
      hmac.init(new SecretKeySpec(key, "HmacSHA256"));
      hmac.update(LABEL);
      hmac.update((byte) 0);
      byte[] salt = hmac.doFinal(login.getBytes(StandardCharsets.UTF_8));
      // The encoding ends with the salt: take a real encoding and put the derived salt in place.
      byte[] encoded = KdfSetup.generate(params, random).encode();
      System.arraycopy(
          salt, 0, encoded, encoded.length - KdfSetup.SALT_LENGTH, KdfSetup.SALT_LENGTH);
      return encoded;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JDK has HMAC-SHA256", e);
    } finally {
      Arrays.fill(key, (byte) 0);
      secret.destroy();
    }
  }
}
