package org.aparte.cli.account;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Callable;
import org.aparte.cli.Profile;
import org.aparte.cli.UserInputException;
import org.aparte.client.ApiError;
import org.aparte.client.account.AccountClient;
import org.aparte.client.account.AccountSession;
import org.aparte.client.account.SavedSession;
import org.aparte.client.account.WeakKdfSetupException;
import org.aparte.crypto.CryptoException;
import org.aparte.crypto.DecryptionFailedException;
import org.aparte.protocol.Json;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** What the account commands share: the profile directory, output, and the saved session. */
abstract class AccountCommand implements Callable<Integer> {
  static final ObjectMapper JSON = Json.mapper();

  @Spec CommandSpec spec;

  @Option(
      names = "--profile",
      paramLabel = "DIR",
      description = "This device's state directory (default: $APARTE_PROFILE or ~/.aparte).")
  Path profileDirectory;

  @Option(names = "--json", description = "Machine-readable output.")
  boolean json;

  Profile profile() {
    return new Profile(profileDirectory != null ? profileDirectory : Profile.defaultDirectory());
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  /** Prints {@code fields} as JSON with --json, else {@code text}. */
  void print(String text, Map<String, ?> fields) throws IOException {
    out().println(json ? JSON.writeValueAsString(fields) : text);
    out().flush();
  }

  AccountFile account() throws IOException {
    return profile()
        .read(AccountFile.NAME, AccountFile.class)
        .orElseThrow(
            () -> new UserInputException("not logged in on this device: run 'aparte login' first"));
  }

  void save(String server, AccountSession session) throws IOException {
    profile().write(AccountFile.NAME, new AccountFile(server, session.toSaved()));
  }

  static AccountClient client(String server) {
    return new AccountClient(serverUri(server), Secrets.options());
  }

  static URI serverUri(String server) {
    try {
      URI uri = URI.create(server);
      if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
        throw new UserInputException("--server must be an http(s) URL");
      }
      return uri;
    } catch (IllegalArgumentException e) {
      throw new UserInputException("--server must be an http(s) URL");
    }
  }

  /**
   * The saved session with its keys opened by the password (asked now). The cached key bundle is
   * tried first; if it does not open (the password was changed or reset on another device), the
   * device logs in again, which fetches the current bundle, and saves the new session.
   */
  AccountSession unlock(AccountFile account) throws CryptoException, IOException, ApiError {
    char[] password = Secrets.read("Password for " + account.session().login(), "APARTE_PASSWORD");
    try {
      return unlock(account, password);
    } finally {
      Arrays.fill(password, '\0');
    }
  }

  /** As {@link #unlock(AccountFile)} with a password the caller holds (and wipes). */
  AccountSession unlock(AccountFile account, char[] password)
      throws CryptoException, IOException, ApiError {
    return unlock(profile(), account, password);
  }

  /**
   * Opens the keys of the account saved in {@code profile}: the cached bundle first, else (the
   * password changed elsewhere) a fresh login, saved in the profile.
   */
  static AccountSession unlock(Profile profile, AccountFile account, char[] password)
      throws CryptoException, IOException, ApiError {
    SavedSession saved = account.session();
    AccountClient client = client(account.server());
    try {
      return VaultMemory.attach(profile, client.resume(saved, password));
    } catch (DecryptionFailedException stale) {
      try {
        AccountSession fresh = client.login(saved.login(), password);
        profile.write(AccountFile.NAME, new AccountFile(account.server(), fresh.toSaved()));
        return VaultMemory.attach(profile, fresh);
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

  static char[] newPassword() {
    return Secrets.read("New password", "APARTE_NEW_PASSWORD");
  }
}
