package org.aparte.client.account;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;
import org.aparte.client.AnonymousTransport;
import org.aparte.client.ApiError;
import org.aparte.client.ApiTransport;
import org.aparte.crypto.CryptoException;
import org.aparte.crypto.MalformedInputException;
import org.aparte.crypto.SecretBytes;
import org.aparte.crypto.password.AccountKeys;
import org.aparte.crypto.password.KdfSetup;
import org.aparte.crypto.password.RecoveryCode;
import org.aparte.protocol.account.KdfSetupResponse;
import org.aparte.protocol.account.LoginId;
import org.aparte.protocol.account.LoginRequest;
import org.aparte.protocol.account.LoginResponse;
import org.aparte.protocol.account.RecoveryBundleRequest;
import org.aparte.protocol.account.RecoveryBundleResponse;
import org.aparte.protocol.account.RecoveryResetRequest;
import org.aparte.protocol.account.RegisterRequest;
import org.aparte.protocol.account.Role;
import org.aparte.transparency.EntryKind;

/**
 * The way in: register, log in with the password alone (a new device needs nothing else), or
 * recover with the recovery code. Every key is made and opened here, on the device; the server
 * receives auth keys (to check), ciphertext and public keys, never the password or a private key.
 */
public final class AccountClient {
  private final URI server;
  private final AccountOptions options;

  public AccountClient(URI server, AccountOptions options) {
    this.server = Objects.requireNonNull(server, "server");
    this.options = Objects.requireNonNull(options, "options");
  }

  public AccountOptions options() {
    return options;
  }

  /** Creates an account and logs it in. The password array is not wiped: the caller owns it. */
  public Registration register(String login, Role role, char[] password)
      throws IOException, ApiError {
    String normalized = LoginId.normalize("login", login);
    UUID accountId = UUID.randomUUID();
    KeyBundle keys = KeyBundle.generate(options.random());
    KdfSetup setup = KdfSetup.generate(options.registrationParams(), options.random());
    AccountKeys derived = AccountKeys.derive(password, setup);
    RecoveryCode recoveryCode = RecoveryCode.generate(options.random());
    SecretBytes recoveryWrapping = recoveryCode.wrappingKey();
    SecretBytes recoveryAuth = recoveryCode.authKey();
    byte[] authKey = derived.authKey().revealCopy();
    byte[] recoveryAuthKey = recoveryAuth.revealCopy();
    try {
      var request =
          new RegisterRequest(
              accountId,
              normalized,
              role,
              setup.encode(),
              authKey,
              recoveryAuthKey,
              keys.seal(derived.keyWrappingKey(), accountId, options.random()),
              keys.seal(recoveryWrapping, accountId, options.random()),
              keys.encryptionKeys().publicKey().encoded(),
              keys.signingKeys().publicKey().encoded(),
              keys.signOwnEntry(EntryKind.ACCOUNT_ENCRYPTION_KEY, accountId),
              keys.signOwnEntry(EntryKind.ACCOUNT_SIGNING_KEY, accountId));
      anonymous().call("POST", "/v1/accounts", request, Void.class);
      LoginResponse answer =
          transport(null)
              .call(
                  "POST",
                  "/v1/sessions",
                  new LoginRequest(normalized, authKey),
                  LoginResponse.class);
      return new Registration(
          new AccountSession(
              this, transport(answer.sessionToken()), normalized, answer, setup, keys),
          recoveryCode);
    } finally {
      Arrays.fill(authKey, (byte) 0);
      Arrays.fill(recoveryAuthKey, (byte) 0);
      derived.destroy();
      recoveryWrapping.destroy();
      recoveryAuth.destroy();
    }
  }

  /**
   * Logs in with the password: fetches the KDF setup, refuses it if it is weaker than the SDK's
   * floor, derives the keys, and opens the key bundle locally.
   *
   * @throws ApiError 401 {@code invalid_credentials} for a wrong password or an unknown login
   * @throws CryptoException the bundle does not open or does not match the account's public keys
   */
  public AccountSession login(String login, char[] password)
      throws IOException, ApiError, WeakKdfSetupException, CryptoException {
    String normalized = LoginId.normalize("login", login);
    KdfSetup setup = kdfSetup(normalized);
    AccountKeys derived = AccountKeys.derive(password, setup);
    byte[] authKey = derived.authKey().revealCopy();
    try {
      LoginResponse answer =
          transport(null)
              .call(
                  "POST",
                  "/v1/sessions",
                  new LoginRequest(normalized, authKey),
                  LoginResponse.class);
      KeyBundle keys = openBundle(derived.keyWrappingKey(), answer);
      return new AccountSession(
          this, transport(answer.sessionToken()), normalized, answer, setup, keys);
    } finally {
      Arrays.fill(authKey, (byte) 0);
      derived.destroy();
    }
  }

