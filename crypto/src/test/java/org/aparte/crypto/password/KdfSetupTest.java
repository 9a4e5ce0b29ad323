package org.aparte.crypto.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import org.aparte.crypto.CryptoException;
import org.aparte.crypto.MalformedInputException;
import org.aparte.crypto.UnsupportedVersionException;
import org.aparte.crypto.testing.Trials;
import org.junit.jupiter.api.Test;

class KdfSetupTest {
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A v1 setup with the given fields, built by hand (not by the encoder under test). */
  private static byte[] encoded(
      int version, int algorithm, long memory, long iterations, int parallelism, int saltLength) {
    ByteBuffer out = ByteBuffer.allocate(11 + saltLength);
    out.put((byte) version).put((byte) algorithm);
    out.putInt((int) memory).putInt((int) iterations).put((byte) parallelism);
    out.put(new byte[saltLength]);
    return out.array();
  }

  private static byte[] valid() {
    return encoded(1, 1, 65536, 3, 1, 16);
  }

  @Test
  void encodingHasTheDocumentedLayout() throws Exception {
    KdfSetup setup = KdfSetup.generate(new Argon2Params(65536, 3, 2), RANDOM);

    byte[] bytes = setup.encode();

    assertThat(bytes).hasSize(27);
    assertThat(HexFormat.of().formatHex(Arrays.copyOf(bytes, 11)))
        .isEqualTo("0101" + "00010000" + "00000003" + "02");
    assertThat(Arrays.copyOfRange(bytes, 11, 27)).isEqualTo(setup.salt());
  }

  @Test
  void encodeThenDecodeGivesTheSameSetup() {
    Trials.forAll(
        200,
        random -> {
          Argon2Params params =
              new Argon2Params(
                  8192 + random.nextInt(1024 * 1024 - 8192 + 1),
                  1 + random.nextInt(10),
                  1 + random.nextInt(4));
          KdfSetup setup = KdfSetup.generate(params, RANDOM);

          KdfSetup decoded = KdfSetup.decode(setup.encode());

          assertThat(decoded).isEqualTo(setup);
          assertThat(decoded.params()).isEqualTo(params);
          assertThat(decoded.salt()).isEqualTo(setup.salt());
        });
  }

  @Test
  void everySetupGetsAFreshSalt() {
    KdfSetup first = KdfSetup.generate(Argon2Params.DEFAULT, RANDOM);
    KdfSetup second = KdfSetup.generate(Argon2Params.DEFAULT, RANDOM);

    assertThat(first.salt()).hasSize(16).isNotEqualTo(second.salt());
    assertThat(first).isNotEqualTo(second);
  }

  @Test
  void unknownVersionOrAlgorithmIsUnsupported() {
    assertThatThrownBy(() -> KdfSetup.decode(encoded(2, 1, 65536, 3, 1, 16)))
        .isInstanceOf(UnsupportedVersionException.class)
        .hasMessageContaining("version 2");
    assertThatThrownBy(() -> KdfSetup.decode(encoded(0, 1, 65536, 3, 1, 16)))
        .isInstanceOf(UnsupportedVersionException.class);
    assertThatThrownBy(() -> KdfSetup.decode(encoded(1, 2, 65536, 3, 1, 16)))
        .isInstanceOf(UnsupportedVersionException.class)
        .hasMessageContaining("algorithm 2");
  }

  @Test
  void everyTruncationIsMalformed() {
    byte[] valid = valid();
    for (int length = 0; length < valid.length; length++) {
      byte[] truncated = Arrays.copyOf(valid, length);
      assertThatThrownBy(() -> KdfSetup.decode(truncated))
          .as("length %d", length)
          .isInstanceOf(MalformedInputException.class);
    }
    assertThatThrownBy(() -> KdfSetup.decode(null)).isInstanceOf(MalformedInputException.class);
  }

  @Test
  void trailingBytesAreMalformed() {
    assertThatThrownBy(() -> KdfSetup.decode(encoded(1, 1, 65536, 3, 1, 17)))
        .isInstanceOf(MalformedInputException.class)
        .hasMessageContaining("trailing");
  }

  @Test
  void absurdCostsFromTheServerAreRefused() {
    long[][] refused = {
      {1024, 3, 1},
      {8191, 3, 1},
      {1024 * 1024 + 1, 3, 1},
      {0xFFFFFFFFL, 3, 1},
      {65536, 0, 1},
      {65536, 11, 1},
      {65536, 0xFFFFFFFFL, 1},
      {65536, 3, 0},
      {65536, 3, 5},
      {65536, 3, 255},
    };
    for (long[] costs : refused) {
      byte[] bytes = encoded(1, 1, costs[0], costs[1], (int) costs[2], 16);
      assertThatThrownBy(() -> KdfSetup.decode(bytes))
          .as(Arrays.toString(costs))
          .isInstanceOf(MalformedInputException.class);
    }
  }

  @Test
  void randomBytesOnlyEverRaiseCryptoExceptions() {
    Trials.forAll(
        2000,
        random -> {
          byte[] input = Trials.bytes(random, random.nextInt(40));
          if (random.nextBoolean() && input.length >= 2) {
            input[0] = 1; // get past the version and algorithm checks half of the time
            input[1] = 1;
          }
          try {
            KdfSetup.decode(input);
          } catch (CryptoException expected) {
            // the only acceptable failure
          }
        });
  }

  @Test
  void singleByteChangesOfAValidSetupNeverEscapeTheTypedErrors() {
    Trials.forAll(
        2000,
        random -> {
          byte[] mutated = valid();
          mutated[random.nextInt(mutated.length)] = (byte) random.nextInt(256);
          try {
            KdfSetup decoded = KdfSetup.decode(mutated);
            assertThat(decoded.encode()).isEqualTo(mutated);
          } catch (CryptoException expected) {
            // the only acceptable failure
          }
        });
  }

  @Test
  void toStringShowsTheCostsButNotTheSalt() {
    KdfSetup setup = KdfSetup.generate(Argon2Params.DEFAULT, RANDOM);

    assertThat(setup.toString())
        .contains("65536")
        .doesNotContain(HexFormat.of().formatHex(setup.salt()));
  }
}
