package org.aparte.platform.demo;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.aparte.client.ApiError;
import org.aparte.client.account.AccountClient;
import org.aparte.client.account.AccountOptions;
import org.aparte.client.account.AccountSession;
import org.aparte.client.account.WeakKdfSetupException;
import org.aparte.crypto.CryptoException;
import org.aparte.protocol.account.Role;

/**
 * The demo's accounts: the practitioner, the patient and the practice owners, registered (or, after
 * an interrupted run, logged in again with the stored passwords).
 */
final class DemoAccounts {
  /** Who is logged in once the accounts exist. */
  record Sessions(
      AccountSession practitioner, AccountSession patient, List<AccountSession> owners) {
    int count() {
      return 2 + owners.size();
    }
  }

  private final AccountClient accounts;

  DemoAccounts(URI server, AccountOptions options) {
    this.accounts = new AccountClient(server, options);
  }

  /** Owner accounts needed so that none administers more than its share of {@code practices}. */
  static int ownersFor(int practices) {
    int rest = Math.max(0, practices - DemoSeeder.PRACTITIONER_PRACTICES);
    return (rest + DemoSeeder.PRACTICES_PER_OWNER - 1) / DemoSeeder.PRACTICES_PER_OWNER;
  }

  Sessions open(DemoCredentials credentials, int ownerCount)
      throws IOException, ApiError, CryptoException {
    // One Argon2id run each: two at a time, one per core of a small machine.
    ExecutorService argon = Executors.newFixedThreadPool(2);
    try {
      List<Future<AccountSession>> pending = new ArrayList<>();
      pending.add(
          argon.submit(
              () ->
                  account(
                      DemoCredentials.PRACTITIONER, Role.PRACTITIONER, credentials.password())));
      pending.add(
          argon.submit(
              () -> account(DemoCredentials.PATIENT, Role.PATIENT, credentials.password())));
      for (int i = 1; i <= ownerCount; i++) {
        String login = DemoCredentials.owner(i);
        pending.add(
            argon.submit(() -> account(login, Role.PRACTITIONER, credentials.ownerPassword())));
      }
      List<AccountSession> sessions = new ArrayList<>();
      for (Future<AccountSession> future : pending) {
        sessions.add(SeedingTasks.await(future));
      }
      return new Sessions(sessions.get(0), sessions.get(1), sessions.subList(2, sessions.size()));
    } finally {
      argon.shutdownNow();
    }
  }

  private AccountSession account(String login, Role role, String password)
      throws IOException, ApiError, CryptoException {
    char[] secret = password.toCharArray();
    try {
      return accounts.register(login, role, secret).session();
    } catch (ApiError e) {
      if (!"login_taken".equals(e.code())) {
        throw e;
      }
      // Registered by an interrupted earlier run, with the stored password.
      try {
        return accounts.login(login, secret);
      } catch (WeakKdfSetupException weak) {
        throw new IOException(login + ": " + weak.getMessage(), weak);
      }
    } finally {
      Arrays.fill(secret, '\0');
    }
  }
}
