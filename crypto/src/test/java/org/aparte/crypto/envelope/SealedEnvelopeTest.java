package org.aparte.crypto.envelope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.aparte.crypto.DecryptionFailedException;
import org.aparte.crypto.UnsupportedVersionException;
import org.aparte.crypto.WrongRecipientException;
import org.aparte.crypto.WrongRecordTypeException;
import org.aparte.crypto.keys.EncryptionKeyPair;
import org.aparte.crypto.record.RecordType;
import org.aparte.crypto.testing.Trials;
import org.aparte.crypto.wrap.WrapPurpose;
import org.junit.jupiter.api.Test;

class SealedEnvelopeTest {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final RecordType TYPE = RecordType.of("reminder-job");
  private static final WrapPurpose PURPOSE = WrapPurpose.of("reminder-job");
  private static final byte[] ID = "job-1".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] TEXT = "hello".getBytes(StandardCharsets.UTF_8);
  private final EncryptionKeyPair notifier = EncryptionKeyPair.generate(RANDOM);

  private byte[] sealed() {
    return SealedEnvelope.seal(notifier.publicKey(), PURPOSE, TYPE, ID, TEXT, RANDOM);
  }

  @Test
  void opensForTheRecipientAndNamesItsKey() throws Exception {
    byte[] envelope = sealed();
    assertThat(SealedEnvelope.parse(envelope).recipient()).isEqualTo(notifier.keyId());
    assertThat(SealedEnvelope.parse(envelope).type()).isEqualTo(TYPE);
    assertThat(SealedEnvelope.open(envelope, notifier, PURPOSE, TYPE, ID)).isEqualTo(TEXT);
  }

  @Test
  void refusesAnotherKeyPurposeTypeOrRecordId() {
    byte[] envelope = sealed();
    EncryptionKeyPair other = EncryptionKeyPair.generate(RANDOM);
    assertThatThrownBy(() -> SealedEnvelope.open(envelope, other, PURPOSE, TYPE, ID))
        .isInstanceOf(WrongRecipientException.class);
    assertThatThrownBy(
            () -> SealedEnvelope.open(envelope, notifier, WrapPurpose.of("booking"), TYPE, ID))
        .isInstanceOf(DecryptionFailedException.class);
    assertThatThrownBy(
            () -> SealedEnvelope.open(envelope, notifier, PURPOSE, RecordType.of("booking"), ID))
        .isInstanceOf(WrongRecordTypeException.class);
    assertThatThrownBy(() -> SealedEnvelope.open(envelope, notifier, PURPOSE, TYPE, new byte[] {1}))
        .isInstanceOf(DecryptionFailedException.class);
  }

  @Test
  void refusesAnUnknownVersion() {
    byte[] envelope = sealed();
    envelope[0] = 2;
    assertThatThrownBy(() -> SealedEnvelope.parse(envelope))
        .isInstanceOf(UnsupportedVersionException.class);
  }

  @Test
  void anyFlippedBitFailsToOpen() {
    byte[] envelope = sealed();
    Trials.forAll(
        200,
        random -> {
          byte[] tampered = envelope.clone();
          int bit = random.nextInt(tampered.length * 8);
          tampered[bit / 8] ^= (byte) (1 << (bit % 8));
          assertThatThrownBy(() -> SealedEnvelope.open(tampered, notifier, PURPOSE, TYPE, ID))
              .isInstanceOf(org.aparte.crypto.CryptoException.class);
        });
  }

  @Test
  void lengthDependsOnlyOnThePaddingBucket() {
    byte[] shortOne = SealedEnvelope.seal(notifier.publicKey(), PURPOSE, TYPE, ID, TEXT, RANDOM);
    byte[] longer =
        SealedEnvelope.seal(notifier.publicKey(), PURPOSE, TYPE, ID, new byte[200], RANDOM);
    assertThat(longer).hasSameSizeAs(shortOne);
  }
}
