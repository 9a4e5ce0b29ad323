package org.aparte.store;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.aparte.crypto.SecretBytes;

/**
 * The key under which rate-limit buckets are named: {@code HMAC-SHA256(key, "aparte-rate-limit-v2"
 * 0x00 limiter-name 0x00 limited-key)}. A plain hash of a key from a small space (an address, an
 * account id, a phone number) is reversed by hashing every candidate; under a keyed MAC that needs
 * the key too. It only helps if the key is kept apart from the database (a file or a mounted
 * secret, see {@code docs/threat-model.md}): a key stored in {@code server_secrets} would sit in
 * the same dump as the buckets it protects.
 */
public final class RateLimitKey {
  public static final int LENGTH = 32;
  private static final byte[] DOMAIN = "aparte-rate-limit-v2".getBytes(StandardCharsets.US_ASCII);

  private final SecretBytes key;

  private RateLimitKey(SecretBytes key) {
    this.key = key;
  }

  /** Wraps {@code key}, which must be exactly {@link #LENGTH} bytes. */
  public static RateLimitKey of(SecretBytes key) {
    Objects.requireNonNull(key, "key");
    if (key.length() != LENGTH) {
      throw new IllegalArgumentException("a rate-limit key is " + LENGTH + " bytes");
    }
    return new RateLimitKey(key);
  }

  /** A fresh key: for tests, or a single process whose counts need not survive a restart. */
  public static RateLimitKey random(SecureRandom random) {
    return new RateLimitKey(SecretBytes.random(LENGTH, random));
  }

  /** The bucket id of {@code limitedKey} in the limiter called {@code limiterName}. */
  byte[] bucket(String limiterName, String limitedKey) {
    byte[] raw = key.revealCopy();
    try {
      Mac hmac = Mac.getInstance("HmacSHA256");
      hmac.init(new SecretKeySpec(raw, "HmacSHA256"));
      hmac.update(DOMAIN);
      hmac.update((byte) 0);
      hmac.update(limiterName.getBytes(StandardCharsets.UTF_8));
      hmac.update((byte) 0);
      hmac.update(limitedKey.getBytes(StandardCharsets.UTF_8));
      return hmac.doFinal();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java runtime has HmacSHA256", e);
    } finally {
      Arrays.fill(raw, (byte) 0);
    }
  }

  @Override
  public String toString() {
    return "RateLimitKey[REDACTED]";
  }
}
