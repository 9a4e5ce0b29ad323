package org.aparte.transparency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.aparte.crypto.testing.Trials;
import org.junit.jupiter.api.Test;

class WebBundleStatementTest {
  private static final String HEX =
      "92d86affb9884ef259d9f11a2af44b9a7fcfd053ed542a765d6c435ce7a0180d";

  @Test
  void encodesVersionLabelSeparatorAndHash() {
    byte[] encoded = WebBundleStatement.ofHex(HEX).encode();
    byte[] label = "aparte/web-bundle/v1".getBytes(StandardCharsets.UTF_8);
    assertThat(encoded).hasSize(1 + label.length + 1 + 32);
    assertThat(encoded[0]).isEqualTo((byte) 1);
    assertThat(new String(encoded, 1, label.length, StandardCharsets.UTF_8))
        .isEqualTo("aparte/web-bundle/v1");
    assertThat(encoded[1 + label.length]).isZero();
    assertThat(HexFormat.of().formatHex(encoded, encoded.length - 32, encoded.length))
        .isEqualTo(HEX);
  }

  @Test
  void roundTripsAnyHash() {
    Trials.forAll(
        200,
        random -> {
          byte[] hash = new byte[32];
          random.nextBytes(hash);
          var statement = new WebBundleStatement(hash);
          assertThat(WebBundleStatement.decode(statement.encode())).isEqualTo(statement);
          assertThat(WebBundleStatement.ofHex(statement.hex())).isEqualTo(statement);
        });
  }

  @Test
  void refusesOtherVersionsLengthsAndLabels() {
    byte[] good = WebBundleStatement.ofHex(HEX).encode();
    byte[] version = good.clone();
    version[0] = 2;
    assertThatThrownBy(() -> WebBundleStatement.decode(version))
        .isInstanceOf(MalformedEntryException.class)
        .hasMessageContaining("version 2");
    assertThatThrownBy(() -> WebBundleStatement.decode(java.util.Arrays.copyOf(good, 50)))
        .isInstanceOf(MalformedEntryException.class)
        .hasMessageContaining("length");
    byte[] label = good.clone();
    label[8] ^= 1;
    assertThatThrownBy(() -> WebBundleStatement.decode(label))
        .isInstanceOf(MalformedEntryException.class)
        .hasMessageContaining("label");
    byte[] separator = good.clone();
    separator[21] = 1;
    assertThatThrownBy(() -> WebBundleStatement.decode(separator))
        .isInstanceOf(MalformedEntryException.class)
        .hasMessageContaining("label");
    assertThatThrownBy(() -> WebBundleStatement.decode(new byte[0]))
        .isInstanceOf(MalformedEntryException.class);
    assertThatThrownBy(() -> WebBundleStatement.ofHex(HEX.toUpperCase(java.util.Locale.ROOT)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void isAKeyEntryOfItsOwnKind() throws Exception {
    var entry =
        new KeyEntry(
            EntryKind.WEB_BUNDLE,
            EntryKind.WEB_BUNDLE_SUBJECT,
            1,
            1_700_000_000_000L,
            WebBundleStatement.ofHex(HEX).encode(),
            null);
    KeyEntry decoded = KeyEntry.decode(entry.encode());
    assertThat(decoded.kind()).isEqualTo(EntryKind.WEB_BUNDLE);
    assertThat(decoded.kind().code()).isEqualTo(0x08);
    assertThat(WebBundleStatement.decode(decoded.publicKey()).hex()).isEqualTo(HEX);
  }
}
