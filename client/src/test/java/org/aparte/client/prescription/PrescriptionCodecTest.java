package org.aparte.client.prescription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.aparte.crypto.testing.Trials;
import org.junit.jupiter.api.Test;

class PrescriptionCodecTest {
  @Test
  void randomPrescriptionsRoundTrip() {
    Trials.forAll(
        200,
        random -> {
          Prescription p = random(random);
          assertThat(PrescriptionCodec.decode(PrescriptionCodec.encode(p))).isEqualTo(p);
        });
  }

  @Test
  void trailingBytesAndUnknownVersionsAreRefused() {
    byte[] encoded = PrescriptionCodec.encode(LogFixture.sample());
    byte[] longer = Arrays.copyOf(encoded, encoded.length + 1);
    byte[] version2 = encoded.clone();
    version2[0] = 2;

    assertThatThrownBy(() -> PrescriptionCodec.decode(longer))
        .isInstanceOf(MalformedPrescriptionException.class);
    assertThatThrownBy(() -> PrescriptionCodec.decode(version2))
        .isInstanceOf(MalformedPrescriptionException.class)
        .hasMessageContaining("version 2");
  }

  @Test
  void textsThatAreNotNfcAreRefusedSoOneTextHasOneEncoding() {
    String decomposed = "Zoe\u0308 Dupont";
    assertThatThrownBy(
            () ->
                new Prescription(
                    UUID.randomUUID(),
                    LocalDate.of(2026, 1, 1),
                    "Dr A",
                    "1",
                    decomposed,
                    LocalDate.of(1990, 1, 1),
                    List.of(new Medication("x", "y", 1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("Zoe");
  }

  @Test
  void base45MatchesRfc9285() throws Exception {
    assertThat(Base45.encode("AB".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
        .isEqualTo("BB8");
    assertThat(Base45.encode("Hello!!".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
        .isEqualTo("%69 VD92EX0");
    assertThat(new String(Base45.decode("QED8WEX0"), java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("ietf!");
    assertThatThrownBy(() -> Base45.decode("GGW"))
        .isInstanceOf(MalformedPrescriptionException.class);
  }

  private static Prescription random(java.util.Random random) {
    int count = 1 + random.nextInt(Prescription.MAX_MEDICATIONS);
    List<Medication> medications = new java.util.ArrayList<>();
    for (int i = 0; i < count; i++) {
      medications.add(new Medication(text(random), text(random), 1 + random.nextInt(3650)));
    }
    return new Prescription(
        new UUID(random.nextLong(), random.nextLong()),
        LocalDate.of(1990, 1, 1).plusDays(random.nextInt(20000)),
        text(random),
        text(random),
        text(random),
        LocalDate.of(1900, 1, 1).plusDays(random.nextInt(40000)),
        medications);
  }

  private static String text(java.util.Random random) {
    String alphabet = "abcdéèçàüöëßñ ABCZ0123456789-/.,'µ€";
    StringBuilder out = new StringBuilder();
    int length = 1 + random.nextInt(40);
    for (int i = 0; i < length; i++) {
      out.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return out.toString();
  }
}
