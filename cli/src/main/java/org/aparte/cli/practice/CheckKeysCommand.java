package org.aparte.cli.practice;

import java.util.LinkedHashMap;
import java.util.Map;
import org.aparte.client.log.OwnerCheck;
import org.aparte.client.practice.PracticeKeyring;
import org.aparte.client.practice.Practices;
import org.aparte.protocol.practice.MyPractice;
import picocli.CommandLine.Command;

/**
 * {@code aparte check-keys}: the owner's side of the transparency log. Every key version the log
 * lists for this account and for each of its practices must be one this device holds; any other is
 * an alarm (exit code 4), since only the server could have registered it.
 */
@Command(
    name = "check-keys",
    description =
        "Check that the transparency log shows only keys you created, for your account and your"
            + " practices.")
final class CheckKeysCommand extends BaseCommand {
  CheckKeysCommand(ContextSource source) {
    super(source);
  }

  @Override
  public Integer call() throws Exception {
    AccountContext account = source.account();
    OwnerCheck check = source.ownerCheck();
    check.checkAccount(
        account.accountId(),
        account.encryptionKeys().publicKey().encoded(),
        account.signingPublicKey().encoded());
    Practices sdk = Sdk.account(source, account);
    int practices = 0;
    for (MyPractice practice : sdk.mine()) {
      PracticeKeyring keyring = sdk.keyring(practice.id(), account.encryptionKeys());
      Map<Integer, byte[]> mine = new LinkedHashMap<>();
      keyring.versions().forEach((version, pair) -> mine.put(version, pair.publicKey().encoded()));
      check.checkPractice(practice.id(), mine);
      practices++;
    }
    output.print(
        out(),
        Map.of("account", "ok", "practicesChecked", practices),
        "the transparency log shows only your own keys: your account and "
            + practices
            + (practices == 1 ? " practice" : " practices"));
    return 0;
  }
}
