package org.aparte.crypto.token;

import static org.aparte.crypto.token.TokenTesting.KEY_A;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import org.aparte.crypto.DecryptionFailedException;
import org.aparte.crypto.SecretBytes;
import org.junit.jupiter.api.Test;

class IssuerKeySealTest {
  private final SecureRandom random = new SecureRandom();
  private final SecretBytes secret = SecretBytes.random(32, random);

  @Test
  void sealedKeysOpenOnlyWithTheirSecretAndEpoch() throws Exception {
    byte[] sealed = IssuerKeySeal.seal(secret, 12, KEY_A, random);
    assertThat(IssuerKeySeal.open(secret, 12, sealed).publicKey()).isEqualTo(KEY_A.publicKey());
    assertThatThrownBy(() -> IssuerKeySeal.open(secret, 13, sealed))
        .isInstanceOf(DecryptionFailedException.class);
    assertThatThrownBy(() -> IssuerKeySeal.open(SecretBytes.random(32, random), 12, sealed))
        .isInstanceOf(DecryptionFailedException.class);
    sealed[sealed.length - 1] ^= 1;
    assertThatThrownBy(() -> IssuerKeySeal.open(secret, 12, sealed))
        .isInstanceOf(DecryptionFailedException.class);
  }
}
