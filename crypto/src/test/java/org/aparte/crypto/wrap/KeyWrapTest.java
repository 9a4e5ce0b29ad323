package org.aparte.crypto.wrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Random;
import org.aparte.crypto.DecryptionFailedException;
import org.aparte.crypto.MalformedInputException;
import org.aparte.crypto.SecretBytes;
import org.aparte.crypto.UnsupportedVersionException;
import org.aparte.crypto.WrongRecipientException;
import org.aparte.crypto.keys.EncryptionKeyPair;
import org.aparte.crypto.keys.KeyKind;
import org.aparte.crypto.keys.ScriptedRandom;
import org.aparte.crypto.testing.Trials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class KeyWrapTest {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final WrapPurpose BOOKING = WrapPurpose.of("booking");
  private static final String[] PURPOSES = {"booking", "vault", "practice-key", "a"};

  @ParameterizedTest
  @EnumSource(WrapSuite.class)
  void sealThenOpenGivesBackTheDataKey(WrapSuite suite) {
    EncryptionKeyPair recipient = EncryptionKeyPair.generate(suite.keyKind(), RANDOM);
    Trials.forAll(
        suite == WrapSuite.X_WING ? 25 : 100,
        random -> {
          SecretBytes dataKey = SecretBytes.copyOf(Trials.bytes(random, 32));
          WrapPurpose purpose = WrapPurpose.of(PURPOSES[random.nextInt(PURPOSES.length)]);
          byte[] recordId = Trials.bytes(random, 1 + random.nextInt(255));

          byte[] wrapped = KeyWrap.seal(dataKey, recipient.publicKey(), purpose, recordId, RANDOM);

          assertThat(KeyWrap.open(wrapped, recipient, purpose, recordId)).isEqualTo(dataKey);
        });
  }

  @ParameterizedTest
  @EnumSource(WrapSuite.class)
  void layoutIsVersionSuiteKeyIdEncCiphertext(WrapSuite suite) throws Exception {
    EncryptionKeyPair recipient = EncryptionKeyPair.generate(suite.keyKind(), RANDOM);

    byte[] wrapped = seal(recipient, BOOKING, new byte[] {1});

    assertThat(wrapped).hasSize(suite == WrapSuite.X_WING ? 1186 : 98);
    assertThat(wrapped[0]).isEqualTo((byte) 0x01);
    assertThat(wrapped[1]).isEqualTo((byte) suite.code());
    assertThat(Arrays.copyOfRange(wrapped, 2, 18)).isEqualTo(recipient.keyId().bytes());
    WrappedKey parsed = WrappedKey.parse(wrapped);
    assertThat(parsed.recipient()).isEqualTo(recipient.keyId());
    assertThat(parsed.suite()).isEqualTo(suite);
    assertThat(parsed.toBytes()).isEqualTo(wrapped);
  }

  @ParameterizedTest
  @EnumSource(WrapSuite.class)
  void theOnlyRandomnessIsTheEphemeralInput(WrapSuite suite) {
    EncryptionKeyPair recipient = EncryptionKeyPair.generate(suite.keyKind(), RANDOM);
    SecretBytes dataKey = SecretBytes.random(32, RANDOM);
    byte[] ephemeral = Trials.bytes(new Random(1), suite.ephemeralRandomnessLength());

    byte[] first = sealWith(dataKey, recipient, new ScriptedRandom(ephemeral));
    byte[] second = sealWith(dataKey, recipient, new ScriptedRandom(ephemeral));
    byte[] fresh = sealWith(dataKey, recipient, RANDOM);

    assertThat(first).isEqualTo(second);
    assertThat(fresh).isNotEqualTo(first);
  }

  @ParameterizedTest
  @EnumSource(WrapSuite.class)
  void anotherRecordIdOrPurposeFailsToDecrypt(WrapSuite suite) {
    EncryptionKeyPair recipient = EncryptionKeyPair.generate(suite.keyKind(), RANDOM);
    byte[] wrapped = seal(recipient, BOOKING, new byte[] {1, 2, 3});

    assertThatThrownBy(() -> KeyWrap.open(wrapped, recipient, BOOKING, new byte[] {1, 2, 4}))
        .isInstanceOf(DecryptionFailedException.class);
    assertThatThrownBy(() -> KeyWrap.open(wrapped, recipient, BOOKING, new byte[] {1, 2}))
        .isInstanceOf(DecryptionFailedException.class);
    assertThatThrownBy(
            () -> KeyWrap.open(wrapped, recipient, WrapPurpose.of("vault"), new byte[] {1, 2, 3}))
        .isInstanceOf(DecryptionFailedException.class);
  }

  @ParameterizedTest
  @EnumSource(WrapSuite.class)
  void anotherRecipientIsToldSoBeforeAnyDecryption(WrapSuite suite) {
    EncryptionKeyPair recipient = EncryptionKeyPair.generate(suite.keyKind(), RANDOM);
    byte[] wrapped = seal(recipient, BOOKING, new byte[] {1});

    for (KeyKind other : new KeyKind[] {KeyKind.X_WING, KeyKind.X25519}) {
      EncryptionKeyPair stranger = EncryptionKeyPair.generate(other, RANDOM);
      assertThatThrownBy(() -> KeyWrap.open(wrapped, stranger, BOOKING, new byte[] {1}))
          .isInstanceOf(WrongRecipientException.class);
    }
  }

  @ParameterizedTest
  @EnumSource(WrapSuite.class)
  void truncatedOrExtendedIsMalformed(WrapSuite suite) {
    EncryptionKeyPair recipient = EncryptionKeyPair.generate(suite.keyKind(), RANDOM);
    byte[] wrapped = seal(recipient, BOOKING, new byte[] {1});

    for (int length : new int[] {0, 1, 2, 18, wrapped.length - 1, wrapped.length + 1, 5000}) {
      byte[] resized = Arrays.copyOf(wrapped, length);
      assertThatThrownBy(() -> KeyWrap.open(resized, recipient, BOOKING, new byte[] {1}))
          .as("length %d", length)
          .isInstanceOf(MalformedInputException.class);
    }
  }

  @ParameterizedTest
  @EnumSource(WrapSuite.class)
  void unknownVersionOrSuiteIsUnsupported(WrapSuite suite) {
    EncryptionKeyPair recipient = EncryptionKeyPair.generate(suite.keyKind(), RANDOM);
    byte[] wrapped = seal(recipient, BOOKING, new byte[] {1});

    for (int[] change : new int[][] {{0, 0x00}, {0, 0x02}, {0, 0xff}, {1, 0x00}, {1, 0x03}}) {
      byte[] altered = wrapped.clone();
      altered[change[0]] = (byte) change[1];
      assertThatThrownBy(() -> KeyWrap.open(altered, recipient, BOOKING, new byte[] {1}))
          .isInstanceOf(UnsupportedVersionException.class);
    }
  }

  @ParameterizedTest
  @EnumSource(WrapSuite.class)
  void anotherSuitesLengthIsMalformed(WrapSuite suite) {
    EncryptionKeyPair recipient = EncryptionKeyPair.generate(suite.keyKind(), RANDOM);
    byte[] wrapped = seal(recipient, BOOKING, new byte[] {1});
    wrapped[1] = (byte) (suite == WrapSuite.X_WING ? 0x02 : 0x01);

    assertThatThrownBy(() -> KeyWrap.open(wrapped, recipient, BOOKING, new byte[] {1}))
        .isInstanceOf(MalformedInputException.class);
  }

  @Test
  void aLowOrderX25519EncFailsToDecrypt() {
    EncryptionKeyPair recipient = EncryptionKeyPair.generate(KeyKind.X25519, RANDOM);
    byte[] wrapped = seal(recipient, BOOKING, new byte[] {1});
    Arrays.fill(wrapped, 18, 18 + 32, (byte) 0);

    assertThatThrownBy(() -> KeyWrap.open(wrapped, recipient, BOOKING, new byte[] {1}))
        .isInstanceOf(DecryptionFailedException.class)
        .hasMessageContaining("encapsulation");
  }

  @Test
  void callerMistakesAreIllegalArguments() {
    EncryptionKeyPair recipient = EncryptionKeyPair.generate(KeyKind.X25519, RANDOM);
    SecretBytes shortKey = SecretBytes.random(16, RANDOM);
    SecretBytes dataKey = SecretBytes.random(32, RANDOM);

    assertThatThrownBy(
            () -> KeyWrap.seal(shortKey, recipient.publicKey(), BOOKING, new byte[] {1}, RANDOM))
        .isInstanceOf(IllegalArgumentException.class);
    for (byte[] recordId : new byte[][] {null, new byte[0], new byte[256]}) {
      assertThatThrownBy(
              () -> KeyWrap.seal(dataKey, recipient.publicKey(), BOOKING, recordId, RANDOM))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> KeyWrap.open(new byte[98], recipient, BOOKING, recordId))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  private static byte[] seal(EncryptionKeyPair recipient, WrapPurpose purpose, byte[] recordId) {
    return KeyWrap.seal(
        SecretBytes.random(32, RANDOM), recipient.publicKey(), purpose, recordId, RANDOM);
  }

  private static byte[] sealWith(
      SecretBytes dataKey, EncryptionKeyPair recipient, SecureRandom random) {
    return KeyWrap.seal(dataKey, recipient.publicKey(), BOOKING, new byte[] {9}, random);
  }
}
