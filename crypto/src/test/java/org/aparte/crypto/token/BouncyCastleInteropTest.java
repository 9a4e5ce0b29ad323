package org.aparte.crypto.token;

import static org.aparte.crypto.token.TokenTesting.KEY_A;
import static org.aparte.crypto.token.TokenTesting.seeded;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.aparte.crypto.testing.Trials;
import org.bouncycastle.crypto.params.RSABlindSignatureParameters;
import org.bouncycastle.crypto.signers.RSABlindSignatureClient;
import org.junit.jupiter.api.Test;

/** Cross-check against BouncyCastle's own RFC 9474 client, which we did not write. */
class BouncyCastleInteropTest {

  @Test
  void bouncyCastleClientAndOurIssuerAgree() {
    Trials.forAll(
        10,
        random -> {
          RSABlindSignatureClient client =
              new RSABlindSignatureClient(
                  RSABlindSignatureParameters.RSABSSA_SHA384_PSS_RANDOMIZED,
                  KEY_A.publicKey().bouncyCastleKey(),
                  seeded(random));
          byte[] message = BookingToken.signedMessage(random.nextInt(100), new byte[32]);
          RSABlindSignatureClient.Blinded blinded = client.blind(message);
          byte[] blindSignature = BlindRsa.blindSign(KEY_A, blinded.getBlindedMessage());
          byte[] signature = client.finalize(blinded, blindSignature);
          byte[] prepared = blinded.getPreparedMessage();
          BlindRsa.verify(
              KEY_A.publicKey(),
              Arrays.copyOfRange(prepared, 0, 32),
              Arrays.copyOfRange(prepared, 32, prepared.length),
              signature);
          assertThat(Arrays.copyOfRange(prepared, 32, prepared.length)).isEqualTo(message);
        });
  }
}
