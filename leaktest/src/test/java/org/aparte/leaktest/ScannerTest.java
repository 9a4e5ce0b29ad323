package org.aparte.leaktest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ScannerTest {
  private static final Canary CANARY = Canary.secret("reason", "knee pain Zorblax");
  private final Scanner scanner = new Scanner(Encodings.of(CANARY));

  private static byte[] embed(byte[] prefix, byte[] inner, byte[] suffix) {
    byte[] all = new byte[prefix.length + inner.length + suffix.length];
    System.arraycopy(prefix, 0, all, 0, prefix.length);
    System.arraycopy(inner, 0, all, prefix.length, inner.length);
    System.arraycopy(suffix, 0, all, prefix.length + inner.length, suffix.length);
    return all;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void findsTheCanaryInEachEncodingAtItsOffset() {
    byte[] value = utf8(CANARY.value());
    var forms =
        List.of(
            utf8("x" + CANARY.value() + "y"),
            utf8("{\"r\":\"" + CANARY.value().toUpperCase(java.util.Locale.ROOT) + "\"}"),
            embed(new byte[] {9}, CANARY.value().getBytes(StandardCharsets.UTF_16LE), new byte[0]),
            embed(new byte[] {9}, CANARY.value().getBytes(StandardCharsets.UTF_16BE), new byte[0]),
            utf8("\\x00ff" + HexFormat.of().formatHex(value)),
            utf8("q=" + URLEncoder.encode(CANARY.value(), StandardCharsets.UTF_8)));
    for (byte[] haystack : forms) {
      assertThat(scanner.scan("test", haystack))
          .as(new String(haystack, StandardCharsets.UTF_8))
          .hasSize(1);
    }
    assertThat(scanner.scan("t", utf8("abc" + CANARY.value())).get(0).offset()).isEqualTo(3);
  }

  @Test
  void findsItInsideBase64AtEveryAlignmentAndInBothAlphabets() {
    Random random = new Random(7);
    for (int before = 0; before < 6; before++) {
      for (int after = 0; after < 4; after++) {
        byte[] prefix = new byte[before];
        byte[] suffix = new byte[after];
        random.nextBytes(prefix);
        random.nextBytes(suffix);
        byte[] plain = embed(prefix, utf8(CANARY.value()), suffix);
        byte[] standard = utf8(Base64.getEncoder().encodeToString(plain));
        byte[] urlSafe = utf8(Base64.getUrlEncoder().withoutPadding().encodeToString(plain));
        assertThat(scanner.scan("b64", standard))
            .as("before %d after %d", before, after)
            .isNotEmpty();
        assertThat(scanner.scan("b64url", urlSafe))
            .as("before %d after %d", before, after)
            .isNotEmpty();
      }
    }
  }

  @Test
  void aStreamFindsEachOccurrenceOnceAlsoAcrossChunkBoundaries() throws Exception {
    byte[] needle = utf8(CANARY.value());
    int chunk = 1 << 20;
    byte[] haystack = new byte[3 * chunk];
    long[] offsets = {
      0, chunk - 5, chunk + 100, 2L * chunk + chunk / 2, haystack.length - needle.length
    };
    for (long offset : offsets) {
      System.arraycopy(needle, 0, haystack, (int) offset, needle.length);
    }
    List<Hit> hits = scanner.scan("stream", new ByteArrayInputStream(haystack));
    assertThat(hits)
        .extracting(Hit::offset)
        .containsExactly(offsets[0], offsets[1], offsets[2], offsets[3], offsets[4]);
    assertThat(hits).allSatisfy(h -> assertThat(h.encoding()).isEqualTo("utf-8"));
  }

  @Test
  void randomBytesAndANearMissAreNotHits() throws Exception {
    byte[] noise = new byte[2 << 20];
    new Random(1).nextBytes(noise);
    assertThat(scanner.scan("noise", new ByteArrayInputStream(noise))).isEmpty();
    assertThat(scanner.scan("near", utf8("knee pain Zorbla"))).isEmpty();
  }

  @Test
  void aHitNamesTheCanaryTheSourceAndTheOffset() {
    Hit hit = scanner.scan("server.log", utf8("....." + CANARY.value())).get(0);
    assertThat(hit).hasToString("'reason' (utf-8) in server.log at byte 5");
  }
}
