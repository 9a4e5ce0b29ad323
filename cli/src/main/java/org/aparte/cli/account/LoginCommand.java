package org.aparte.cli.account;

import java.util.Arrays;
import java.util.Map;
import org.aparte.cli.UserInputException;
import org.aparte.client.account.AccountSession;
import org.aparte.client.account.WeakKdfSetupException;
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
    print(
        "Logged in as " + session.login() + " until " + session.expiresAt() + ".",
        Map.of(
            "accountId", session.accountId(),
            "login", session.login(),
            "role", session.role(),
            "expiresAt", session.expiresAt().toString()));
    return 0;
  }
}
