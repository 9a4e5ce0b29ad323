package org.aparte.client.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.aparte.crypto.keys.EncryptionKeyPair;
import org.aparte.protocol.search.SearchSort;
import org.junit.jupiter.api.Test;

/** The SDK's pure parts: the wrap record id, the keyring, the search query string. */
class PracticesUnitTest {
  private static final SecureRandom RANDOM = new SecureRandom();

  @Test
  void theRecordIdIsThePracticeIdThenTheVersionBigEndian() {
    UUID id = UUID.fromString("00112233-4455-6677-8899-aabbccddeeff");
    assertThat(HexFormat.of().formatHex(Practices.recordId(id, 258)))
        .isEqualTo("00112233445566778899aabbccddeeff" + "00000102");
  }

  @Test
  void theKeyringServesVersionsAndNeverPrintsKeys() {
    EncryptionKeyPair one = EncryptionKeyPair.generate(RANDOM);
    EncryptionKeyPair two = EncryptionKeyPair.generate(RANDOM);
    PracticeKeyring keyring = new PracticeKeyring(Map.of(1, one)).with(2, two);
    assertThat(keyring.currentVersion()).isEqualTo(2);
    assertThat(keyring.current()).isSameAs(two);
    assertThat(keyring.require(1)).isSameAs(one);
    assertThatThrownBy(() -> keyring.require(3)).isInstanceOf(NoSuchElementException.class);
    assertThat(keyring.toString()).isEqualTo("PracticeKeyring[versions=[1, 2], keys redacted]");
    assertThatThrownBy(() -> new PracticeKeyring(Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theSearchQueryEncodesEveryPart() {
    SearchQuery query =
        SearchQuery.builder()
            .specialty("médecin généraliste")
            .near(48.85, 2.35, 10)
            .visitType("1re consultation")
            .after(Instant.parse("2026-03-30T07:00:00Z"))
            .sort(SearchSort.EARLIEST)
            .page(2)
            .size(10)
            .build();
    assertThat(query.toQueryString())
        .isEqualTo(
            "specialty=m%C3%A9decin+g%C3%A9n%C3%A9raliste&lat=48.85&lon=2.35&radiusKm=10.0"
                + "&visitType=1re+consultation&after=2026-03-30T07%3A00%3A00Z&sort=earliest"
                + "&page=2&size=10");
    assertThat(SearchQuery.builder().build().toQueryString()).isEmpty();
  }
}
