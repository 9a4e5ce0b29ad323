package org.aparte.crypto.wrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.aparte.crypto.SecretBytes;
import org.aparte.crypto.keys.EncryptionKeyPair;
import org.aparte.crypto.keys.KeyKind;
import org.aparte.crypto.keys.ScriptedRandom;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.hpke.HPKE;
import org.bouncycastle.crypto.hpke.HPKEContext;
import org.bouncycastle.crypto.hpke.HPKEContextWithEncapsulation;
import org.junit.jupiter.api.Test;

/**
 * RFC 9180 appendix A.1.1: DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-128-GCM, base mode. The
 * values are the RFC's, typed in. BouncyCastle's HPKE is driven the way {@link KeyWrap} drives it
 * (ephemeral key from DeriveKeyPair(ikmE), setupBaseS with that pair), only with the RFC's AEAD.
 */
class Rfc9180VectorTest {
  private static final HexFormat HEX = HexFormat.of();

  private static final byte[] INFO = hex("4f6465206f6e2061204772656369616e2055726e");
  private static final byte[] IKM_E =
      hex("7268600d403fce431561aef583ee1613527cff655c1343f29812e66706df3234");
  private static final byte[] PK_EM =
      hex("37fda3567bdbd628e88668c3c8d7e97d1d1253b6d4ea6d44c150f741f1bf4431");
  private static final byte[] SK_EM =
      hex("52c4a758a802cd8b936eceea314432798d5baf2d7e9235dc084ab1b9cfa2f736");
  private static final byte[] IKM_R =
      hex("6db9df30aa07dd42ee5e8181afdb977e538f5e1fec8a06223f33f7013e525037");
  private static final byte[] PK_RM =
      hex("3948cfe0ad1ddb695d780e59077195da6c56506b027329794ab02bca80815c4d");
  private static final byte[] SK_RM =
      hex("4612c550263fc8ad58375df3f557aac531d26850903e55a9f23f21d8534e8ac8");
  private static final byte[] ENC = PK_EM;
  private static final byte[] PT =
      hex("4265617574792069732074727574682c20747275746820626561757479");
  private static final byte[] AAD_0 = hex("436f756e742d30");
  private static final byte[] CT_0 =
      hex(
          "f938558b5d72f1a23810b4be2ab4f84331acc02fc97babc53a52ae8218a355a96d8770ac83d07bea87e13c512a");
  private static final byte[] AAD_1 = hex("436f756e742d31");
  private static final byte[] CT_1 =
      hex(
          "af2d7e9ac9ae7e270f46ba1f975be53c09f8d875bdc8535458c2494e8a6eab251c03d0c22a56b8ca42c2063b84");

  private final HPKE hpke =
      new HPKE(HPKE.mode_base, HPKE.kem_X25519_SHA256, HPKE.kdf_HKDF_SHA256, HPKE.aead_AES_GCM128);

  @Test
  void deriveKeyPairReproducesBothKeyPairs() {
    AsymmetricCipherKeyPair ephemeral = hpke.deriveKeyPair(IKM_E);
    AsymmetricCipherKeyPair recipient = hpke.deriveKeyPair(IKM_R);

    assertThat(hpke.serializePublicKey(ephemeral.getPublic())).isEqualTo(PK_EM);
    assertThat(hpke.serializePublicKey(recipient.getPublic())).isEqualTo(PK_RM);
    // BouncyCastle serialises X25519 private keys clamped; the RFC prints them unclamped.
    assertThat(hpke.serializePrivateKey(ephemeral.getPrivate())).isEqualTo(clamp(SK_EM));
    assertThat(hpke.serializePrivateKey(recipient.getPrivate())).isEqualTo(clamp(SK_RM));
  }

  @Test
  void senderReproducesEncAndTheFirstTwoCiphertexts() throws Exception {
    HPKEContextWithEncapsulation sender =
        hpke.setupBaseS(hpke.deserializePublicKey(PK_RM), INFO, hpke.deriveKeyPair(IKM_E));

    assertThat(sender.getEncapsulation()).isEqualTo(ENC);
    assertThat(sender.seal(AAD_0, PT)).isEqualTo(CT_0);
    assertThat(sender.seal(AAD_1, PT)).isEqualTo(CT_1);
  }

  @Test
  void receiverWithTheRfcPrivateKeyOpensBothCiphertexts() throws Exception {
    AsymmetricCipherKeyPair recipient = hpke.deserializePrivateKey(SK_RM, PK_RM);

    HPKEContext receiver = hpke.setupBaseR(ENC, recipient, INFO);

    assertThat(receiver.open(AAD_0, CT_0)).isEqualTo(PT);
    assertThat(receiver.open(AAD_1, CT_1)).isEqualTo(PT);
  }

  @Test
  void ourKeyPairsAndOurSenderMatchTheRfc() throws Exception {
    EncryptionKeyPair recipient =
        EncryptionKeyPair.fromPrivateKey(KeyKind.X25519, SecretBytes.copyOf(SK_RM));
    assertThat(recipient.publicKey().rawKey()).isEqualTo(PK_RM);

    // Our X25519 suite draws exactly ikmE and runs DeriveKeyPair on it, so the RFC's ikmE gives
    // the RFC's enc (the ciphertext differs: our AEAD is AES-256-GCM and our info is ours).
    byte[] wrapped =
        KeyWrap.seal(
            SecretBytes.copyOf(new byte[32]),
            recipient.publicKey(),
            WrapPurpose.of("booking"),
            new byte[] {1},
            new ScriptedRandom(IKM_E));
    assertThat(WrappedKey.parse(wrapped).encapsulation()).isEqualTo(ENC);
  }

  private static byte[] clamp(byte[] scalar) {
    byte[] clamped = scalar.clone();
    clamped[0] &= (byte) 248;
    clamped[31] &= 127;
    clamped[31] |= 64;
    return clamped;
  }

  private static byte[] hex(String text) {
    return HEX.parseHex(text);
  }
}
