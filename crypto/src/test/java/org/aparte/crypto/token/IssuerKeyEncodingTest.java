package org.aparte.crypto.token;

import static org.aparte.crypto.token.TokenTesting.KEY_A;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import org.aparte.crypto.MalformedInputException;
import org.aparte.crypto.UnsupportedVersionException;
import org.junit.jupiter.api.Test;

class IssuerKeyEncodingTest {

  @Test
  void keysRoundTripAndStayRedacted() throws Exception {
    IssuerPublicKey decoded = IssuerPublicKey.decode(KEY_A.publicKey().encoded());
    assertThat(decoded).isEqualTo(KEY_A.publicKey());
    IssuerKeyPair restored = IssuerKeyPair.decodePrivate(KEY_A.encodePrivate());
    assertThat(restored.publicKey()).isEqualTo(KEY_A.publicKey());
    assertThat(KEY_A.toString()).doesNotContain(KEY_A.bouncyCastlePrivateKey().getP().toString(16));
    assertThat(KEY_A.encodePrivate().toString()).isEqualTo("[REDACTED]");
    assertThat(KEY_A.publicKey().keyId()).hasSize(32);
  }

  @Test
  void shortKeysAreRefused() {
    assertThatThrownBy(() -> IssuerKeyPair.generate(1024, new SecureRandom()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IssuerPublicKey.decode(new byte[] {0x30, 0x00}))
        .isInstanceOf(MalformedInputException.class);
  }

  @Test
  void tokenDecodingRejectsTruncationAndUnknownVersions() throws Exception {
    BookingToken token = TokenTesting.issue(KEY_A, 9, new SecureRandom());
    byte[] wire = token.encode();
    for (int length = 0; length < 1 + 4 + 64 + 1; length++) {
      byte[] truncated = java.util.Arrays.copyOf(wire, length);
      assertThatThrownBy(() -> BookingToken.decode(truncated))
          .isInstanceOfAny(MalformedInputException.class, UnsupportedVersionException.class);
    }
    wire[0] = 2;
    assertThatThrownBy(() -> BookingToken.decode(wire))
        .isInstanceOf(UnsupportedVersionException.class);
    assertThat(token.toString()).doesNotContain(java.util.HexFormat.of().formatHex(token.nonce()));
  }
}
