package org.aparte.crypto.password;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import org.aparte.crypto.SecretBytes;
import org.junit.jupiter.api.Test;

class AuthVerifierTest {
  private static final SecureRandom RANDOM = new SecureRandom();

  @Test
  void verifierIsLabelledSha256OfTheAuthKey() throws Exception {
    SecretBytes authKey = SecretBytes.random(32, RANDOM);
    MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
    sha256.update("aparte/auth-verifier/v1".getBytes(StandardCharsets.UTF_8));
    sha256.update((byte) 0);
    sha256.update(authKey.revealCopy());

    assertThat(AuthVerifier.of(authKey)).isEqualTo(sha256.digest()).hasSize(32);
  }

  @Test
  void theRightKeyMatches() {
    SecretBytes authKey = SecretBytes.random(32, RANDOM);
    byte[] stored = AuthVerifier.of(authKey);

    assertThat(AuthVerifier.matches(SecretBytes.copyOf(authKey.revealCopy()), stored)).isTrue();
  }

  @Test
  void anyOtherKeyDoesNotMatch() {
    SecretBytes authKey = SecretBytes.random(32, RANDOM);
    byte[] stored = AuthVerifier.of(authKey);
    byte[] flipped = authKey.revealCopy();
    flipped[31] ^= 1;

    assertThat(AuthVerifier.matches(SecretBytes.copyOf(flipped), stored)).isFalse();
    assertThat(AuthVerifier.matches(SecretBytes.random(32, RANDOM), stored)).isFalse();
    assertThat(AuthVerifier.matches(SecretBytes.random(31, RANDOM), stored)).isFalse();
  }

  @Test
  void presentingTheVerifierItselfDoesNotMatch() {
    // A leaked verifier must not work as a login credential.
    byte[] stored = AuthVerifier.of(SecretBytes.random(32, RANDOM));

    assertThat(AuthVerifier.matches(SecretBytes.copyOf(stored), stored)).isFalse();
  }

  @Test
  void missingOrMisSizedVerifiersNeverMatch() {
    SecretBytes authKey = SecretBytes.random(32, RANDOM);
    byte[] stored = AuthVerifier.of(authKey);

    assertThat(AuthVerifier.matches(authKey, null)).isFalse();
    assertThat(AuthVerifier.matches(null, stored)).isFalse();
    assertThat(AuthVerifier.matches(authKey, new byte[0])).isFalse();
    assertThat(AuthVerifier.matches(authKey, java.util.Arrays.copyOf(stored, 31))).isFalse();
  }
}
