package org.aparte.transparency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Arrays;
import org.aparte.crypto.keys.SigningKeyPair;
import org.aparte.crypto.sign.SignatureContext;
import org.aparte.crypto.sign.Signatures;
import org.junit.jupiter.api.Test;

class TreeHeadTest {
  private static final SecureRandom RANDOM = new SecureRandom();
  private final SigningKeyPair logKey = SigningKeyPair.generate(RANDOM);
  private final TreeHead head =
      new TreeHead(1234, TreeHashes.leafHash(new byte[] {1}), 1_700_000_000_000L);

  @Test
  void encodingRoundTripsAndHasTheDocumentedLayout() throws Exception {
    byte[] encoded = head.encode();
    assertThat(encoded).hasSize(49);
    assertThat(encoded[0]).isEqualTo((byte) 1);
    assertThat(Arrays.copyOfRange(encoded, 1, 9))
        .containsExactly(0, 0, 0, 0, 0, 0, 0x04, (byte) 0xd2);
    assertThat(TreeHead.decode(encoded)).isEqualTo(head);
  }

  @Test
  void malformedEncodingsAreRefused() {
    byte[] encoded = head.encode();
    byte[] otherVersion = encoded.clone();
    otherVersion[0] = 2;
    byte[] negativeSize = encoded.clone();
    negativeSize[1] = (byte) 0x80;
    assertThatThrownBy(() -> TreeHead.decode(otherVersion))
        .isInstanceOf(MalformedTreeHeadException.class);
    assertThatThrownBy(() -> TreeHead.decode(negativeSize))
        .isInstanceOf(MalformedTreeHeadException.class);
    assertThatThrownBy(() -> TreeHead.decode(Arrays.copyOf(encoded, 48)))
        .isInstanceOf(MalformedTreeHeadException.class);
    assertThatThrownBy(() -> TreeHead.decode(Arrays.copyOf(encoded, 50)))
        .isInstanceOf(MalformedTreeHeadException.class);
  }

  @Test
  void signedHeadVerifiesOnlyUnderTheLogKeyAndUnchanged() throws Exception {
    SignedTreeHead signed = SignedTreeHead.sign(head, logKey);
    signed.verify(logKey.publicKey());

    assertThatThrownBy(() -> signed.verify(SigningKeyPair.generate(RANDOM).publicKey()))
        .isInstanceOf(TreeHeadSignatureException.class);
    SignedTreeHead biggerClaim =
        new SignedTreeHead(
            new TreeHead(1235, head.rootHash(), head.timestampMillis()), signed.signature());
    assertThatThrownBy(() -> biggerClaim.verify(logKey.publicKey()))
        .isInstanceOf(TreeHeadSignatureException.class);
  }

  @Test
  void aSignatureFromAnotherContextIsNotATreeHeadSignature() {
    byte[] elsewhere = Signatures.sign(logKey, SignatureContext.of("key-entry"), head.encode());
    assertThatThrownBy(() -> new SignedTreeHead(head, elsewhere).verify(logKey.publicKey()))
        .isInstanceOf(TreeHeadSignatureException.class);
  }
}
