package org.aparte.cli.account;

import java.util.Arrays;
import java.util.Map;
import org.aparte.client.account.AccountSession;
import picocli.CommandLine.Command;

/** {@code aparte password}: change the password; the keys stay, other sessions end. */
@Command(
    name = "password",
    description = "Change your password. Your keys and data stay; other devices are logged out.")
public final class PasswordCommand extends AccountCommand {
  @Override
  public Integer call() throws Exception {
    AccountFile account = account();
    char[] current = Secrets.read("Current password", "APARTE_PASSWORD");
    char[] next = newPassword();
    try {
      AccountSession session = unlock(account, current);
      session.changePassword(current, next);
      save(account.server(), session);
    } finally {
      Arrays.fill(current, '\0');
      Arrays.fill(next, '\0');
    }
    print("Password changed. Other devices must log in again.", Map.of("changed", true));
    return 0;
  }
}