  /**
   * Resumes a session saved on this device (token, bundle ciphertext, setup) without a network
   * round trip: the password opens the cached bundle. The server will refuse the token if it has
   * ended.
   */
  public AccountSession resume(SavedSession saved, char[] password) throws CryptoException {
    KdfSetup setup = KdfSetup.decode(saved.kdfSetup());
    AccountKeys derived = AccountKeys.derive(password, setup);
    try {
      var answer =
          new LoginResponse(
              saved.sessionToken(),
              saved.expiresAt(),
              saved.accountId(),
              saved.role(),
              saved.keyBundle(),
              saved.encryptionPublicKey(),
              saved.signingPublicKey());
      KeyBundle keys = openBundle(derived.keyWrappingKey(), answer);
      return new AccountSession(
          this, transport(saved.sessionToken()), saved.login(), answer, setup, keys);
    } finally {
      derived.destroy();
    }
  }

  /**
   * Sets a new password with the recovery code and logs in with it. The recovery code stays valid.
   *
   * @param recoveryCode as the user typed it
   */
  public AccountSession recover(String login, String recoveryCode, char[] newPassword)
      throws IOException, ApiError, CryptoException {
    String normalized = LoginId.normalize("login", login);
    RecoveryCode code = RecoveryCode.parse(recoveryCode);
    SecretBytes recoveryAuth = code.authKey();
    SecretBytes recoveryWrapping = code.wrappingKey();
    byte[] recoveryAuthKey = recoveryAuth.revealCopy();
    KdfSetup setup = KdfSetup.generate(options.registrationParams(), options.random());
    AccountKeys derived = AccountKeys.derive(newPassword, setup);
    byte[] authKey = derived.authKey().revealCopy();
    try {
      RecoveryBundleResponse bundle =
          anonymous()
              .call(
                  "POST",
                  "/v1/recovery/bundle",
                  new RecoveryBundleRequest(normalized, recoveryAuthKey),
                  RecoveryBundleResponse.class);
      KeyBundle keys =
          KeyBundle.open(recoveryWrapping, bundle.accountId(), bundle.recoveryKeyBundle());
      anonymous()
          .call(
              "POST",
              "/v1/recovery/reset",
              new RecoveryResetRequest(
                  normalized,
                  recoveryAuthKey,
                  setup.encode(),
                  authKey,
                  keys.seal(derived.keyWrappingKey(), bundle.accountId(), options.random())),
              Void.class);
      LoginResponse answer =
          transport(null)
              .call(
                  "POST",
                  "/v1/sessions",
                  new LoginRequest(normalized, authKey),
                  LoginResponse.class);
      checkSameKeys(keys, answer);
      return new AccountSession(
          this, transport(answer.sessionToken()), normalized, answer, setup, keys);
    } finally {
      Arrays.fill(recoveryAuthKey, (byte) 0);
      Arrays.fill(authKey, (byte) 0);
      recoveryAuth.destroy();
      recoveryWrapping.destroy();
      derived.destroy();
      code.destroy();
    }
  }

  /**
   * The KDF setup the server gives for {@code login}, refused when weaker than {@link
   * AccountOptions#minimumParams()}.
   */
  public KdfSetup kdfSetup(String login)
      throws IOException, ApiError, WeakKdfSetupException, CryptoException {
    String normalized = LoginId.normalize("login", login);
    KdfSetupResponse answer =
        anonymous()
            .call(
                "GET",
                "/v1/accounts/kdf-setup?login="
                    + URLEncoder.encode(normalized, StandardCharsets.UTF_8),
                null,
                KdfSetupResponse.class);
    KdfSetup setup = KdfSetup.decode(answer.kdfSetup());
    if (!AccountOptions.meets(setup.params(), options.minimumParams())) {
      throw new WeakKdfSetupException(
          "the server offered password-derivation costs below this device's minimum ("
              + setup.params()
              + "); refusing to send anything derived from the password");
    }
    return setup;
  }

  static KeyBundle openBundle(SecretBytes wrappingKey, LoginResponse answer)
      throws CryptoException {
    KeyBundle keys = KeyBundle.open(wrappingKey, answer.accountId(), answer.keyBundle());
    checkSameKeys(keys, answer);
    return keys;
  }

  private static void checkSameKeys(KeyBundle keys, LoginResponse answer)
      throws MalformedInputException {
    boolean same =
        Arrays.equals(keys.encryptionKeys().publicKey().encoded(), answer.encryptionPublicKey())
            && Arrays.equals(keys.signingKeys().publicKey().encoded(), answer.signingPublicKey());
    if (!same) {
      throw new MalformedInputException(
          "the server's public keys for this account do not match its private keys");
    }
  }

  ApiTransport transport(String sessionToken) {
    var transport = new ApiTransport(server);
    if (sessionToken != null) {
      transport.useSession(sessionToken);
    }
    return transport;
  }

  private AnonymousTransport anonymous() {
    return new AnonymousTransport(server);
  }
}
