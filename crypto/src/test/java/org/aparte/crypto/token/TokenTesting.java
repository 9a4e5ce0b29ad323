package org.aparte.crypto.token;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Random;

/** Shared issuer keys (RSA key generation is slow) and seeded randomness for trials. */
final class TokenTesting {
  static final IssuerKeyPair KEY_A = IssuerKeyPair.generate(2048, new SecureRandom());
  static final IssuerKeyPair KEY_B = IssuerKeyPair.generate(2048, new SecureRandom());

  private TokenTesting() {}

  /** A SecureRandom fully determined by the trial's seed, so failures can be replayed. */
  static SecureRandom seeded(Random random) {
    try {
      SecureRandom seeded = SecureRandom.getInstance("SHA1PRNG");
      seeded.setSeed(random.nextLong());
      return seeded;
    } catch (NoSuchAlgorithmException missing) {
      throw new IllegalStateException(missing);
    }
  }

  static BookingToken issue(IssuerKeyPair issuer, long epoch, SecureRandom random)
      throws Exception {
    PendingToken pending = BookingTokens.request(issuer.publicKey(), epoch, random);
    byte[] blindSignature = BlindRsa.blindSign(issuer, pending.blindedMessage());
    return BookingTokens.complete(issuer.publicKey(), pending, blindSignature);
  }
}
