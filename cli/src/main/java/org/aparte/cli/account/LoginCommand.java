package org.aparte.cli.account;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import org.aparte.cli.UserInputException;
import org.aparte.client.ApiError;
import org.aparte.client.account.AccountSession;
import org.aparte.client.account.WeakKdfSetupException;
import org.aparte.client.token.TokenWallet;
import org.aparte.crypto.CryptoException;
import org.aparte.protocol.account.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aparte login}: log in on this device with the password alone. */
@Command(name = "login", description = "Log in on this device with your password.")
public final class LoginCommand extends AccountCommand {
  @Option(names = "--server", required = true, description = "The Aparté server URL.")
  String server;

  @Option(names = "--email", required = true, description = "Your login (an e-mail address).")
  String email;

  @Override
  public Integer call() throws Exception {
    char[] password = Secrets.read("Password for " + email.strip(), "APARTE_PASSWORD");
    AccountSession session;
    try {
      session = client(server).login(email, password);
    } catch (WeakKdfSetupException e) {
      throw new UserInputException(e.getMessage());
    } finally {
      Arrays.fill(password, '\0');
    }
    save(server, session);
    VaultMemory.attach(profile(), session);
    if (session.role() == Role.PATIENT) {
      fetchBookingTokens(session);
    }
    print(
        "Logged in as " + session.login() + " until " + session.expiresAt() + ".",
        Map.of(
            "accountId", session.accountId(),
            "login", session.login(),
            "role", session.role(),
            "expiresAt", session.expiresAt().toString()));
    return 0;
  }

  /**
   * Booking tokens are fetched now, at login, so that their issuance is not next to a booking in
   * time. A failure here does not fail the login: {@code aparte book} fetches them if needed.
   */
  private void fetchBookingTokens(AccountSession session) {
    try {
      session.tokens().refill(TokenWallet.DEFAULT_TARGET);
    } catch (IOException | ApiError | CryptoException e) {
      // Quiet on purpose: the login itself worked.
    }
  }
}
