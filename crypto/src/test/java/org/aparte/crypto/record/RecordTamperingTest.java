package org.aparte.crypto.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import org.aparte.crypto.CryptoException;
import org.aparte.crypto.DecryptionFailedException;
import org.aparte.crypto.MalformedInputException;
import org.aparte.crypto.SecretBytes;
import org.aparte.crypto.UnsupportedVersionException;
import org.aparte.crypto.WrongRecordTypeException;
import org.aparte.crypto.testing.Trials;
import org.junit.jupiter.api.Test;

/** Every change to a record ciphertext is refused, with the exception its position calls for. */
class RecordTamperingTest {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final RecordType VAULT = RecordType.of("vault");
  private static final byte[] ID = {1, 2, 3};
  private static final int TYPE_END = 2 + "vault".length();

  @Test
  void aFlippedBitAnywhereIsRefusedWithTheRightException() {
    Trials.forAll(
        2000,
        random -> {
          SecretBytes key = SecretBytes.random(32, RANDOM);
          byte[] ciphertext =
              RecordCipher.seal(key, VAULT, ID, Trials.bytes(random, random.nextInt(600)), RANDOM);
          int position = random.nextInt(ciphertext.length);
          ciphertext[position] ^= (byte) (1 << random.nextInt(8));

          Throwable thrown = catchThrowable(() -> RecordCipher.open(key, VAULT, ID, ciphertext));
          assertThat(allowedFailures(position))
              .as("bit flipped at %d gave %s", position, thrown)
              .anyMatch(allowed -> allowed.isInstance(thrown));
        });
  }

  private static List<Class<? extends CryptoException>> allowedFailures(int position) {
    if (position == 0) {
      return List.of(UnsupportedVersionException.class);
    }
    if (position == 1) { // the type length: the label and everything after it shift
      return List.of(MalformedInputException.class);
    }
    if (position < TYPE_END) { // a label character: invalid, or valid but another type
      return List.of(MalformedInputException.class, WrongRecordTypeException.class);
    }
    return List.of(DecryptionFailedException.class); // nonce, ciphertext, tag
  }

  @Test
  void truncatedOrExtendedCiphertextsAreMalformed() {
    Trials.forAll(
        300,
        random -> {
          SecretBytes key = SecretBytes.random(32, RANDOM);
          byte[] ciphertext =
              RecordCipher.seal(key, VAULT, ID, new byte[random.nextInt(2000)], RANDOM);
          int newLength = random.nextInt(ciphertext.length + 64);
          if (newLength == ciphertext.length) {
            return;
          }
          byte[] changed = Arrays.copyOf(ciphertext, newLength);
          int headerLength =
              ciphertext.length
                  - RecordCipher.parseHeader(ciphertext).paddedLength()
                  - RecordFormat.TAG_LENGTH;
          if (RecordPadding.isBucketSize(newLength - headerLength - RecordFormat.TAG_LENGTH)) {
            // Cut to exactly a smaller bucket: it parses, and authentication must then fail.
            assertThatThrownBy(() -> RecordCipher.open(key, VAULT, ID, changed))
                .isInstanceOf(DecryptionFailedException.class);
            return;
          }
          assertThatThrownBy(() -> RecordCipher.open(key, VAULT, ID, changed))
              .isInstanceOfAny(MalformedInputException.class, UnsupportedVersionException.class);
        });
  }

  @Test
  void emptyAndNullInputAreMalformed() {
    SecretBytes key = SecretBytes.random(32, RANDOM);
    assertThatThrownBy(() -> RecordCipher.open(key, VAULT, ID, new byte[0]))
        .isInstanceOf(MalformedInputException.class);
    assertThatThrownBy(() -> RecordCipher.open(key, VAULT, ID, null))
        .isInstanceOf(MalformedInputException.class);
    assertThatThrownBy(() -> RecordCipher.parseHeader(new byte[0]))
        .isInstanceOf(MalformedInputException.class);
  }

  @Test
  void anotherVersionIsUnsupported() {
    SecretBytes key = SecretBytes.random(32, RANDOM);
    byte[] ciphertext = RecordCipher.seal(key, VAULT, ID, new byte[1], RANDOM);
    ciphertext[0] = 2;
    assertThatThrownBy(() -> RecordCipher.parseHeader(ciphertext))
        .isInstanceOf(UnsupportedVersionException.class);
  }

  @Test
  void swappingTwoRecordsBodiesFails() throws Exception {
    SecretBytes key = SecretBytes.random(32, RANDOM);
    byte[] a = RecordCipher.seal(key, VAULT, ID, new byte[] {1}, RANDOM);
    byte[] b = RecordCipher.seal(key, VAULT, ID, new byte[] {2}, RANDOM);
    byte[] spliced = a.clone();
    System.arraycopy(b, TYPE_END + 12, spliced, TYPE_END + 12, b.length - TYPE_END - 12);
    assertThat(RecordCipher.open(key, VAULT, ID, a)).containsExactly(1);
    assertThatThrownBy(() -> RecordCipher.open(key, VAULT, ID, spliced))
        .isInstanceOf(DecryptionFailedException.class);
  }
}
