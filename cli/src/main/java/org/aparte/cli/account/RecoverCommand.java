package org.aparte.cli.account;

import java.util.Arrays;
import java.util.Map;
import org.aparte.cli.UserInputException;
import org.aparte.client.account.AccountSession;
import org.aparte.crypto.InvalidRecoveryCodeException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aparte recover}: set a new password with the recovery code. */
@Command(
    name = "recover",
    description =
        "Set a new password with your recovery code (from APARTE_RECOVERY_CODE or a prompt).")
public final class RecoverCommand extends AccountCommand {
  @Option(names = "--server", description = "The Aparté server URL (default: this profile's).")
  String server;

  @Option(names = "--email", required = true, description = "Your login (an e-mail address).")
  String email;

  @Override
  public Integer call() throws Exception {
    String target = server;
    if (target == null) {
      target =
          profile()
              .read(AccountFile.NAME, AccountFile.class)
              .map(AccountFile::server)
              .orElseThrow(() -> new UserInputException("--server is required"));
    }
    char[] code = Secrets.read("Recovery code", "APARTE_RECOVERY_CODE");
    char[] password = newPassword();
    AccountSession session;
    try {
      session = client(target).recover(email, new String(code), password);
    } catch (InvalidRecoveryCodeException e) {
      throw new UserInputException(e.getMessage());
    } finally {
      Arrays.fill(code, '\0');
      Arrays.fill(password, '\0');
    }
    save(target, session);
    print(
        "New password set for " + session.login() + "; every other session has ended.",
        Map.of("accountId", session.accountId(), "login", session.login()));
    return 0;
  }
}
