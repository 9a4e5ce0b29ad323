package org.aparte.crypto.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.aparte.crypto.Hkdf;
import org.aparte.crypto.Labels;
import org.aparte.crypto.SecretBytes;
import org.junit.jupiter.api.Test;

class AccountKeysTest {
  /** Small costs so the suite stays fast; one test below runs the real defaults. */
  private static final Argon2Params CHEAP = new Argon2Params(8192, 1, 1);

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final KdfSetup SETUP = KdfSetup.generate(CHEAP, RANDOM);

  private static AccountKeys derive(String password, KdfSetup setup) {
    return AccountKeys.derive(password.toCharArray(), setup);
  }

  @Test
  void nfcAndNfdFormsOfAPasswordDeriveTheSameKeys() {
    AccountKeys composed = derive("Mot de passe s\u00e9curis\u00e9", SETUP);
    AccountKeys decomposed = derive("Mot de passe se\u0301curise\u0301", SETUP);

    assertThat(composed.authKey()).isEqualTo(decomposed.authKey());
    assertThat(composed.keyWrappingKey()).isEqualTo(decomposed.keyWrappingKey());
  }

  @Test
  void derivationIsDeterministic() {
    KdfSetup sameSetupFromTheServer = roundTrip(SETUP);

    assertThat(derive("correct horse", SETUP).authKey())
        .isEqualTo(derive("correct horse", sameSetupFromTheServer).authKey());
  }

  @Test
  void differentPasswordsDeriveDifferentKeys() {
    AccountKeys first = derive("correct horse", SETUP);
    AccountKeys second = derive("correct horsf", SETUP);

    assertThat(first.authKey()).isNotEqualTo(second.authKey());
    assertThat(first.keyWrappingKey()).isNotEqualTo(second.keyWrappingKey());
  }

  @Test
  void theSamePasswordWithAnotherSaltDerivesDifferentKeys() {
    AccountKeys first = derive("correct horse", SETUP);
    AccountKeys second = derive("correct horse", KdfSetup.generate(CHEAP, RANDOM));

    assertThat(first.authKey()).isNotEqualTo(second.authKey());
    assertThat(first.keyWrappingKey()).isNotEqualTo(second.keyWrappingKey());
  }

  @Test
  void theSamePasswordWithOtherCostsDerivesDifferentKeys() {
    byte[] setupBytes = SETUP.encode();
    setupBytes[9] = 2; // iterations 1 -> 2, same salt
    AccountKeys first = derive("correct horse", SETUP);
    AccountKeys second = derive("correct horse", decode(setupBytes));

    assertThat(first.authKey()).isNotEqualTo(second.authKey());
  }

  @Test
  void authKeyAndWrappingKeyDiffer() {
    AccountKeys keys = derive("correct horse", SETUP);

    assertThat(keys.authKey().length()).isEqualTo(32);
    assertThat(keys.keyWrappingKey().length()).isEqualTo(32);
    assertThat(keys.authKey()).isNotEqualTo(keys.keyWrappingKey());
  }

  @Test
  void keysAreLabelledSubkeysOfTheMasterKey() {
    SecretBytes master = PasswordKdf.masterKey("correct horse".toCharArray(), SETUP);
    AccountKeys keys = AccountKeys.fromMasterKey(master);

    assertThat(master.length()).isEqualTo(32);
    assertThat(keys.authKey()).isEqualTo(Hkdf.subkey(master, Labels.AUTH_KEY));
    assertThat(keys.keyWrappingKey()).isEqualTo(Hkdf.subkey(master, Labels.KEY_WRAPPING_KEY));
    assertThat(derive("correct horse", SETUP).authKey()).isEqualTo(keys.authKey());
  }

  @Test
  void theMasterKeyIsArgon2idOfTheNormalizedPassword() {
    byte[] nfcUtf8 = "s\u00e9same".getBytes(StandardCharsets.UTF_8);
    byte[] expected = Argon2id.hash(nfcUtf8, Argon2id.configure(8192, 1, 1, SETUP.salt()).build());

    SecretBytes master = PasswordKdf.masterKey("se\u0301same".toCharArray(), SETUP);

    assertThat(master.revealCopy()).isEqualTo(expected);
  }

  @Test
  void emptyPasswordsAreRefused() {
    assertThatThrownBy(() -> AccountKeys.derive(new char[0], SETUP))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theCallersPasswordArrayIsLeftForTheCallerToWipe() {
    char[] password = "correct horse".toCharArray();

    derive(new String(password), SETUP);
    AccountKeys.derive(password, SETUP);

    assertThat(new String(password)).isEqualTo("correct horse");
  }

  @Test
  void toStringIsRedactedAndDestroyWipes() {
    AccountKeys keys = derive("correct horse", SETUP);

    assertThat(keys.toString()).isEqualTo("AccountKeys[REDACTED]");
    keys.destroy();
    assertThat(keys.authKey().revealCopy()).containsOnly(0);
    assertThat(keys.keyWrappingKey().revealCopy()).containsOnly(0);
  }

  /** The one test that pays for the real defaults (64 MiB, t = 3, p = 1). */
  @Test
  void defaultCostsDeriveKeys() {
    KdfSetup setup = roundTrip(KdfSetup.generate(Argon2Params.DEFAULT, RANDOM));

    AccountKeys keys = derive("correct horse", setup);

    assertThat(keys.authKey()).isNotEqualTo(derive("correct horse", SETUP).authKey());
    assertThat(keys.authKey().length()).isEqualTo(32);
  }

  private static KdfSetup roundTrip(KdfSetup setup) {
    return decode(setup.encode());
  }

  private static KdfSetup decode(byte[] bytes) {
    try {
      return KdfSetup.decode(bytes);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
