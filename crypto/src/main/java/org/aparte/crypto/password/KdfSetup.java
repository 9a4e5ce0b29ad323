package org.aparte.crypto.password;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import org.aparte.crypto.ByteReader;
import org.aparte.crypto.MalformedInputException;
import org.aparte.crypto.UnsupportedVersionException;

/**
 * How an account's password becomes its master key: the Argon2id costs and the salt. It is stored
 * with the account and is not secret; the server hands it to any device that names the login
 * identifier, so a new device can derive its keys from the password alone.
 *
 * <p>Encoding, version 1 (27 bytes, integers big-endian):
 *
 * <pre>
 * version     1 byte   0x01
 * algorithm   1 byte   0x01 = Argon2id, version 0x13, 32-byte tag
 * memory      4 bytes  KiB, 8192..1048576
 * iterations  4 bytes  1..10
 * parallelism 1 byte   1..4
 * salt       16 bytes  random
 * </pre>
 */
public final class KdfSetup {
  public static final int VERSION = 0x01;
  public static final int ALGORITHM_ARGON2ID_V19 = 0x01;
  public static final int SALT_LENGTH = 16;
  public static final int ENCODED_LENGTH = 1 + 1 + 4 + 4 + 1 + SALT_LENGTH;

  private final Argon2Params params;
  private final byte[] salt;

  private KdfSetup(Argon2Params params, byte[] salt) {
    this.params = params;
    this.salt = salt;
  }

  /** A setup for a new account (or a password change): the given costs and a fresh salt. */
  public static KdfSetup generate(Argon2Params params, SecureRandom random) {
    Objects.requireNonNull(params, "params");
    byte[] salt = new byte[SALT_LENGTH];
    random.nextBytes(salt);
    return new KdfSetup(params, salt);
  }

  /** Parses an encoded setup, refusing unknown versions, out-of-range costs and any extra byte. */
  public static KdfSetup decode(byte[] encoded)
      throws MalformedInputException, UnsupportedVersionException {
    ByteReader reader = new ByteReader(encoded, "KDF setup");
    int version = reader.readUnsignedByte("version");
    if (version != VERSION) {
      throw new UnsupportedVersionException("KDF setup: unknown version " + version);
    }
    int algorithm = reader.readUnsignedByte("algorithm");
    if (algorithm != ALGORITHM_ARGON2ID_V19) {
      throw new UnsupportedVersionException("KDF setup: unknown algorithm " + algorithm);
    }
    long memoryKiB = reader.readUnsignedInt("memory");
    long iterations = reader.readUnsignedInt("iterations");
    int parallelism = reader.readUnsignedByte("parallelism");
    byte[] salt = reader.readBytes(SALT_LENGTH, "salt");
    reader.requireEnd();
    return new KdfSetup(Argon2Params.fromUntrusted(memoryKiB, iterations, parallelism), salt);
  }

  public byte[] encode() {
    return ByteBuffer.allocate(ENCODED_LENGTH)
        .put((byte) VERSION)
        .put((byte) ALGORITHM_ARGON2ID_V19)
        .putInt(params.memoryKiB())
        .putInt(params.iterations())
        .put((byte) params.parallelism())
        .put(salt)
        .array();
  }

  public Argon2Params params() {
    return params;
  }

  public byte[] salt() {
    return salt.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof KdfSetup setup
        && params.equals(setup.params)
        && Arrays.equals(salt, setup.salt);
  }

  @Override
  public int hashCode() {
    return 31 * params.hashCode() + Arrays.hashCode(salt);
  }

  /** Shows the costs only: the salt is not secret, but it identifies an account. */
  @Override
  public String toString() {
    return "KdfSetup[v1, Argon2id, " + params + "]";
  }
}
