package org.aparte.crypto.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.aparte.crypto.DecryptionFailedException;
import org.aparte.crypto.SecretBytes;
import org.aparte.crypto.WrongRecordTypeException;
import org.aparte.crypto.testing.Trials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecordCipherTest {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final RecordType BOOKING = RecordType.of("booking");
  private static final byte[] ID = "booking-42".getBytes(StandardCharsets.UTF_8);

  @ParameterizedTest
  @ValueSource(
      ints = {
        0, 1, 17, 254, 255, 256, 257, 511, 512, 513, 1023, 1024, 1025, 2047, 2048, 4095, 4096, 8191,
        8192, 16383, 16384, 32767, 32768, 65535, 65536, 65537, 70000
      })
  void roundTripsEverySizeAroundTheBuckets(int size) throws Exception {
    byte[] plaintext = Trials.bytes(new java.util.Random(size), size);
    SealedRecord sealed = RecordCipher.sealWithFreshKey(BOOKING, ID, plaintext, RANDOM);

    assertThat(RecordCipher.open(sealed.dataKey(), BOOKING, ID, sealed.ciphertext()))
        .isEqualTo(plaintext);
    RecordHeader header = RecordCipher.parseHeader(sealed.ciphertext());
    assertThat(header.paddedLength()).isEqualTo(RecordPadding.bucketSize(size));
    assertThat(sealed.ciphertext())
        .hasSize(2 + "booking".length() + 12 + header.paddedLength() + 16);
  }

  @Test
  void roundTripsRandomSizes() {
    Trials.forAll(
        200,
        random -> {
          byte[] plaintext = Trials.bytes(random, random.nextInt(70_000));
          SecretBytes key = SecretBytes.random(32, RANDOM);
          byte[] ciphertext = RecordCipher.seal(key, BOOKING, ID, plaintext, RANDOM);
          assertThat(RecordCipher.open(key, BOOKING, ID, ciphertext)).isEqualTo(plaintext);
        });
  }

  @Test
  void plaintextsInOneBucketGiveCiphertextsOfOneLength() {
    SecretBytes key = SecretBytes.random(32, RANDOM);
    int[] lengths = IntStream.of(0, 1, 100, 255).map(n -> seal(key, new byte[n]).length).toArray();
    assertThat(lengths).containsOnly(lengths[0]);
    int[] next = IntStream.of(256, 300, 511).map(n -> seal(key, new byte[n]).length).toArray();
    assertThat(next).containsOnly(lengths[0] + 256);
  }

  @Test
  void paddedLengthIsTheBucketNotTheContentLength() throws Exception {
    byte[] ciphertext = seal(SecretBytes.random(32, RANDOM), new byte[3000]);
    assertThat(RecordCipher.parseHeader(ciphertext)).isEqualTo(new RecordHeader(1, BOOKING, 4096));
  }

  @Test
  void freshKeysAreFreshAnd32Bytes() {
    SealedRecord a = RecordCipher.sealWithFreshKey(BOOKING, ID, new byte[1], RANDOM);
    SealedRecord b = RecordCipher.sealWithFreshKey(BOOKING, ID, new byte[1], RANDOM);
    assertThat(a.dataKey().length()).isEqualTo(32);
    assertThat(a.dataKey().equalsSecret(b.dataKey())).isFalse();
    assertThat(a.ciphertext()).isNotEqualTo(b.ciphertext());
  }

  @Test
  void sealingTwiceWithOneKeyUsesTwoNonces() {
    SecretBytes key = SecretBytes.random(32, RANDOM);
    assertThat(seal(key, new byte[5])).isNotEqualTo(seal(key, new byte[5]));
  }

  @Test
  void wrongKeyFailsAuthentication() {
    byte[] ciphertext = seal(SecretBytes.random(32, RANDOM), new byte[10]);
    assertThatThrownBy(
            () -> RecordCipher.open(SecretBytes.random(32, RANDOM), BOOKING, ID, ciphertext))
        .isInstanceOf(DecryptionFailedException.class);
  }

  @Test
  void wrongRecordIdFailsAuthentication() {
    SecretBytes key = SecretBytes.random(32, RANDOM);
    byte[] ciphertext = seal(key, new byte[10]);
    byte[] otherId = "booking-43".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> RecordCipher.open(key, BOOKING, otherId, ciphertext))
        .isInstanceOf(DecryptionFailedException.class);
    byte[] longerId = Arrays.copyOf(ID, ID.length + 1);
    assertThatThrownBy(() -> RecordCipher.open(key, BOOKING, longerId, ciphertext))
        .isInstanceOf(DecryptionFailedException.class);
  }

  @Test
  void wrongTypeIsReportedBeforeDecryptionAndNamesBothTypes() {
    SecretBytes key = SecretBytes.random(32, RANDOM);
    byte[] ciphertext = seal(key, new byte[10]);
    assertThatThrownBy(() -> RecordCipher.open(key, RecordType.of("vault"), ID, ciphertext))
        .isInstanceOf(WrongRecordTypeException.class)
        .hasMessageContaining("booking")
        .hasMessageContaining("vault");
  }

  @Test
  void typeLabelRewrittenInTheHeaderFailsAuthentication() {
    SecretBytes key = SecretBytes.random(32, RANDOM);
    byte[] ciphertext = seal(key, new byte[10]);
    ciphertext[2] = 'c'; // "booking" -> "cooking": still a valid label, now the expected one
    assertThatThrownBy(() -> RecordCipher.open(key, RecordType.of("cooking"), ID, ciphertext))
        .isInstanceOf(DecryptionFailedException.class);
  }

  @Test
  void messagesNeverContainTheData() {
    SecretBytes key = SecretBytes.random(32, RANDOM);
    byte[] ciphertext = seal(key, "SECRET-CANARY".getBytes(StandardCharsets.UTF_8));
    ciphertext[ciphertext.length - 1] ^= 1;
    assertThatThrownBy(() -> RecordCipher.open(key, BOOKING, ID, ciphertext))
        .isInstanceOf(DecryptionFailedException.class)
        .message()
        .doesNotContain("CANARY")
        .doesNotContain("booking-42");
  }

  @Test
  void callerMistakesAreIllegalArguments() {
    SecretBytes key = SecretBytes.random(32, RANDOM);
    SecretBytes shortKey = SecretBytes.random(16, RANDOM);
    assertThatThrownBy(() -> RecordCipher.seal(shortKey, BOOKING, ID, new byte[1], RANDOM))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RecordCipher.seal(key, BOOKING, new byte[0], new byte[1], RANDOM))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RecordCipher.seal(key, BOOKING, new byte[256], new byte[1], RANDOM))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RecordCipher.open(key, null, ID, new byte[300]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void recordIdsOfOneAnd255BytesWork() throws Exception {
    SecretBytes key = SecretBytes.random(32, RANDOM);
    for (byte[] id : new byte[][] {new byte[1], new byte[255]}) {
      byte[] ciphertext = RecordCipher.seal(key, BOOKING, id, new byte[] {7}, RANDOM);
      assertThat(RecordCipher.open(key, BOOKING, id, ciphertext)).containsExactly(7);
    }
  }

  @Test
  void plaintextsAreCappedBelow16MiB() throws Exception {
    SecretBytes key = SecretBytes.random(32, RANDOM);
    byte[] largest = new byte[RecordCipher.MAX_PLAINTEXT];
    byte[] ciphertext = RecordCipher.seal(key, BOOKING, ID, largest, RANDOM);
    assertThat(RecordCipher.parseHeader(ciphertext).paddedLength()).isEqualTo(1 << 24);
    assertThat(RecordCipher.open(key, BOOKING, ID, ciphertext)).hasSize(RecordCipher.MAX_PLAINTEXT);
    assertThatThrownBy(
            () ->
                RecordCipher.seal(
                    key, BOOKING, ID, new byte[RecordCipher.MAX_PLAINTEXT + 1], RANDOM))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("stream");
  }

  private static byte[] seal(SecretBytes key, byte[] plaintext) {
    return RecordCipher.seal(key, BOOKING, ID, plaintext, RANDOM);
  }
}
