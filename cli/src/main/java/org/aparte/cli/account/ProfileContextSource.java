package org.aparte.cli.account;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.aparte.cli.Profile;
import org.aparte.cli.UserInputException;
import org.aparte.cli.log.ProfileLogTrust;
import org.aparte.cli.practice.AccountContext;
import org.aparte.cli.practice.ContextSource;
import org.aparte.client.ApiError;
import org.aparte.client.ApiTransport;
import org.aparte.client.account.AccountSession;
import org.aparte.client.log.KeyDirectory;
import org.aparte.client.log.OwnerCheck;
import org.aparte.crypto.CryptoException;
import org.aparte.crypto.keys.EncryptionKeyPair;
import org.aparte.crypto.keys.SigningPublicKey;

/**
 * The logged-in account of a profile directory, for the commands of other parts of the CLI: the
 * server it logged in to, and (asking for the password once) its session and keys. Without a saved
 * login, the server comes from {@code APARTE_SERVER} as in {@link ContextSource#withoutLogin()}.
 */
public final class ProfileContextSource implements ContextSource {
  private final Profile profile;
  private AccountSession unlocked;

  public ProfileContextSource(Profile profile) {
    this.profile = profile;
  }

  /** This device's profile directory (the log trust state lives there too). */
  public Profile profile() {
    return profile;
  }

  private Optional<AccountFile> saved() {
    try {
      return profile.read(AccountFile.NAME, AccountFile.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the profile", e);
    }
  }

  @Override
  public URI server() {
    return saved()
        .map(
            account ->
                URI.create(
                    account.server().endsWith("/") ? account.server() : account.server() + "/"))
        .orElseGet(() -> ContextSource.withoutLogin().server());
  }

  @Override
  public KeyDirectory keyDirectory() throws IOException, ApiError {
    return new ProfileLogTrust(profile, server()).keyDirectory();
  }

  @Override
  public OwnerCheck ownerCheck() throws IOException, ApiError {
    ProfileLogTrust trust = new ProfileLogTrust(profile, server());
    return new OwnerCheck(trust.log(), trust.monitor());
  }

  /** The logged-in session with its keys, unlocked (password asked) on first use. */
  public synchronized AccountSession session() {
    if (unlocked == null) {
      AccountFile account =
          saved()
              .orElseThrow(
                  () ->
                      new UserInputException("log in first: aparte login --server URL --email E"));
      char[] password =
          Secrets.read("Password for " + account.session().login(), "APARTE_PASSWORD");
      try {
        unlocked = AccountCommand.unlock(profile, account, password);
      } catch (CryptoException e) {
        throw new UserInputException("this device's saved keys failed verification: log in again");
      } catch (IOException e) {
        throw new UncheckedIOException("cannot reach the server or the profile", e);
      } catch (ApiError e) {
        throw new UserInputException(
            "the server refused: " + e.getMessage() + " (" + e.code() + ")");
      } finally {
        Arrays.fill(password, '\0');
      }
    }
    return unlocked;
  }

  @Override
  public AccountContext account() {
    AccountSession session = session();
    return new AccountContext() {
      @Override
      public UUID accountId() {
        return session.accountId();
      }

      @Override
      public ApiTransport transport() {
        return session.transport();
      }

      @Override
      public EncryptionKeyPair encryptionKeys() {
        return session.keys().encryptionKeys();
      }

      @Override
      public SigningPublicKey signingPublicKey() {
        return session.keys().signingKeys().publicKey();
      }
    };
  }
}
