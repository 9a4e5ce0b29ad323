package org.aparte.cli.account;

import java.util.Arrays;
import java.util.Map;
import org.aparte.cli.UserInputException;
import org.aparte.client.account.AccountSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aparte delete-account}: erase the account on the server. */
@Command(
    name = "delete-account",
    description = "Erase your account, keys and vault from the server. This cannot be undone.")
public final class DeleteAccountCommand extends AccountCommand {
  @Option(names = "--yes", description = "Confirm: yes, erase everything.")
  boolean confirmed;

  @Override
  public Integer call() throws Exception {
    if (!confirmed) {
      throw new UserInputException("this erases the account for good: add --yes to confirm");
    }
    AccountFile account = account();
    char[] password = Secrets.read("Password for " + account.session().login(), "APARTE_PASSWORD");
    try {
      AccountSession session = unlock(account, password);
      session.deleteAccount(password);
    } finally {
      Arrays.fill(password, '\0');
    }
    profile().delete(AccountFile.NAME);
    print("Account erased.", Map.of("deleted", true));
    return 0;
  }
}
