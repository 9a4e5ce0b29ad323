package org.aparte.crypto.password;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * BouncyCastle's Argon2id, configured in exactly one place. The RFC 9106 test vector goes through
 * {@link #configure} too (adding the secret and associated data our API never uses), so the vector
 * checks the same configuration our keys are derived with.
 */
final class Argon2id {
  static final int TAG_LENGTH = 32;

  private Argon2id() {}

  /** Argon2id, version 0x13, with the given costs and salt; no secret, no associated data. */
  static Argon2Parameters.Builder configure(
      int memoryKiB, int iterations, int parallelism, byte[] salt) {
    return new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
        .withVersion(Argon2Parameters.ARGON2_VERSION_13)
        .withMemoryAsKB(memoryKiB)
        .withIterations(iterations)
        .withParallelism(parallelism)
        .withSalt(salt);
  }

  static byte[] hash(byte[] password, Argon2Params params, byte[] salt) {
    return hash(
        password,
        configure(params.memoryKiB(), params.iterations(), params.parallelism(), salt).build());
  }

  static byte[] hash(byte[] password, Argon2Parameters parameters) {
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(parameters);
    byte[] tag = new byte[TAG_LENGTH];
    generator.generateBytes(password, tag);
    return tag;
  }
}
