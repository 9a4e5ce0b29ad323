package org.aparte.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.UUID;
import org.aparte.cli.account.SavedAccount;
import org.aparte.cli.practice.AccountContext;
import org.aparte.cli.practice.ContextSource;
import org.aparte.client.ApiError;
import org.aparte.client.ApiTransport;
import org.aparte.client.account.AccountSession;
import org.aparte.crypto.CryptoException;
import org.aparte.crypto.keys.EncryptionKeyPair;

/**
 * Connects the practice commands to the login saved in this device's profile: the server comes from
 * the saved login (or {@code APARTE_SERVER}), and the account's keys are opened with the password
 * when a command needs them.
 */
public final class ProfileContext implements ContextSource {
  private final Profile profile;

  public ProfileContext(Profile profile) {
    this.profile = profile;
  }

  @Override
  public URI server() {
    try {
      return SavedAccount.server(profile).orElseGet(() -> ContextSource.withoutLogin().server());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the profile", e);
    }
  }

  @Override
  public AccountContext account() {
    AccountSession session;
    try {
      session = SavedAccount.unlock(profile);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot reach the server or read the profile", e);
    } catch (ApiError e) {
      throw new UserInputException("the server refused the saved session: " + e.getMessage());
    } catch (CryptoException e) {
      throw new UserInputException("the saved keys failed verification: " + e.getMessage());
    }
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
    };
  }
}
