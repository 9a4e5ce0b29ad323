package org.aparte.crypto.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.aparte.crypto.MalformedInputException;
import org.aparte.crypto.testing.Trials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecordPaddingTest {

  @ParameterizedTest
  @CsvSource({
    "0, 256",
    "1, 256",
    "255, 256",
    "256, 512",
    "511, 512",
    "512, 1024",
    "1023, 1024",
    "1024, 2048",
    "2048, 4096",
    "65535, 65536",
    "65536, 131072",
    "16777215, 16777216"
  })
  void bucketIsTheSmallestPowerOfTwoAboveTheLength(int length, int bucket) {
    assertThat(RecordPadding.bucketSize(length)).isEqualTo(bucket);
    assertThat(RecordPadding.isBucketSize(bucket)).isTrue();
  }

  @Test
  void onlyPowersOfTwoFrom256To16MiBAreBuckets() {
    assertThat(RecordPadding.isBucketSize(128)).isFalse();
    assertThat(RecordPadding.isBucketSize(257)).isFalse();
    assertThat(RecordPadding.isBucketSize(1 << 25)).isFalse();
    assertThat(RecordPadding.isBucketSize(-16)).isFalse();
  }

  @Test
  void sizesOutsideTheCapAreRefused() {
    assertThatThrownBy(() -> RecordPadding.bucketSize(1 << 24))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RecordPadding.bucketSize(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void padThenUnpadIsIdentityAndMatchesTheNaiveDefinition() {
    Trials.forAll(
        300,
        random -> {
          byte[] plaintext = Trials.bytes(random, random.nextInt(5000));
          byte[] padded = RecordPadding.pad(plaintext);
          assertThat(padded).isEqualTo(NaiveRecordEncoder.pad(plaintext));
          assertThat(RecordPadding.unpad(padded)).isEqualTo(plaintext);
        });
  }

  @Test
  void paddingWithoutTheMarkerIsMalformed() throws Exception {
    assertThatThrownBy(() -> RecordPadding.unpad(new byte[256]))
        .isInstanceOf(MalformedInputException.class);
    byte[] wrongMarker = new byte[256];
    wrongMarker[10] = 0x01;
    assertThatThrownBy(() -> RecordPadding.unpad(wrongMarker))
        .isInstanceOf(MalformedInputException.class);
    byte[] markerOnly = new byte[256];
    markerOnly[0] = (byte) 0x80;
    assertThat(RecordPadding.unpad(markerOnly)).isEmpty();
  }
}
