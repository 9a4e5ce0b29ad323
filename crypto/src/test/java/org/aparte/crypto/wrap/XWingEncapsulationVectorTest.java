package org.aparte.crypto.wrap;

import static org.assertj.core.api.Assertions.assertThat;

import org.aparte.crypto.SecretBytes;
import org.aparte.crypto.keys.EncryptionKeyPair;
import org.aparte.crypto.keys.KeyKind;
import org.aparte.crypto.keys.ScriptedRandom;
import org.aparte.crypto.keys.XWingDraftVectors;
import org.bouncycastle.pqc.crypto.xwing.XWingKEMExtractor;
import org.bouncycastle.pqc.crypto.xwing.XWingPrivateKeyParameters;
import org.junit.jupiter.api.Test;

/**
 * The X-Wing suite's encapsulation is the draft's EncapsulateDerand: with the published 64-byte
 * eseed as the seal's only randomness, the wrapped key carries the published ciphertext as enc.
 */
class XWingEncapsulationVectorTest {

  @Test
  void sealWithThePublishedEseedCarriesThePublishedCiphertext() throws Exception {
    EncryptionKeyPair recipient =
        EncryptionKeyPair.fromPrivateKey(
            KeyKind.X_WING, SecretBytes.copyOf(XWingDraftVectors.SEED));
    ScriptedRandom eseed = new ScriptedRandom(XWingDraftVectors.ESEED);
    SecretBytes dataKey = SecretBytes.copyOf(new byte[32]);

    byte[] wrapped =
        KeyWrap.seal(
            dataKey, recipient.publicKey(), WrapPurpose.of("vault"), new byte[] {7}, eseed);

    assertThat(eseed.isExhausted()).isTrue();
    assertThat(WrappedKey.parse(wrapped).encapsulation()).isEqualTo(XWingDraftVectors.CIPHERTEXT);
    assertThat(KeyWrap.open(wrapped, recipient, WrapPurpose.of("vault"), new byte[] {7}))
        .isEqualTo(dataKey);
  }

  @Test
  void decapsulationGivesThePublishedSharedSecret() {
    XWingKEMExtractor extractor =
        new XWingKEMExtractor(new XWingPrivateKeyParameters(XWingDraftVectors.SEED));

    assertThat(extractor.extractSecret(XWingDraftVectors.CIPHERTEXT))
        .isEqualTo(XWingDraftVectors.SHARED_SECRET);
  }
}
