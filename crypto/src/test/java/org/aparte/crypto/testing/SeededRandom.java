package org.aparte.crypto.testing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A {@code SecureRandom} whose whole output is fixed by a seed string: HMAC-SHA-256 in counter mode
 * ({@code block i = HMAC(SHA-256(seed), "aparte-seeded-random-v1" || 0x00 || u64 i)}). For vector
 * files only, so that regenerating them gives the same bytes; never for real keys.
 */
public final class SeededRandom extends SecureRandom {
  private static final long serialVersionUID = 1L;
  private static final byte[] LABEL = "aparte-seeded-random-v1".getBytes(StandardCharsets.US_ASCII);

  private final transient Mac hmac;
  private final byte[] block = new byte[32];
  private int used = block.length;
  private long counter;

  public SeededRandom(String seed) {
    try {
      byte[] key =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(seed.getBytes(StandardCharsets.UTF_8));
      hmac = Mac.getInstance("HmacSHA256");
      hmac.init(new SecretKeySpec(key, "HmacSHA256"));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java runtime has HmacSHA256", e);
    }
  }

  @Override
  public synchronized void nextBytes(byte[] out) {
    for (int i = 0; i < out.length; i++) {
      if (used == block.length) {
        refill();
      }
      out[i] = block[used++];
    }
  }

  @Override
  public byte[] generateSeed(int length) {
    byte[] seed = new byte[length];
    nextBytes(seed);
    return seed;
  }

  /** Ignored: the output depends on the constructor's seed only. */
  @Override
  public void setSeed(byte[] seed) {}

  /** Ignored (also called by {@code java.util.Random}'s constructor). */
  @Override
  public void setSeed(long seed) {}

  @Override
  public String getAlgorithm() {
    return "aparte-seeded-random-v1";
  }

  private void refill() {
    hmac.update(LABEL);
    hmac.update((byte) 0);
    for (int shift = 56; shift >= 0; shift -= 8) {
      hmac.update((byte) (counter >>> shift));
    }
    counter++;
    try {
      hmac.doFinal(block, 0);
    } catch (javax.crypto.ShortBufferException e) {
      throw new IllegalStateException(e);
    }
    used = 0;
  }
}
