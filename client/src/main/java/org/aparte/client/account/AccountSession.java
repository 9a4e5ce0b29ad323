package org.aparte.client.account;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;
import org.aparte.client.AnonymousTransport;
import org.aparte.client.ApiError;
import org.aparte.client.ApiTransport;
import org.aparte.client.token.TokenWallet;
import org.aparte.client.vault.VaultHistory;
import org.aparte.client.vault.VaultSync;
import org.aparte.crypto.CryptoException;
import org.aparte.crypto.keys.EncryptionPublicKey;
import org.aparte.crypto.keys.SigningPublicKey;
import org.aparte.crypto.password.AccountKeys;
import org.aparte.crypto.password.KdfSetup;
import org.aparte.protocol.account.AccountKeysResponse;
import org.aparte.protocol.account.DeleteAccountRequest;
import org.aparte.protocol.account.LoginId;
import org.aparte.protocol.account.LoginResponse;
import org.aparte.protocol.account.PasswordChangeRequest;
import org.aparte.protocol.account.Role;

/**
 * A logged-in account on this device: its session (an authenticated {@link ApiTransport}) and its
 * decrypted {@link KeyBundle}, in memory only. Other parts of the SDK get the account's X-Wing key
 * pair from {@link #keys()} and the patient's vault from {@link #vault()}.
 */
public final class AccountSession {
  private final AccountClient client;
  private final ApiTransport transport;
  private final String login;
  private final UUID accountId;
  private final Role role;
  private final Instant expiresAt;
  private final KeyBundle keys;
  private final VaultHistory vaultHistory = new VaultHistory();
  private volatile byte[] keyBundleCiphertext;
  private final String sessionToken;
  private volatile KdfSetup kdfSetup;

  AccountSession(
      AccountClient client,
      ApiTransport transport,
      String login,
      LoginResponse answer,
      KdfSetup kdfSetup,
      KeyBundle keys) {
    this.client = Objects.requireNonNull(client, "client");
    this.transport = transport;
    this.login = login;
    this.accountId = answer.accountId();
    this.role = answer.role();
    this.expiresAt = answer.expiresAt();
    this.kdfSetup = kdfSetup;
    this.keys = keys;
    this.keyBundleCiphertext = answer.keyBundle();
    this.sessionToken = answer.sessionToken();
  }

  public UUID accountId() {
    return accountId;
  }

  public String login() {
    return login;
  }

  public Role role() {
    return role;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  /** The private keys, decrypted on this device. */
  public KeyBundle keys() {
    return keys;
  }

  /** The authenticated connection, for the other account-side calls of the SDK. */
  public ApiTransport transport() {
    return transport;
  }

  /**
   * What this session has seen of the vault's versions; a device seeds it with what it saw before
   * and keeps what it sees ({@link VaultHistory#remember}, {@link VaultHistory#keepWith}).
   */
  public VaultHistory vaultHistory() {
    return vaultHistory;
  }

  /** The patient's encrypted vault, under this account's vault key. */
  public VaultSync vault() {
    return new VaultSync(
        transport, accountId, keys.vaultKey(), client.options().random(), vaultHistory);
  }

  /** The patient's booking tokens, kept in the vault; refill them at login or sync. */
  public TokenWallet tokens() {
    return new TokenWallet(
        transport,
        new AnonymousTransport(transport.base()),
        vault(),
        client.options().random(),
        java.time.Clock.systemUTC());
  }

  /**
   * What this device may keep to {@link AccountClient#resume} later: public data, the token and
   * ciphertext. The token is a credential: store it in a private place.
   */
  public SavedSession toSaved() {
    return new SavedSession(
        login,
        accountId,
        role,
        sessionTokenForStorage(),
        expiresAt,
        kdfSetup.encode(),
        keyBundleCiphertext.clone(),
        keys.encryptionKeys().publicKey().encoded(),
        keys.signingKeys().publicKey().encoded());
  }

  private String sessionTokenForStorage() {
    return sessionToken;
  }

  /**
   * Another account's public keys, e.g. to add it to a practice. The keys are checked to decode;
   * whether they are the right ones is for the transparency log to confirm.
   *
   * @throws ApiError 404 {@code not_found} when no account has this login
   */
  public AccountPublicKeys lookUp(String otherLogin) throws IOException, ApiError, CryptoException {
    String normalized = LoginId.normalize("login", otherLogin);
    AccountKeysResponse answer =
        transport.call(
            "GET",
            "/v1/accounts/keys?login=" + URLEncoder.encode(normalized, StandardCharsets.UTF_8),
            null,
            AccountKeysResponse.class);
    return new AccountPublicKeys(
        answer.accountId(),
        EncryptionPublicKey.decode(answer.encryptionPublicKey()),
        SigningPublicKey.decode(answer.signingPublicKey()));
  }

  /** Ends this session on the server. */
  public void logout() throws IOException, ApiError {
    try {
      transport.call("DELETE", "/v1/sessions/current", null, Void.class);
    } finally {
      transport.forgetSession();
    }
  }

  /**
   * Sets a new password. The keys stay the same (everything encrypted before remains readable);
   * only the bundle is sealed again under the new password. The account's other sessions end.
   */
  public void changePassword(char[] currentPassword, char[] newPassword)
      throws IOException, ApiError {
    AccountKeys current = AccountKeys.derive(currentPassword, kdfSetup);
    KdfSetup newSetup =
        KdfSetup.generate(client.options().registrationParams(), client.options().random());
    AccountKeys next = AccountKeys.derive(newPassword, newSetup);
    byte[] authKey = current.authKey().revealCopy();
    byte[] newAuthKey = next.authKey().revealCopy();
    try {
      var request =
          new PasswordChangeRequest(
              authKey,
              newSetup.encode(),
              newAuthKey,
              keys.seal(next.keyWrappingKey(), accountId, client.options().random()));
      transport.call("PUT", "/v1/accounts/me/password", request, Void.class);
      kdfSetup = newSetup;
      keyBundleCiphertext = request.newKeyBundle();
    } finally {
      Arrays.fill(authKey, (byte) 0);
      Arrays.fill(newAuthKey, (byte) 0);
      current.destroy();
      next.destroy();
    }
  }

  /** Erases the account on the server: keys, sessions, vault, memberships. Needs the password. */
  public void deleteAccount(char[] password) throws IOException, ApiError {
    AccountKeys current = AccountKeys.derive(password, kdfSetup);
    byte[] authKey = current.authKey().revealCopy();
    try {
      transport.call("DELETE", "/v1/accounts/me", new DeleteAccountRequest(authKey), Void.class);
      transport.forgetSession();
    } finally {
      Arrays.fill(authKey, (byte) 0);
      current.destroy();
    }
  }

  @Override
  public String toString() {
    return "AccountSession[accountId=" + accountId + ", keys REDACTED]";
  }
}
