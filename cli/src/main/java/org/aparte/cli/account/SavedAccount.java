package org.aparte.cli.account;

import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.Optional;
import org.aparte.cli.Profile;
import org.aparte.cli.UserInputException;
import org.aparte.client.ApiError;
import org.aparte.client.account.AccountClient;
import org.aparte.client.account.AccountSession;
import org.aparte.client.account.WeakKdfSetupException;
import org.aparte.crypto.CryptoException;
import org.aparte.crypto.DecryptionFailedException;

/**
 * The account this device is logged in as, as other command families need it: the server it talks
 * to, and the session with its keys opened by the password.
 */
public final class SavedAccount {
  private SavedAccount() {}

  /** The server of the saved login, if this device is logged in. */
  public static Optional<URI> server(Profile profile) throws IOException {
    return profile
        .read(AccountFile.NAME, AccountFile.class)
        .map(account -> AccountCommand.serverUri(account.server()));
  }

  /** The saved session, its keys opened with the password (asked now, or from the environment). */
  public static AccountSession unlock(Profile profile)
      throws IOException, ApiError, CryptoException {
    AccountFile account =
        profile
            .read(AccountFile.NAME, AccountFile.class)
            .orElseThrow(
                () ->
                    new UserInputException(
                        "not logged in on this device: run 'aparte login' first"));
    char[] password = Secrets.read("Password for " + account.session().login(), "APARTE_PASSWORD");
    try {
      return unlock(profile, account, password);
    } finally {
      Arrays.fill(password, '\0');
    }
  }

  /**
   * The cached key bundle is tried first; if it does not open (the password was changed or reset on
   * another device), the device logs in again, which fetches the current bundle, and saves the new
   * session.
   */
  static AccountSession unlock(Profile profile, AccountFile account, char[] password)
      throws CryptoException, IOException, ApiError {
    AccountClient client = AccountCommand.client(account.server());
    try {
      return client.resume(account.session(), password);
    } catch (DecryptionFailedException stale) {
      try {
        AccountSession fresh = client.login(account.session().login(), password);
        profile.write(AccountFile.NAME, new AccountFile(account.server(), fresh.toSaved()));
        return fresh;
      } catch (ApiError e) {
        if (e.status() == 401) {
          throw new UserInputException("wrong password");
        }
        throw e;
      } catch (WeakKdfSetupException weak) {
        throw new UserInputException(weak.getMessage());
      }
    }
  }
}
