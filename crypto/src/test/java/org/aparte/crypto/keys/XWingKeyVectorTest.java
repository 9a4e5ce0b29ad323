package org.aparte.crypto.keys;

import static org.assertj.core.api.Assertions.assertThat;

import org.aparte.crypto.SecretBytes;
import org.junit.jupiter.api.Test;

/** Our X-Wing key expansion agrees with the draft's published vector, not only with itself. */
class XWingKeyVectorTest {

  @Test
  void seedExpandsToThePublishedPublicKey() {
    EncryptionKeyPair pair =
        EncryptionKeyPair.fromPrivateKey(
            KeyKind.X_WING, SecretBytes.copyOf(XWingDraftVectors.SEED));

    assertThat(pair.publicKey().rawKey()).isEqualTo(XWingDraftVectors.PUBLIC_KEY);
  }

  @Test
  void thePrivateKeyStoredIsTheSeedItself() {
    EncryptionKeyPair pair =
        EncryptionKeyPair.fromPrivateKey(
            KeyKind.X_WING, SecretBytes.copyOf(XWingDraftVectors.SEED));

    byte[] encoded = pair.encodePrivate().revealCopy();

    assertThat(encoded).hasSize(34).startsWith(0x01, 0x01).endsWith(XWingDraftVectors.SEED);
  }
}
