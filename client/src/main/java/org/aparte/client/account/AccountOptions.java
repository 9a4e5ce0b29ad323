package org.aparte.client.account;

import java.security.SecureRandom;
import java.util.Objects;
import org.aparte.crypto.password.Argon2Params;

/**
 * How this SDK makes and accepts password derivations.
 *
 * @param random the source of every key, salt, nonce and id the SDK makes
 * @param registrationParams the Argon2id costs for new accounts and password changes
 * @param minimumParams the weakest costs accepted from a server for an existing account: a server
 *     (or someone in its place) could otherwise hand a new device cheap costs and then test
 *     password guesses against the auth key the device sends. Lower it only in tests.
 */
public record AccountOptions(
    SecureRandom random, Argon2Params registrationParams, Argon2Params minimumParams) {
  public AccountOptions {
    Objects.requireNonNull(random, "random");
    Objects.requireNonNull(registrationParams, "registrationParams");
    Objects.requireNonNull(minimumParams, "minimumParams");
    if (!meets(registrationParams, minimumParams)) {
      throw new IllegalArgumentException("registration costs must meet the minimum");
    }
  }

  /** Production: {@link Argon2Params#DEFAULT} for new passwords and as the floor. */
  public static AccountOptions defaults() {
    return new AccountOptions(new SecureRandom(), Argon2Params.DEFAULT, Argon2Params.DEFAULT);
  }

  /**
   * Cheap costs for tests only (8 MiB, one pass), used both for new passwords and as the floor.
   * Never use this for real accounts.
   */
  public static AccountOptions insecureForTests() {
    Argon2Params cheap = new Argon2Params(Argon2Params.MIN_MEMORY_KIB, 1, 1);
    return new AccountOptions(new SecureRandom(), cheap, cheap);
  }

  /** Whether {@code params} costs at least as much as {@code floor} in memory and passes. */
  static boolean meets(Argon2Params params, Argon2Params floor) {
    return params.memoryKiB() >= floor.memoryKiB() && params.iterations() >= floor.iterations();
  }
}
