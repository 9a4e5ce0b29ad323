package org.aparte.crypto.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class KeyIdTest {
  private static final SecureRandom RANDOM = new SecureRandom();

  @Test
  void isTheTruncatedLabelledHashOfTheEncodedKey() throws Exception {
    EncryptionPublicKey key = EncryptionKeyPair.generate(RANDOM).publicKey();

    // Rebuilt here with the JDK's SHA-256, independently of the production code.
    ByteArrayOutputStream input = new ByteArrayOutputStream();
    input.writeBytes("aparte/key-id/v1".getBytes(StandardCharsets.UTF_8));
    input.write(0x00);
    input.writeBytes(key.encoded());
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(input.toByteArray());

    assertThat(key.keyId().bytes()).isEqualTo(Arrays.copyOf(digest, 16));
    assertThat(key.keyId().toString()).isEqualTo(HexFormat.of().formatHex(digest, 0, 16));
  }

  @Test
  void theKindIsPartOfTheId() throws Exception {
    // The same 32 bytes read as an Ed25519 key and as an X25519 key (any u-coordinate that is
    // not low-order is a usable X25519 key).
    byte[] edRaw = SigningKeyPair.generate(RANDOM).publicKey().rawKey();

    KeyId asX25519 = EncryptionPublicKey.fromRaw(KeyKind.X25519, edRaw).keyId();
    KeyId asEd25519 = SigningPublicKey.fromRaw(edRaw).keyId();

    assertThat(asX25519).isNotEqualTo(asEd25519);
  }

  @Test
  void idsAreValuesOfExactlySixteenBytes() {
    byte[] bytes = new byte[16];
    bytes[3] = 7;

    assertThat(KeyId.fromBytes(bytes)).isEqualTo(KeyId.fromBytes(bytes.clone()));
    assertThat(KeyId.fromBytes(bytes).hashCode()).isEqualTo(KeyId.fromBytes(bytes).hashCode());
    assertThat(KeyId.fromBytes(bytes)).isNotEqualTo(KeyId.fromBytes(new byte[16]));
    assertThatThrownBy(() -> KeyId.fromBytes(new byte[15]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> KeyId.fromBytes(new byte[17]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theIdOfAStoredEncodingIsTheDecodedKeysId() throws Exception {
    var pair = EncryptionKeyPair.generate(new java.security.SecureRandom());
    byte[] encoded = pair.publicKey().encoded();
    org.assertj.core.api.Assertions.assertThat(KeyId.ofEncodedPublicKey(encoded))
        .isEqualTo(EncryptionPublicKey.decode(encoded).keyId());
  }
}
